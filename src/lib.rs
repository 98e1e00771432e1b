//! Longgang 2024 what-if: projects Longgang City's 2024 outcomes from the 2023 baselines
//! published in its 2024 plan report, under growth assumptions a person sets.
//!
//! The workspace's crates keep the dependency between layers running one way only:
//!
//! - `longgang-model` (`src/model/`): numbers, the dataset schema and its checks, scenarios
//!   and the share-link codec, the projection, the analyses. No text for people, no
//!   JavaScript. Re-exported here under the same module names.
//! - `longgang-catalogue` (`src/catalogue/`): reads and checks the language catalogues, for
//!   the build script, which turns them into [`report`]'s texts, and for the tests.
//! - this crate (`longgang-sim`): the one report the product ships ([`embedded()`]) and
//!   loading another report's folder at run time (`folder`, native builds), the
//!   report layer ([`report`]: messages, CSV, tables, static HTML and SVG), the WebAssembly
//!   bindings (`wasm`, only in wasm32 builds) and the `longgang` command line.
//!
//! Without the default `extras` feature, the WebAssembly module exports only the projection
//! API and carries only the dataset's figures: the module every reader downloads.
//!
//! # Example
//!
//! Project the official scenario with GDP growing 7%, read the result exactly and as shown,
//! pass it on as a share link, and ask how the figure was made:
//!
//! ```
//! use longgang_sim::number::round_fixed;
//! use longgang_sim::report::{explain, Lang};
//! use longgang_sim::{embedded, project, Scenario};
//!
//! let data = embedded()?;
//! let scenario = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "7")?;
//! let projection = project(data, &scenario)?;
//! let gdp = &projection.rows[0];
//! assert_eq!(gdp.projected.to_string(), "438.1543"); // exact: 409.49 × 1.07
//! assert_eq!(round_fixed(gdp.projected, gdp.decimals), "438.15"); // as shown, 亿元
//!
//! // A share link decodes to the same scenario, in any later release.
//! let link = scenario.encode(data);
//! assert_eq!(Scenario::decode(data, &link)?, scenario);
//!
//! // Every figure explains itself: formula, exact inputs and where they come from.
//! let working = longgang_sim::explain::explain(data, &scenario, "gdp")?;
//! assert_eq!(working.recompute(), Some(gdp.projected));
//! let words = explain::view(data, &working, Lang::EN);
//! assert_eq!(words.numbers, "40.949 × (1 + 7 ÷ 100) = 43.81543"); // in bn yuan
//!
//! // Bad input is an error with a stable code, never a panic.
//! let error = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "abc");
//! assert_eq!(error.unwrap_err().code(), "not_a_number");
//! # Ok::<(), longgang_sim::Error>(())
//! ```

pub use longgang_model::{
    analysis, dataset, error, explain, montecarlo, number, projection, scenario,
};
pub use longgang_model::{project, Dataset, Error, GdpMode, LinkDamage, Projection, Result};
pub use longgang_model::{Scenario, ScenarioInput};

pub mod embedded;
#[cfg(not(target_arch = "wasm32"))]
pub mod folder;
pub mod report;

pub use embedded::{embedded, EMBEDDED_DIR, EMBEDDED_JSON};

#[cfg(target_arch = "wasm32")]
pub mod wasm;
