//! Analysis: goal seek inverts the projection exactly, the tornado orders assumptions as
//! computed by hand, and the Monte Carlo matches the deterministic table at zero spread,
//! repeats exactly for a seed, agrees with the normal distribution over many draws, counts
//! a draw as reaching a target by the table's own rule, and moves draws together as the
//! correlation asks.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::analysis::{goal_seek, sensitivity, Goal, Output};
use longgang_sim::dataset::Dataset;
use longgang_sim::montecarlo::{default_spread, run, McInput};
use longgang_sim::number::{canonical, round_fixed, Dec};
use longgang_sim::projection::{grow, project};
use longgang_sim::report::view;
use longgang_sim::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
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

/// The nearest `f64`, for comparing with the normal distribution.
fn float(value: Decimal) -> f64 {
    value.to_string().parse().unwrap()
}

#[test]
fn goal_seek_inverts_the_projection_exactly() {
    let grid = [
        "-20", "-7.25", "-0.01", "0", "0.5", "3.33", "6.5", "12.75", "39.99", "40",
    ];
    for indicator in &data().indicators {
        let base = indicator
            .base
            .as_ref()
            .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
        for g in grid {
            let level = grow(&indicator.id, base, dec(g)).unwrap();
            let answer = goal_seek(
                data(),
                &official(),
                &indicator.id,
                &Goal::Level(canonical(level)),
                None,
            )
            .unwrap();
            assert_eq!(answer.growth, dec(g), "{} at {g}", indicator.id);
            assert!(answer.within_range);
        }
    }
}

