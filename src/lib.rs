//! Longgang 2024 what-if: projects Longgang City's 2024 outcomes from the 2023 baselines
//! published in its 2024 plan report, under growth assumptions a person sets.
//!
//! The core (`dataset`, `scenario`, `projection`, `export`, `static_html`, `card`, `number`,
//! `error`) is plain Rust with exact decimals; `bindings` is the only place that knows
//! about JavaScript.
//! Without the default `extras` feature, the WebAssembly module exports only the projection
//! API and carries only the dataset's figures: the module every reader downloads.

pub mod analysis;
pub mod card;
pub mod dataset;
pub mod error;
pub mod export;
pub mod montecarlo;
pub mod number;
pub mod projection;
pub mod qr;
pub mod scenario;
pub mod static_html;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use dataset::Dataset;
pub use error::{Error, LinkDamage, Result};
pub use projection::{project, Projection};
pub use scenario::{GdpMode, Scenario, ScenarioInput};

#[cfg(target_arch = "wasm32")]
mod allocator;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: allocator::SizeClasses = allocator::SizeClasses::new();
