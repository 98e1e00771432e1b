//! The Longgang what-if model: exact-decimal projections of a plan report's targets from
//! its baselines under growth assumptions a person sets.
//!
//! Nothing here knows about languages, pages or JavaScript: figures come in as a checked
//! [`Dataset`], assumptions as a [`Scenario`], and results go out as values and errors with
//! stable codes. The report layer (`longgang-sim`) turns them into words, tables and
//! images, and the WASM bindings into JavaScript values.
//!
//! - [`number`]: decimal parsing, canonical text and checked arithmetic;
//! - [`dataset`]: the report's figures, presets and quotes, and their checks;
//! - [`scenario`]: a complete set of assumptions and the share-link codec;
//! - [`projection`]: 2024 levels, gaps to targets, derived figures;
//! - [`analysis`], [`montecarlo`]: goal seek, sensitivity and uncertainty;
//! - [`explain`]: how each figure is made, from which inputs and sources;
//! - [`error`]: the one error type.

pub mod analysis;
pub mod dataset;
pub mod error;
pub mod explain;
pub mod montecarlo;
pub mod number;
pub mod projection;
pub mod scenario;

pub use dataset::Dataset;
pub use error::{Error, LinkDamage, Result};
pub use projection::{project, Projection};
pub use scenario::{GdpMode, Scenario, ScenarioInput};

/// A xorshift64 generator for the property tests of the model's modules: each test seeds
/// its own, so a failure repeats.
#[cfg(test)]
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
