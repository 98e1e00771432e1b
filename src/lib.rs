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
