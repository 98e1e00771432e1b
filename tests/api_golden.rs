//! The JSON the page reads, pinned: every result the WASM API hands JavaScript (projection,
//! goal seek, sensitivity, Monte Carlo, the benchmark grid) for a set of scenarios, as
//! recorded in `golden_api.txt`. The WASM tests read the same file and compare what the
//! exports return, so a change to how results are computed or written cannot change a key,
//! an order or a digit the page sees without a test failing on both sides.
//!
//! Each line of the file is `kind<TAB>arguments<TAB>JSON`. To record the file again after a
//! deliberate change: `LONGGANG_WRITE_GOLDEN=1 cargo test --test api_golden`.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::analysis::{goal_seek, sensitivity, Goal, Output};
use longgang_sim::dataset::Dataset;
use longgang_sim::montecarlo::{run, McInput};
use longgang_sim::number::Dec;
use longgang_sim::scenario::{GdpMode, Scenario};
use longgang_sim::{report, Projection};
use rust_decimal::Decimal;
use std::str::FromStr;

const GOLDEN: &str = include_str!("golden_api.txt");

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

/// The scenarios the file covers: every preset, in turn with GDP set directly and no price
/// change and with GDP from the sectors and a price change, and every growth at the low and
/// at the high end of its range.
fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for (i, preset) in data().presets.iter().enumerate() {
        let mut scenario = Scenario::from_preset(data(), &preset.id).unwrap();
        if i % 2 == 1 {
            scenario.gdp_mode = GdpMode::Sectors;
            scenario.deflator = Dec(Decimal::from_str("2.5").unwrap());
        }
        out.push(scenario);
    }
    let mut low = Scenario::from_preset(data(), "official").unwrap();
    let mut high = low.clone();
    for indicator in &data().indicators {
        low.growth.insert(indicator.id.clone(), indicator.range.min);
        high.growth
            .insert(indicator.id.clone(), indicator.range.max);
    }
    low.deflator = data().deflator.min;
    high.deflator = data().deflator.max;
    high.gdp_mode = GdpMode::Sectors;
    out.extend([low, high]);
    out
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

fn projection_json(projection: &Projection) -> String {
    json(&report::view::projection(data(), projection))
}

/// A result as recorded: its JSON, or the error's code and field.
fn written(result: longgang_sim::Result<String>) -> String {
    result
        .unwrap_or_else(|error| format!("error {} {}", error.code(), error.field().unwrap_or("-")))
}

/// Every line the file should hold, computed now.
fn lines() -> Vec<String> {
    let mut out = Vec::new();
    for scenario in scenarios() {
        let link = scenario.encode(data());
        let projection = longgang_sim::project(data(), &scenario).unwrap();
        out.push(format!("project\t{link}\t{}", projection_json(&projection)));
        for (indicator, goal, solve_for) in [
            ("gdp", "official", None),
            ("gdp", "official", Some("tertiary")),
            ("fai", "250", None),
            ("urban_income", "75000.5", None),
        ] {
            let goal_value = if goal == "official" {
                Goal::Official
            } else {
                Goal::Level(goal.to_string())
            };
            let answer = goal_seek(data(), &scenario, indicator, &goal_value, solve_for);
            out.push(format!(
                "goal\t{link} {indicator} {goal} {}\t{}",
                solve_for.unwrap_or("-"),
                written(answer.map(|a| json(&report::view::goal_seek(&a))))
            ));
        }
        for output in [
            "gdp_growth",
            "urban_rural_ratio",
            "budget_to_gdp",
            "fai_to_gdp",
        ] {
            let result = sensitivity(data(), &scenario, Output::parse(output).unwrap()).unwrap();
            out.push(format!(
                "sensitivity\t{link} {output}\t{}",
                json(&report::view::sensitivity(&result))
            ));
        }
        let input = McInput {
            draws: 500,
            seed: 7,
            correlation: Some("0.3".into()),
            spreads: Default::default(),
        };
        let result = run(data(), &scenario, &input).unwrap();
        out.push(format!(
            "montecarlo\t{link} 500 7 0.3\t{}",
            json(&report::view::monte_carlo(&result))
        ));
        let grid = report::view::grid_text(data(), &scenario, 3).unwrap();
        out.push(format!("grid\t{link} 3\t{}", grid.replace('\n', " ")));
    }
    out
}

#[test]
fn results_reach_javascript_exactly_as_recorded() {
    let now = lines();
    if std::env::var_os("LONGGANG_WRITE_GOLDEN").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden_api.txt");
        std::fs::write(path, now.join("\n") + "\n").unwrap();
        return;
    }
    let recorded: Vec<&str> = GOLDEN.lines().collect();
    assert_eq!(recorded.len(), now.len(), "number of recorded results");
    for (recorded, now) in recorded.iter().zip(&now) {
        assert_eq!(*recorded, now.as_str());
    }
}