#[test]
fn goal_seek_for_official_targets_and_typed_levels() {
    let gdp = goal_seek(data(), &official(), "gdp", &Goal::Official, None).unwrap();
    assert_eq!(
        (gdp.growth, gdp.level, gdp.level_decimals),
        (dec("6.5"), dec("436.10685"), 2)
    );
    let shown = view::goal_seek(&gdp);
    assert_eq!(
        (shown.growth.as_str(), shown.level.as_str()),
        ("6.50", "436.11")
    );
    let fai = goal_seek(data(), &official(), "fai", &Goal::Level("250".into()), None).unwrap();
    // 250 / 206.28 − 1 = 21.194…%
    assert_eq!(fai.growth_applicable, dec("21.19"));
    let shown = view::goal_seek(&fai);
    assert_eq!(
        (
            shown.growth.as_str(),
            shown.growth_applicable.as_str(),
            shown.level.as_str()
        ),
        ("21.19", "21.19", "250.00")
    );
    assert_eq!(shown.growth_exact, canonical(fai.growth));
    let far = goal_seek(data(), &official(), "gdp", &Goal::Level("700".into()), None).unwrap();
    assert!(!far.within_range, "70.94% is beyond the slider");
    let error = goal_seek(data(), &official(), "exports", &Goal::Official, None).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        ("no_target", Some("exports"))
    );
    for bad in ["-1", "abc", "1e9"] {
        assert!(
            goal_seek(data(), &official(), "gdp", &Goal::Level(bad.into()), None).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn a_sector_solved_for_the_gdp_target() {
    let mut scenario = official();
    let tertiary = goal_seek(data(), &scenario, "gdp", &Goal::Official, Some("tertiary")).unwrap();
    assert_eq!(
        tertiary.growth,
        dec("6.5"),
        "all sectors at 6.5% give GDP 6.5%"
    );
    scenario.growth.insert("secondary".into(), Dec(dec("5")));
    let answer = goal_seek(data(), &scenario, "gdp", &Goal::Official, Some("tertiary")).unwrap();
    // 436.10685 − 9.69×1.065 − 173.07×1.05 = 244.0635 → 244.0635 / 226.73 − 1 = 7.6450…%
    assert_eq!(view::goal_seek(&answer).growth, "7.64");
    // The exact answer puts GDP exactly on its target level.
    let exact = answer.growth;
    let gdp_level = grow("primary", dec("9.69"), dec("6.5")).unwrap()
        + grow("secondary", dec("173.07"), dec("5")).unwrap()
        + grow("tertiary", dec("226.73"), exact).unwrap();
    assert!(
        (gdp_level - dec("436.10685")).abs() < dec("0.000000000000000001"),
        "{gdp_level}"
    );
    // The rounded answer the page applies lands within a cent of a hundred million.
    let mut applied = scenario.clone();
    applied
        .growth
        .insert("tertiary".into(), Dec(answer.growth_applicable));
    applied.gdp_mode = GdpMode::Sectors;
    let projected = project(data(), &applied).unwrap().rows[0].projected;
    assert!(
        (projected - dec("436.10685")).abs() < dec("0.02"),
        "{projected}"
    );
    let error = goal_seek(
        data(),
        &scenario,
        "gdp",
        &Goal::Level("100".into()),
        Some("tertiary"),
    )
    .unwrap_err();
    assert_eq!(error.code(), "goal_unreachable");
    assert_eq!(
        goal_seek(data(), &scenario, "fai", &Goal::Official, Some("tertiary"))
            .unwrap_err()
            .code(),
        "invalid_input"
    );
}

#[test]
fn tornado_orders_assumptions_by_swing() {
    let gdp = sensitivity(data(), &official(), Output::GdpGrowth).unwrap();
    let ids: Vec<&str> = gdp.swings.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["tertiary", "secondary", "primary"]);
    // Each sector's swing is its weight times the 60-point range: 226.73 × 60 / 409.49.
    let shown = view::sensitivity(&gdp);
    assert_eq!(shown.swings[0].swing, "33.22");
    assert_eq!(shown.swings[1].swing, "25.36");
    assert_eq!(shown.swings[2].swing, "1.42");
    assert_eq!(shown.base, "6.50");
    assert_eq!(gdp.base, dec("6.5"));
    // Exact: the swing is the difference of the ends, and what the chart is ordered by.
    for swing in &gdp.swings {
        assert_eq!(swing.swing, (swing.high_output - swing.low_output).abs());
    }
    assert!(gdp.swings.windows(2).all(|w| w[0].swing >= w[1].swing));

    let budget = sensitivity(data(), &official(), Output::BudgetToGdp).unwrap();
    let ids: Vec<&str> = budget.swings.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["gdp", "budget_revenue", "deflator"]);
    let ratio = sensitivity(data(), &official(), Output::UrbanRuralRatio).unwrap();
    let ids: Vec<&str> = ratio.swings.iter().map(|s| s.id.as_str()).collect();
    // Rural income divides: 73273.065 / (38425 × 0.8) − 73273.065 / (38425 × 1.4) = 1.02 beats
    // urban income's (68801 × 0.6) / 41114.75 = 1.00.
    assert_eq!(ids, ["rural_income", "urban_income"]);
    assert_eq!(
        sensitivity(data(), &official(), Output::FaiToGdp)
            .unwrap()
            .swings[0]
            .id,
        "fai"
    );
}

fn zero_spreads() -> BTreeMap<String, String> {
    data()
        .indicators
        .iter()
        .map(|i| (i.id.clone(), "0".to_string()))
        .collect()
}

#[test]
fn zero_spread_reproduces_the_table_with_certain_outcomes() {
    for (gdp, expected) in [("6.5", "100.0"), ("6", "0.0")] {
        let mut scenario = official();
        scenario.growth.insert("gdp".into(), Dec(dec(gdp)));
        for mode in [GdpMode::Direct, GdpMode::Sectors] {
            scenario.gdp_mode = mode;
            let table = project(data(), &scenario).unwrap();
            let result = run(
                data(),
                &scenario,
                &McInput {
                    draws: 500,
                    seed: 7,
                    correlation: Some("0.5".into()),
                    spreads: zero_spreads(),
                },
            )
            .unwrap();
            for (mc, row) in result.rows.iter().zip(&table.rows) {
                for (level, rate) in [
                    (mc.p5, mc.growth_p5),
                    (mc.p50, mc.growth_p50),
                    (mc.p95, mc.growth_p95),
                ] {
                    assert_eq!(rate, row.growth, "{}", row.id);
                    if row.growth_derived {
                        // GDP from the sectors: its base grown by the implied rate is the
                        // sectors' sum to far more places than are shown.
                        assert!(
                            (level - row.projected).abs() < dec("0.000000000000000001"),
                            "{level} {}",
                            row.projected
                        );
                    } else {
                        assert_eq!(level, row.projected, "{}", row.id);
                    }
                    assert_eq!(
                        round_fixed(level, mc.decimals),
                        round_fixed(row.projected, row.decimals)
                    );
                }
                match mc.probability {
                    Some(p) => assert!(p == Decimal::ONE_HUNDRED || p.is_zero(), "{}: {p}", row.id),
                    None => assert!(row.target.is_none()),
                }
            }
            let expected = if mode == GdpMode::Sectors {
                "100.0"
            } else {
                expected
            };
            let shown = view::monte_carlo(&result);
            assert_eq!(
                shown.rows[0].probability.as_deref(),
                Some(expected),
                "{gdp} {mode:?}"
            );
        }
    }
}

