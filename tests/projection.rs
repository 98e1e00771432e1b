//! The projection engine with the report's numbers: hand-computed cases, target status
//! rules, derived figures, and invariants over a grid of scenarios.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::{Dataset, Qualifier};
use longgang_sim::number::Dec;
use longgang_sim::projection::{grow, project, status, Projection, Row, Status};
use longgang_sim::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;
use std::str::FromStr;

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn official() -> Scenario {
    Scenario::from_preset(data(), "official").unwrap()
}

fn with(mut scenario: Scenario, changes: &[(&str, &str)]) -> Scenario {
    for (id, value) in changes {
        scenario.growth.insert(id.to_string(), Dec(dec(value)));
    }
    scenario
}

fn row<'a>(projection: &'a Projection, id: &str) -> &'a Row {
    projection.rows.iter().find(|r| r.id == id).unwrap()
}

#[test]
fn report_numbers_project_as_computed_by_hand() {
    // (indicator, growth %, projected 2024 rounded 四舍五入 to the report's precision)
    let table = [
        ("gdp", "6.5", "436.11"),
        ("gdp", "6", "434.06"),
        ("gdp", "0", "409.49"),
        ("urban_income", "6.5", "73273.07"),
        ("rural_income", "7", "41114.75"),
        ("fai", "15", "237.22"),
        ("industrial_va", "8", "69.24"),
        ("budget_revenue", "8", "22.11"),
        ("retail_sales", "8", "180.73"),
        ("deposits_loans", "18.8", "1531.31"),
        ("fiscal_revenue", "-3.5", "30.40"),
        ("foreign_trade", "8", "108.00"),
        ("foreign_trade", "-2.25", "97.75"),
    ];
    for (id, growth, want) in table {
        let projection = project(data(), &with(official(), &[(id, growth)])).unwrap();
        assert_eq!(row(&projection, id).projected, want, "{id} at {growth}%");
    }
}

#[test]
fn exact_values_are_kept_unrounded() {
    let projection = project(data(), &official()).unwrap();
    assert_eq!(row(&projection, "gdp").projected_exact, "436.10685");
    assert_eq!(
        row(&projection, "urban_income").projected_exact,
        "73273.065"
    );
}

#[test]
fn gaps_to_target_in_level_and_points() {
    let projection = project(data(), &with(official(), &[("gdp", "6"), ("fai", "20.5")])).unwrap();
    let gdp = row(&projection, "gdp").target.as_ref().unwrap();
    assert_eq!(
        (
            gdp.level.as_str(),
            gdp.gap_level.as_str(),
            gdp.gap_points.as_str()
        ),
        ("436.11", "-2.05", "-0.50")
    );
    let fai = row(&projection, "fai").target.as_ref().unwrap();
    // 206.28 × 0.055 = 11.3454
    assert_eq!(
        (fai.gap_level.as_str(), fai.gap_points.as_str()),
        ("11.35", "5.50")
    );
    assert_eq!(row(&projection, "gdp").status, Status::Short);
    assert_eq!(row(&projection, "fai").status, Status::Met);
}

#[test]
fn status_honours_the_qualifier() {
    let table = [
        ("6.5", "6.5", Qualifier::AtLeast, Status::Met),
        ("6.49", "6.5", Qualifier::AtLeast, Status::Short),
        ("30", "6.5", Qualifier::AtLeast, Status::Met),
        ("20", "20", Qualifier::Above, Status::Short),
        ("20.01", "20", Qualifier::Above, Status::Met),
        ("8", "8", Qualifier::About, Status::Met),
        ("7.5", "8", Qualifier::About, Status::Met),
        ("7.49", "8", Qualifier::About, Status::Short),
        ("8.5", "8", Qualifier::About, Status::Met),
        ("8.51", "8", Qualifier::About, Status::Exceeds),
    ];
    for (growth, target, qualifier, want) in table {
        assert_eq!(
            status(dec(growth), dec(target), qualifier),
            want,
            "{growth} vs {qualifier:?} {target}"
        );
    }
}

#[test]
fn indicators_without_a_target_say_so() {
    let projection = project(data(), &official()).unwrap();
    for id in [
        "fiscal_revenue",
        "exports",
        "deposits_loans",
        "primary",
        "secondary",
        "tertiary",
    ] {
        assert_eq!(row(&projection, id).status, Status::NoTarget, "{id}");
        assert!(row(&projection, id).target.is_none());
    }
    let trade = row(&projection, "foreign_trade");
    assert!(!trade.has_level);
    assert_eq!(trade.base, "100.00");
}

