//! The projection engine with the report's numbers: hand-computed cases, exact and as
//! shown, target status rules, derived figures by id, and invariants over a grid of
//! scenarios — among them that every figure shown is its exact value rounded.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::Qualifier;
use longgang_sim::number::{canonical, round_fixed, Dec};
use longgang_sim::projection::{
    grow, period_name, project, project_grid, status, Projection, Row, Status,
};
use longgang_sim::report::view;
use longgang_sim::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;

#[path = "support/scenarios.rs"]
mod scenarios;
use scenarios::{data, dec, official, with};

fn row<'a>(projection: &'a Projection, id: &str) -> &'a Row {
    projection.rows.iter().find(|r| r.id == id).unwrap()
}

#[test]
fn report_numbers_project_as_computed_by_hand() {
    // (indicator, growth %, projected level exactly, and as shown: rounded 四舍五入 to the
    // unit's places)
    let table = [
        ("gdp", "6.5", "436.10685", "436.11"),
        ("gdp", "6", "434.0594", "434.06"),
        ("gdp", "0", "409.49", "409.49"),
        ("urban_income", "6.5", "73273.065", "73273.07"),
        ("rural_income", "7", "41114.75", "41114.75"),
        ("fai", "15", "237.222", "237.22"),
        ("industrial_va", "8", "69.2388", "69.24"),
        ("budget_revenue", "8", "22.1076", "22.11"),
        ("retail_sales", "8", "180.7272", "180.73"),
        ("deposits_loans", "18.8", "1531.30824", "1531.31"),
        ("fiscal_revenue", "-3.5", "30.3975", "30.40"),
        ("foreign_trade", "8", "108", "108.00"),
        ("foreign_trade", "-2.25", "97.75", "97.75"),
    ];
    for (id, growth, exact, shown) in table {
        let projection = project(data(), &with(official(), &[(id, growth)])).unwrap();
        let r = row(&projection, id);
        assert_eq!(r.projected, dec(exact), "{id} at {growth}%");
        let seen = view::row(r);
        assert_eq!(
            (seen.projected.as_str(), seen.projected_exact.as_str()),
            (shown, exact),
            "{id} at {growth}%"
        );
    }
}