#[test]
fn seeded_runs_repeat_exactly() {
    let input = McInput {
        draws: 20_000,
        seed: 42,
        correlation: Some("0.3".into()),
        spreads: BTreeMap::new(),
    };
    let first = run(data(), &official(), &input).unwrap();
    let second = run(data(), &official(), &input).unwrap();
    assert_eq!(first, second);
    // The same fingerprint is asserted by the WASM tests: identical across platforms.
    assert_eq!(first.fingerprint, GOLDEN_FINGERPRINT);
    let other = run(data(), &official(), &McInput { seed: 43, ..input }).unwrap();
    assert_ne!(other.fingerprint, first.fingerprint);
}

/// Fingerprint of the run above (seed 42, 20,000 draws, correlation 0.3, default spreads).
const GOLDEN_FINGERPRINT: &str = include_str!("golden_fingerprint.txt");

#[test]
fn draws_follow_the_normal_distribution() {
    let mut spreads = zero_spreads();
    spreads.insert("gdp".into(), "2".into());
    let result = run(
        data(),
        &official(),
        &McInput {
            draws: 100_000,
            seed: 2024,
            correlation: None,
            spreads,
        },
    )
    .unwrap();
    let gdp = &result.rows[0];
    let close = |got: &Decimal, want: f64, tolerance: f64| {
        let got = float(*got);
        assert!((got - want).abs() <= tolerance, "{got} vs {want}");
    };
    close(&gdp.growth_p50, 6.5, 0.03);
    close(&gdp.growth_p5, 6.5 - 1.6449 * 2.0, 0.05);
    close(&gdp.growth_p95, 6.5 + 1.6449 * 2.0, 0.05);
    close(&gdp.probability.unwrap(), 50.0, 0.6);
}

/// Φ(x), the standard normal distribution function.
fn normal_cdf(x: f64) -> f64 {
    0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2))
}

/// Spreads of zero except the named ones.
fn spreads_of(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut spreads = zero_spreads();
    for (id, spread) in pairs {
        spreads.insert(id.to_string(), spread.to_string());
    }
    spreads
}

#[test]
fn probability_counts_draws_by_the_table_rule() {
    // With growth g drawn as N(g, 1), the share reaching a threshold t is Φ(g − t). The
    // thresholds are the table's: 6.5 for GDP's "6.5% 以上"; 7.5 for industrial value
    // added's "8%" (about: met within 0.5 points); 6 for urban income's "6.5%" (about).
    for (id, growth, threshold) in [
        ("gdp", "7.5", 6.5),
        ("gdp", "6.5", 6.5),
        ("gdp", "5.8", 6.5),
        ("industrial_va", "8", 7.5),
        ("industrial_va", "7.5", 7.5),
        ("industrial_va", "7", 7.5),
        ("urban_income", "6.5", 6.0),
        ("urban_income", "7.2", 6.0),
    ] {
        let mut scenario = official();
        scenario.growth.insert(id.into(), Dec(dec(growth)));
        let result = run(
            data(),
            &scenario,
            &McInput {
                draws: 200_000,
                seed: 11,
                correlation: None,
                spreads: spreads_of(&[(id, "1")]),
            },
        )
        .unwrap();
        let row = result.rows.iter().find(|r| r.id == id).unwrap();
        let got = float(row.probability.unwrap());
        let g: f64 = growth.parse().unwrap();
        let want = 100.0 * normal_cdf(g - threshold);
        // 200,000 draws: one standard error is at most 0.11 points.
        assert!(
            (got - want).abs() <= 0.4,
            "{id} at {growth}: {got} vs {want:.2}"
        );
    }
}