#[test]
fn derived_figures_for_the_official_scenario() {
    let d = project(data(), &official()).unwrap().derived;
    assert_eq!(d.implied_gdp_growth, "6.50");
    assert_eq!(d.implied_gdp_level, "436.11");
    assert_eq!(d.structure_2023, ["2.37", "42.26", "55.37"]);
    assert_eq!(d.structure_2024, ["2.37", "42.26", "55.37"]);
    assert_eq!(d.nominal_gdp_2024, "436.11");
    assert_eq!(
        (
            d.urban_rural_ratio_2023.as_str(),
            d.urban_rural_ratio_2024.as_str()
        ),
        ("1.79", "1.78")
    );
    assert_eq!(
        (
            d.budget_revenue_to_gdp_2023.as_str(),
            d.budget_revenue_to_gdp_2024.as_str()
        ),
        ("5.00", "5.07")
    );
    assert_eq!(
        (d.fai_to_gdp_2023.as_str(), d.fai_to_gdp_2024.as_str()),
        ("50.37", "54.40")
    );
    assert_eq!(d.key_projects_total, "236.9");
    let shares: Vec<&str> = d.key_projects.iter().map(|k| k.share.as_str()).collect();
    assert_eq!(shares, ["32.80", "22.32", "44.88"]);
    assert_eq!(d.key_projects_to_fai_2024, "99.86");
}

#[test]
fn reported_structure_ratio_agrees_with_the_levels_to_its_precision() {
    let d = project(data(), &official()).unwrap().derived;
    let reported: Vec<Decimal> = data().structure_2023.value.split(':').map(dec).collect();
    for (computed, reported) in d.structure_2023.iter().zip(reported) {
        assert!(
            (dec(computed) - reported).abs() <= dec("0.1"),
            "{computed} vs {reported}"
        );
    }
}

#[test]
fn deflator_turns_real_gdp_nominal_only_in_ratios() {
    let mut scenario = official();
    scenario.deflator = Dec(dec("2"));
    let projection = project(data(), &scenario).unwrap();
    assert_eq!(
        row(&projection, "gdp").projected,
        "436.11",
        "the GDP row stays real"
    );
    assert_eq!(projection.derived.nominal_gdp_2024, "444.83");
    assert_eq!(projection.derived.budget_revenue_to_gdp_2024, "4.97");
}

#[test]
fn sector_mode_derives_gdp_from_the_sectors() {
    let mut scenario = Scenario::from_preset(data(), "momentum").unwrap();
    scenario.gdp_mode = GdpMode::Sectors;
    let projection = project(data(), &scenario).unwrap();
    let gdp = row(&projection, "gdp");
    assert!(gdp.growth_derived);
    assert_eq!(gdp.growth, "8.76");
    assert_eq!(gdp.projected_exact, "445.37716");
    assert_eq!(gdp.status, Status::Met);
    // The GDP slider value is ignored in this mode.
    let ignored = project(data(), &with(scenario, &[("gdp", "-10")])).unwrap();
    assert_eq!(row(&ignored, "gdp").projected_exact, "445.37716");
}

#[test]
fn invariants_over_a_grid_of_scenarios() {
    let steps = [
        "-20", "-5.5", "-0.1", "0", "0.1", "3.25", "6.5", "12", "25", "40",
    ];
    let mut checked = 0;
    for indicator in &data().indicators {
        let mut previous: Option<Decimal> = None;
        for step in steps {
            for mode in [GdpMode::Direct, GdpMode::Sectors] {
                let mut scenario = with(official(), &[(&indicator.id, step)]);
                scenario.gdp_mode = mode;
                let projection = project(data(), &scenario).unwrap();
                let r = row(&projection, &indicator.id);
                let exact = dec(&r.projected_exact);
                let base = indicator
                    .value_2023
                    .as_ref()
                    .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
                let sectors: Decimal = ["primary", "secondary", "tertiary"]
                    .iter()
                    .map(|id| dec(&row(&projection, id).projected_exact))
                    .sum();
                if mode == GdpMode::Sectors {
                    assert_eq!(
                        dec(&row(&projection, "gdp").projected_exact),
                        sectors,
                        "GDP = sum of sectors"
                    );
                }
                if r.growth_derived {
                    continue;
                }
                assert_eq!(exact, grow(&indicator.id, base, dec(step)).unwrap());
                if step == "0" {
                    assert_eq!(
                        exact, base,
                        "{}: 0% leaves the value unchanged",
                        indicator.id
                    );
                }
                if mode == GdpMode::Direct {
                    if let Some(p) = previous {
                        assert!(exact > p, "{}: monotone in growth", indicator.id);
                    }
                    previous = Some(exact);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "{checked}");
}

#[test]
fn sector_growths_move_implied_gdp_by_their_weights() {
    // One point more on the tertiary sector adds 226.73/409.49 of a point to GDP growth.
    let mut scenario = with(official(), &[("tertiary", "7.5")]);
    scenario.gdp_mode = GdpMode::Sectors;
    let implied = dec(&row(&project(data(), &scenario).unwrap(), "gdp").growth);
    assert_eq!(implied, dec("7.05"));
}

#[test]
fn projection_rejects_an_invalid_scenario() {
    let error = project(data(), &with(official(), &[("gdp", "500")])).unwrap_err();
    assert_eq!(error.code(), "out_of_range");
    let mut missing = official();
    missing.growth.remove("fai");
    assert_eq!(
        project(data(), &missing).unwrap_err().code(),
        "missing_indicator"
    );
}