#[test]
fn gaps_to_target_in_level_and_points() {
    let projection = project(data(), &with(official(), &[("gdp", "6"), ("fai", "20.5")])).unwrap();
    let gdp = row(&projection, "gdp").target.as_ref().unwrap();
    // 409.49 × 1.065 = 436.10685; 409.49 × 1.06 − 436.10685 = −2.04745.
    assert_eq!(
        (gdp.level, gdp.gap_level, gdp.gap_points),
        (dec("436.10685"), dec("-2.04745"), dec("-0.5"))
    );
    let shown = view::row(row(&projection, "gdp")).target.unwrap();
    assert_eq!(
        (
            shown.level.as_str(),
            shown.gap_level.as_str(),
            shown.gap_points.as_str()
        ),
        ("436.11", "-2.05", "-0.50")
    );
    let fai = row(&projection, "fai").target.as_ref().unwrap();
    // 206.28 × 0.055 = 11.3454
    assert_eq!(
        (fai.gap_level, fai.gap_points),
        (dec("11.3454"), dec("5.5"))
    );
    let shown = view::row(row(&projection, "fai")).target.unwrap();
    assert_eq!(
        (shown.gap_level.as_str(), shown.gap_points.as_str()),
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
    assert_eq!(trade.base, Decimal::ONE_HUNDRED);
    assert_eq!(view::row(trade).base, "100.00");
}

#[test]
fn derived_figures_are_listed_by_id_with_base_and_plan_periods() {
    let projection = project(data(), &official()).unwrap();
    let ids: Vec<&str> = projection.derived.ids().collect();
    assert_eq!(
        ids,
        [
            "implied_gdp_growth.plan",
            "implied_gdp_level.plan",
            "structure.primary.base",
            "structure.secondary.base",
            "structure.tertiary.base",
            "structure.primary.plan",
            "structure.secondary.plan",
            "structure.tertiary.plan",
            "nominal_gdp.plan",
            "urban_rural_ratio.base",
            "urban_rural_ratio.plan",
            "budget_revenue_to_gdp.base",
            "budget_revenue_to_gdp.plan",
            "fai_to_gdp.base",
            "fai_to_gdp.plan",
            "key_projects_share.industry.plan",
            "key_projects_share.infrastructure.plan",
            "key_projects_share.livelihood.plan",
            "key_projects_to_fai.plan",
        ]
    );
    // Every id names its figure of the table and one of its periods, and no year.
    for figure in &projection.derived.figures {
        let (name, period) = figure.id.rsplit_once('.').unwrap();
        let name = name.split('.').next().unwrap();
        let definition = data().derived.iter().find(|d| d.id == name).unwrap();
        assert!(
            definition.periods.iter().any(|p| period_name(*p) == period),
            "{}",
            figure.id
        );
        assert!(!figure.id.contains("20"), "{}", figure.id);
    }
}

#[test]
fn derived_figures_for_the_official_scenario() {
    let projection = project(data(), &official()).unwrap();
    // Exact, from the report's levels: (id, value, places shown).
    let exact = |id: &str| projection.derived.value(id).unwrap();
    // 20.47 / 409.49 = 4.9988…%; 68801 / 38425 = 1.79052…; 236.9 / 237.222 = 99.864…%.
    assert_eq!(
        round_fixed(exact("budget_revenue_to_gdp.base"), 6),
        "4.998901"
    );
    assert_eq!(round_fixed(exact("urban_rural_ratio.base"), 6), "1.790527");
    assert_eq!(exact("implied_gdp_growth.plan"), dec("6.5"));
    assert_eq!(exact("implied_gdp_level.plan"), dec("436.10685"));
    assert_eq!(exact("nominal_gdp.plan"), dec("436.10685"));
    assert_eq!(
        projection
            .derived
            .get("urban_rural_ratio.plan")
            .unwrap()
            .decimals,
        2
    );
    // As shown.
    let d = view::projection(data(), &projection).derived;
    assert_eq!(d.implied_gdp_growth, "6.50");
    assert_eq!(d.implied_gdp_level, "436.11");
    assert_eq!(d.structure_base, ["2.37", "42.26", "55.37"]);
    assert_eq!(d.structure_plan, ["2.37", "42.26", "55.37"]);
    assert_eq!(d.nominal_gdp_plan, "436.11");
    assert_eq!(
        (
            d.urban_rural_ratio_base.as_str(),
            d.urban_rural_ratio_plan.as_str()
        ),
        ("1.79", "1.78")
    );
    assert_eq!(
        (
            d.budget_revenue_to_gdp_base.as_str(),
            d.budget_revenue_to_gdp_plan.as_str()
        ),
        ("5.00", "5.07")
    );
    assert_eq!(
        (d.fai_to_gdp_base.as_str(), d.fai_to_gdp_plan.as_str()),
        ("50.37", "54.40")
    );
    assert_eq!(d.key_projects_total, "236.9");
    let shares: Vec<&str> = d.key_projects.iter().map(|k| k.share.as_str()).collect();
    assert_eq!(shares, ["32.80", "22.32", "44.88"]);
    assert_eq!(d.key_projects_to_fai_plan, "99.86");
}

#[test]
fn reported_structure_ratio_agrees_with_the_levels_to_its_precision() {
    let projection = project(data(), &official()).unwrap();
    let reported: Vec<Decimal> = data()
        .base_structure
        .as_ref()
        .unwrap()
        .value
        .split(':')
        .map(dec)
        .collect();
    for (sector, reported) in ["primary", "secondary", "tertiary"].iter().zip(reported) {
        let computed = projection
            .derived
            .value(&format!("structure.{sector}.base"))
            .unwrap();
        assert!(
            (computed - reported).abs() <= dec("0.1"),
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
        dec("436.10685"),
        "the GDP row stays real"
    );
    // 436.10685 × 1.02 = 444.828987
    assert_eq!(
        projection.derived.value("nominal_gdp.plan"),
        Some(dec("444.828987"))
    );
    let shown = view::projection(data(), &projection).derived;
    assert_eq!(shown.nominal_gdp_plan, "444.83");
    assert_eq!(shown.budget_revenue_to_gdp_plan, "4.97");
}

#[test]
fn sector_mode_derives_gdp_from_the_sectors() {
    let mut scenario = Scenario::from_preset(data(), "momentum").unwrap();
    scenario.gdp_mode = GdpMode::Sectors;
    let projection = project(data(), &scenario).unwrap();
    let gdp = row(&projection, "gdp");
    assert!(gdp.growth_derived);
    assert_eq!(view::row(gdp).growth, "8.76");
    // 9.69 × 1.042 + 173.07 × 1.074 + 226.73 × 1.1
    assert_eq!(gdp.projected, dec("445.37716"));
    assert_eq!(gdp.status, Status::Met);
    // The implied rate is the derived figure's, exactly.
    assert_eq!(
        Some(gdp.growth),
        projection.derived.value("implied_gdp_growth.plan")
    );
    // The GDP slider value is ignored in this mode.
    let ignored = project(data(), &with(scenario, &[("gdp", "-10")])).unwrap();
    assert_eq!(row(&ignored, "gdp").projected, dec("445.37716"));
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
                let exact = r.projected;
                let base = indicator
                    .base
                    .as_ref()
                    .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
                let sectors: Decimal = ["primary", "secondary", "tertiary"]
                    .iter()
                    .map(|id| row(&projection, id).projected)
                    .sum();
                if mode == GdpMode::Sectors {
                    assert_eq!(
                        row(&projection, "gdp").projected,
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
    let implied = row(&project(data(), &scenario).unwrap(), "gdp").growth;
    assert_eq!(round_fixed(implied, 2), "7.05");
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

/// The scenarios of the benchmark grid (see `projection::project_grid`) around a preset,
/// in both GDP modes and with a price change in turn.
fn grid_scenarios(base: &Scenario, count: u64) -> Vec<Scenario> {
    (0..count)
        .map(|k| {
            let mut scenario = base.clone();
            for (i, indicator) in data().indicators.iter().enumerate() {
                let offset = ((7919 * k + 104_729 * i as u64) % 2001) as i64 - 1000;
                let growth = (base.growth_of(&indicator.id) + Decimal::new(offset, 2))
                    .clamp(indicator.range.min.0, indicator.range.max.0);
                scenario.growth.insert(indicator.id.clone(), Dec(growth));
            }
            if k % 2 == 1 {
                scenario.gdp_mode = GdpMode::Sectors;
            }
            scenario.deflator = Dec(Decimal::new((k % 7) as i64 * 75 - 150, 2));
            scenario
        })
        .collect()
}

/// What `view` shows of an exact value with `decimals` places, checked against the exact
/// text it shows beside it: that text is the exact value, and rounding it gives the shown
/// one.
fn assert_rounds_to(exact_text: &str, exact: Decimal, decimals: u32, shown: &str, what: &str) {
    assert_eq!(dec(exact_text), exact, "{what}: exact text");
    assert_eq!(exact_text, canonical(exact), "{what}: canonical");
    assert_eq!(round_fixed(exact, decimals), shown, "{what}: shown");
}

#[test]
fn every_figure_shown_is_its_exact_value_rounded() {
    let mut checked = 0;
    for preset in ["official", "momentum", "cautious", "ambitious"] {
        let base = Scenario::from_preset(data(), preset).unwrap();
        for scenario in grid_scenarios(&base, 60) {
            let projection = project(data(), &scenario).unwrap();
            let shown = view::projection(data(), &projection);
            for (r, s) in projection.rows.iter().zip(&shown.rows) {
                assert_rounds_to(
                    &s.projected_exact,
                    r.projected,
                    r.decimals,
                    &s.projected,
                    &r.id,
                );
                // The shown level has the unit's places, however many the exact one has.
                assert_eq!(
                    s.projected.split_once('.').map_or(0, |(_, f)| f.len()),
                    r.decimals as usize
                );
                if let (Some(t), Some(st)) = (&r.target, &s.target) {
                    assert_eq!(round_fixed(t.level, r.decimals), st.level);
                    assert_eq!(round_fixed(t.gap_level, r.decimals), st.gap_level);
                    assert_eq!(round_fixed(t.gap_points, 2), st.gap_points);
                    assert_eq!(dec(&st.growth), t.growth);
                }
                if r.growth_derived {
                    assert_eq!(round_fixed(r.growth, 2), s.growth);
                } else {
                    assert_eq!(dec(&s.growth), r.growth);
                }
                checked += 1;
            }
            let d = &shown.derived;
            let figure = |id: &str| projection.derived.get(id).unwrap();
            for (id, exact_text, shown) in [
                (
                    "implied_gdp_growth.plan",
                    &d.implied_gdp_growth_exact,
                    &d.implied_gdp_growth,
                ),
                (
                    "urban_rural_ratio.plan",
                    &d.urban_rural_ratio_plan_exact,
                    &d.urban_rural_ratio_plan,
                ),
                (
                    "budget_revenue_to_gdp.plan",
                    &d.budget_revenue_to_gdp_plan_exact,
                    &d.budget_revenue_to_gdp_plan,
                ),
                (
                    "fai_to_gdp.plan",
                    &d.fai_to_gdp_plan_exact,
                    &d.fai_to_gdp_plan,
                ),
            ] {
                let f = figure(id);
                assert_rounds_to(exact_text, f.value, f.decimals, shown, id);
            }
            // Every derived figure appears in the view, once, rounded to its places.
            let mut shown_by_id: Vec<(String, &String)> = vec![
                ("implied_gdp_growth.plan".into(), &d.implied_gdp_growth),
                ("implied_gdp_level.plan".into(), &d.implied_gdp_level),
                ("nominal_gdp.plan".into(), &d.nominal_gdp_plan),
                ("urban_rural_ratio.base".into(), &d.urban_rural_ratio_base),
                ("urban_rural_ratio.plan".into(), &d.urban_rural_ratio_plan),
                (
                    "budget_revenue_to_gdp.base".into(),
                    &d.budget_revenue_to_gdp_base,
                ),
                (
                    "budget_revenue_to_gdp.plan".into(),
                    &d.budget_revenue_to_gdp_plan,
                ),
                ("fai_to_gdp.base".into(), &d.fai_to_gdp_base),
                ("fai_to_gdp.plan".into(), &d.fai_to_gdp_plan),
                (
                    "key_projects_to_fai.plan".into(),
                    &d.key_projects_to_fai_plan,
                ),
            ];
            for (i, sector) in ["primary", "secondary", "tertiary"].iter().enumerate() {
                shown_by_id.push((format!("structure.{sector}.base"), &d.structure_base[i]));
                shown_by_id.push((format!("structure.{sector}.plan"), &d.structure_plan[i]));
            }
            for share in &d.key_projects {
                shown_by_id.push((
                    format!("key_projects_share.{}.plan", share.id),
                    &share.share,
                ));
            }
            assert_eq!(shown_by_id.len(), projection.derived.figures.len());
            for (id, text) in shown_by_id {
                let f = figure(&id);
                assert_eq!(&round_fixed(f.value, f.decimals), text, "{id}");
            }
        }
    }
    assert_eq!(checked, 4 * 60 * 14);
}

#[test]
fn the_benchmark_grid_is_the_projection_of_its_scenarios() {
    let count = 50;
    // Around two presets, and around every growth at the low and at the high end of its
    // range, where the grid's offsets are clamped.
    let mut bases: Vec<Scenario> = ["official", "momentum"]
        .iter()
        .map(|preset| Scenario::from_preset(data(), preset).unwrap())
        .collect();
    let (mut low, mut high) = (official(), official());
    for indicator in &data().indicators {
        low.growth.insert(indicator.id.clone(), indicator.range.min);
        high.growth
            .insert(indicator.id.clone(), indicator.range.max);
    }
    bases.extend([low, high]);
    for base in &bases {
        let levels = project_grid(data(), base, count).unwrap();
        let text = view::grid_text(data(), base, count).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!((levels.len(), lines.len()), (50 * 14, 50 * 14));
        for (k, mut scenario) in grid_scenarios(base, u64::from(count))
            .into_iter()
            .enumerate()
        {
            // The grid keeps the base scenario's GDP mode and price change.
            scenario.gdp_mode = base.gdp_mode;
            scenario.deflator = base.deflator;
            let projection = project(data(), &scenario).unwrap();
            for (i, r) in projection.rows.iter().enumerate() {
                assert_eq!(levels[k * 14 + i], r.projected, "{k} {}", r.id);
                assert_eq!(lines[k * 14 + i], view::row(r).projected);
            }
        }
    }
}
