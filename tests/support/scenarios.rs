//! The shipped report and scenarios around its official one, for the tests of the
//! projection (`tests/projection.rs`) and of the explanations (`tests/explain.rs`).

use longgang_sim::dataset::Dataset;
use longgang_sim::number::Dec;
use longgang_sim::scenario::Scenario;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The report built in.
pub fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

/// A decimal from its text.
pub fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// The official scenario.
pub fn official() -> Scenario {
    Scenario::from_preset(data(), "official").unwrap()
}

/// `scenario` with some growth figures replaced.
pub fn with(mut scenario: Scenario, changes: &[(&str, &str)]) -> Scenario {
    for (id, value) in changes {
        scenario.growth.insert(id.to_string(), Dec(dec(value)));
    }
    scenario
}