#[test]
fn correlation_moves_the_draws_together() {
    // In sector mode GDP growth is Σ wᵢ gᵢ, wᵢ each sector's share of 2023 GDP. With spread σ
    // on every sector and correlation ρ through one common factor, its standard deviation is
    // σ √(ρ (Σ wᵢ)² + (1 − ρ) Σ wᵢ²): ρ near 1 moves the sectors together and widens it.
    let levels = [9.69_f64, 173.07, 226.73];
    let total: f64 = levels.iter().sum();
    let sum_sq: f64 = levels.iter().map(|l| (l / total).powi(2)).sum();
    let mut scenario = official();
    scenario.gdp_mode = GdpMode::Sectors;
    let mut widths = Vec::new();
    for rho in ["0", "0.5", "0.95"] {
        let result = run(
            data(),
            &scenario,
            &McInput {
                draws: 100_000,
                seed: 5,
                correlation: Some(rho.into()),
                spreads: spreads_of(&[("primary", "2"), ("secondary", "2"), ("tertiary", "2")]),
            },
        )
        .unwrap();
        let gdp = &result.rows[0];
        let p5 = float(gdp.growth_p5);
        let p95 = float(gdp.growth_p95);
        let r: f64 = rho.parse().unwrap();
        let sd = 2.0 * (r + (1.0 - r) * sum_sq).sqrt();
        let width = p95 - p5;
        let want = 2.0 * 1.6449 * sd;
        assert!(
            (width - want).abs() <= want * 0.03,
            "ρ = {rho}: 90% range {width:.3} vs {want:.3}"
        );
        widths.push(width);
    }
    assert!(widths[0] < widths[1] && widths[1] < widths[2], "{widths:?}");
    assert!(widths[2] / widths[0] > 1.35, "{widths:?}");
}

#[test]
fn default_spreads_follow_their_formula() {
    for (id, want) in [
        ("gdp", "1.1"),
        ("fai", "7.8"),
        ("tertiary", "1.8"),
        ("retail_sales", "1"),
        ("budget_revenue", "2"),
        ("foreign_trade", "2"),
    ] {
        assert_eq!(canonical(default_spread(data(), id)), want, "{id}");
    }
}

#[test]
fn bad_settings_are_refused() {
    let ok = McInput {
        draws: 10,
        seed: 1,
        correlation: None,
        spreads: BTreeMap::new(),
    };
    assert_eq!(
        run(
            data(),
            &official(),
            &McInput {
                draws: 0,
                ..ok.clone()
            }
        )
        .unwrap_err()
        .code(),
        "out_of_range"
    );
    assert_eq!(
        run(
            data(),
            &official(),
            &McInput {
                draws: 2_000_000,
                ..ok.clone()
            }
        )
        .unwrap_err()
        .code(),
        "out_of_range"
    );
    assert_eq!(
        run(
            data(),
            &official(),
            &McInput {
                correlation: Some("1".into()),
                ..ok.clone()
            }
        )
        .unwrap_err()
        .code(),
        "out_of_range"
    );
    let mut spreads = BTreeMap::new();
    spreads.insert("gdp".to_string(), "-1".to_string());
    assert_eq!(
        run(
            data(),
            &official(),
            &McInput {
                spreads,
                ..ok.clone()
            }
        )
        .unwrap_err()
        .code(),
        "out_of_range"
    );
    let mut spreads = BTreeMap::new();
    spreads.insert("mars".to_string(), "1".to_string());
    assert_eq!(
        run(data(), &official(), &McInput { spreads, ..ok })
            .unwrap_err()
            .code(),
        "unknown_indicator"
    );
}
