//! Explanations with the report's numbers: golden cases written out by hand, and over a
//! grid of scenarios the invariant that matters to a reader — the numbers put into every
//! explanation recompute, by the formula shown, to the figure the table shows, and every
//! quote given as a source is verbatim in the report.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::explain::{explain, explain_in, figures, Formula, Source};
use longgang_sim::number::{round_fixed, Dec};
use longgang_sim::projection::{project, Status};
use longgang_sim::report::explain::{plain_text, view};
use longgang_sim::report::Lang;
use longgang_sim::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;

#[path = "support/scenarios.rs"]
mod scenarios;
use scenarios::{data, official, with};

fn report_text() -> &'static str {
    include_str!("../seeds/reports/longgang-2024/000_f855646ea6645c30.txt")
}

/// Scenario changes from the official one, figure, numbers line (its start, for long
/// divisions), and the figure as shown.
type Golden<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str, &'a str);

#[test]
fn golden_explanations_of_the_reports_own_cases() {
    let table: &[Golden] = &[
        (&[], "gdp", "409.49 × (1 + 6.5 ÷ 100) = 436.10685", "436.11"),
        (
            &[("gdp", "7")],
            "gdp",
            "409.49 × (1 + 7 ÷ 100) = 438.1543",
            "438.15",
        ),
        (
            &[],
            "gdp.target_level",
            "409.49 × (1 + 6.5 ÷ 100) = 436.10685",
            "436.11",
        ),
        (
            &[("gdp", "6")],
            "gdp.gap_level",
            "434.0594 − 436.10685 = -2.04745",
            "-2.05",
        ),
        (&[("gdp", "6")], "gdp.gap_points", "6 − 6.5 = -0.5", "-0.50"),
        (
            &[],
            "urban_income",
            "68801 × (1 + 6.5 ÷ 100) = 73273.065",
            "73273.07",
        ),
        (&[], "fai", "206.28 × (1 + 15 ÷ 100) = 237.222", "237.22"),
        (
            &[],
            "derived.urban_rural_ratio.base",
            "68801 ÷ 38425 = 1.790527000650618",
            "1.79",
        ),
        (
            &[],
            "derived.key_projects_to_fai.plan",
            "236.9 ÷ 237.222 × 100 = 99.864262",
            "99.86",
        ),
        (
            &[("retail_sales", "-1.5")],
            "retail_sales.gap_points",
            "(-1.5) − 8 = -9.5",
            "-9.50",
        ),
    ];
    for (changes, figure, numbers, shown) in table {
        let scenario = with(official(), changes);
        let explanation = explain(data(), &scenario, figure).unwrap();
        let shown_view = view(data(), &explanation, Lang::ZH);
        // Long divisions are compared to as many digits as the table writes.
        assert!(
            shown_view.numbers.starts_with(numbers) || shown_view.numbers == *numbers,
            "{figure}: {}",
            shown_view.numbers
        );
        assert_eq!(shown_view.shown, *shown, "{figure}");
    }
}

#[test]
fn gdp_explained_in_every_language() {
    let explanation = explain(data(), &official(), "gdp").unwrap();
    let zh = view(data(), &explanation, Lang::ZH);
    assert_eq!(zh.title, "2024年地区生产总值（推演）");
    assert_eq!(
        zh.words,
        "2023年地区生产总值 × (1 + 2024年地区生产总值增速（%） ÷ 100)"
    );
    assert_eq!(zh.numbers, "409.49 × (1 + 6.5 ÷ 100) = 436.10685");
    assert_eq!(zh.shown_amount.as_deref(), Some("436.11亿元"));
    assert_eq!(zh.rounding, "四舍五入保留2位小数");
    assert_eq!(zh.inputs[0].kind, "report");
    assert!(zh.inputs[0]
        .source
        .contains("全年实现地区生产总值409.49亿元"));
    assert_eq!(zh.inputs[1].kind, "assumption");
    assert_eq!(
        zh.inputs[1].source,
        "你的假设，与报告目标相同：“地区生产总值增长6.5%以上”"
    );
    let en = view(data(), &explanation, Lang::EN);
    assert_eq!(en.title, "Gross domestic product, 2024 (projected)");
    assert_eq!(en.shown_amount.as_deref(), Some("43.611 bn yuan"));
    assert_eq!(en.unit.as_deref(), Some("Unit: bn yuan"));
    // In English an amount in 亿元 is in bn yuan, as the table shows it: the point of every
    // level moves alike, so the formula holds as written.
    assert_eq!(en.numbers, "40.949 × (1 + 6.5 ÷ 100) = 43.610685");
    assert_eq!(en.shown, "43.611");
    assert_eq!(en.inputs[0].value, "40.949");
    assert_eq!(
        en.inputs[0].quote.as_deref(),
        Some("全年实现地区生产总值409.49亿元,增速8.7%,增速居温州第1、全省第3。")
    );
    assert_eq!(
        en.inputs[1].source,
        "Your assumption, the same as the report's target: “地区生产总值增长6.5%以上”"
    );
    let hant = view(data(), &explanation, Lang::ZH_HANT);
    assert_eq!(hant.title, "2024年地區生產總值（推演）");
    assert_eq!(hant.rounding, "四捨五入保留2位小數");
    let text = plain_text(&zh, Lang::ZH);
    assert!(
        text.contains("\n  → 436.11（四舍五入保留2位小数），即436.11亿元\n  单位：亿元\n"),
        "{text}"
    );
    let text = plain_text(&en, Lang::EN);
    assert!(
        text.contains(
            "\n  → 43.611 (rounded half away from zero to 3 decimal places), that is 43.611 bn yuan\n"
        ),
        "{text}"
    );
}

#[test]
fn a_changed_assumption_is_the_readers_own() {
    let explanation = explain(data(), &with(official(), &[("gdp", "6")]), "gdp").unwrap();
    assert_eq!(
        explanation.inputs[1].source,
        Source::Assumption { official: None }
    );
    let en = view(data(), &explanation, Lang::EN);
    assert_eq!(en.inputs[1].source, "Your assumption");
}

#[test]
fn status_explains_its_rule_and_verdict() {
    let explanation = explain(
        data(),
        &with(official(), &[("retail_sales", "8.6")]),
        "retail_sales.status",
    )
    .unwrap();
    assert_eq!(explanation.status, Some(Status::Exceeds));
    assert_eq!(explanation.recompute_status(), Some(Status::Exceeds));
    let zh = view(data(), &explanation, Lang::ZH);
    assert_eq!(zh.status, Some("exceeds"));
    assert_eq!(zh.verdict.as_deref(), Some("结论：高于目标"));
    assert!(zh.rule.as_deref().unwrap().contains("0.5个百分点"));
}

#[test]
fn gdp_from_the_sectors_is_their_sum_and_its_growth_derived() {
    let mut scenario = official();
    scenario.gdp_mode = GdpMode::Sectors;
    let level = explain(data(), &scenario, "gdp").unwrap();
    assert_eq!(level.formula, Formula::Sum);
    assert_eq!(level.inputs.len(), 3);
    let growth = explain(data(), &scenario, "gdp.growth").unwrap();
    assert_eq!(growth.formula, Formula::SumGrowth);
    assert_eq!(growth.recompute(), Some(growth.result));
    // GDP's growth in the row points to its own explanation.
    let gap = explain(data(), &scenario, "gdp.gap_points").unwrap();
    assert_eq!(
        gap.inputs[0].source,
        Source::Figure {
            id: "gdp.growth".into()
        }
    );
}

#[test]
fn unknown_figures_are_refused_with_their_code() {
    for figure in [
        "",
        "gdp.nothing",
        "derived.nothing.plan",
        "nowhere",
        "derived.structure.plan",
        "fiscal_revenue.status",
    ] {
        let error = explain(data(), &official(), figure).unwrap_err();
        assert_eq!(error.code(), "unknown_figure", "{figure:?}");
    }
}

/// Scenarios across the sliders' ranges: every preset, then each indicator moved up and
/// down, both GDP modes, and deflators other than the default.
fn grid() -> Vec<Scenario> {
    let mut out = Vec::new();
    for preset in &data().presets {
        out.push(Scenario::from_preset(data(), &preset.id).unwrap());
    }
    let mut seed = 0x5eed_u64;
    for k in 0..60 {
        let mut scenario = official();
        for indicator in &data().indicators {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let (min, max) = (indicator.range.min.0, indicator.range.max.0);
            let span = ((max - min) * Decimal::from(10)).trunc();
            let step = Decimal::from(seed % (span.to_string().parse::<u64>().unwrap() + 1));
            scenario
                .growth
                .insert(indicator.id.clone(), Dec(min + step / Decimal::from(10)));
        }
        scenario.gdp_mode = if k % 2 == 0 {
            GdpMode::Direct
        } else {
            GdpMode::Sectors
        };
        scenario.deflator = Dec(Decimal::from((k % 7) as i64 - 2));
        out.push(scenario);
    }
    out
}

#[test]
fn every_explanation_recomputes_to_the_figure_shown() {
    let mut checked = 0;
    for scenario in grid() {
        let projection = project(data(), &scenario).unwrap();
        for figure in figures(data(), &projection) {
            let explanation = explain_in(data(), &projection, &figure).unwrap();
            assert_eq!(
                explanation.recompute(),
                Some(explanation.result),
                "{figure} under {}",
                scenario.encode(data())
            );
            // The result is the figure the table and derived figures hold.
            let (id, part) = figure.split_once('.').unwrap_or((&figure, ""));
            let expected = if let Some(derived) = figure.strip_prefix("derived.") {
                projection.derived.value(derived)
            } else {
                let row = projection.rows.iter().find(|r| r.id == id).unwrap();
                let target = row.target.as_ref();
                match part {
                    "" => Some(row.projected),
                    "growth" => Some(row.growth),
                    "target_level" => target.map(|t| t.level),
                    "gap_level" => target.map(|t| t.gap_level),
                    "gap_points" | "status" => target.map(|t| t.gap_points),
                    _ => None,
                }
            };
            assert_eq!(Some(explanation.result), expected, "{figure}");
            if part == "status" {
                let row = projection.rows.iter().find(|r| r.id == id).unwrap();
                assert_eq!(explanation.recompute_status(), Some(row.status), "{figure}");
            }
            // The figure shown is the exact result rounded once.
            let shown = view(data(), &explanation, Lang::ZH);
            assert_eq!(
                shown.shown,
                round_fixed(explanation.result, explanation.decimals)
            );
            assert!(
                shown.numbers.ends_with(&format!("= {}", shown.exact)),
                "{figure}"
            );
            for input in &explanation.inputs {
                if let Source::Report { quote } | Source::IndexBase { quote } = &input.source {
                    assert!(report_text().contains(quote.as_str()), "{figure}: {quote}");
                }
                if let Source::Figure { id } = &input.source {
                    // What an input points to is itself explained, with the same value.
                    let inner = explain_in(data(), &projection, id).unwrap();
                    assert_eq!(inner.result, input.value, "{figure} → {id}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 3000, "{checked}");
}

#[test]
fn the_list_names_every_figure_once() {
    let projection = project(data(), &official()).unwrap();
    let list = figures(data(), &projection);
    let mut unique = list.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), list.len());
    assert!(list.contains(&"gdp.status".to_string()));
    assert!(list.contains(&"derived.structure.tertiary.plan".to_string()));
    assert!(
        !list.contains(&"exports.status".to_string()),
        "no target, no status"
    );
}

#[test]
fn an_uncertainty_runs_figures_explain_themselves_from_the_run() {
    use longgang_sim::explain::explain_uncertainty;
    use longgang_sim::montecarlo::{run, McInput};
    for (draws, seed, correlation) in [(2000, 7, "0.3"), (500, 1, "0"), (5000, 42, "0.9")] {
        let input = McInput {
            draws,
            seed,
            correlation: Some(correlation.to_string()),
            spreads: Default::default(),
        };
        let scenario = with(official(), &[("gdp", "6.2")]);
        let result = run(data(), &scenario, &input).unwrap();
        for row in &result.rows {
            for part in ["probability", "p5", "p95"] {
                let figure = format!("{}.{part}", row.id);
                let explained = explain_uncertainty(data(), &scenario, &input, &figure);
                let Ok(explanation) = explained else {
                    assert!(
                        part == "probability" && row.probability.is_none(),
                        "{figure}"
                    );
                    assert_eq!(explained.unwrap_err().code(), "unknown_figure");
                    continue;
                };
                assert_eq!(
                    explanation.recompute(),
                    Some(explanation.result),
                    "{figure}"
                );
                let expected = match part {
                    "probability" => row.probability.unwrap(),
                    "p5" => row.p5,
                    _ => row.p95,
                };
                assert_eq!(explanation.result, expected, "{figure}");
            }
        }
    }
    // GDP at 6.2 against "at least 6.5": the run's words, in English.
    let input = McInput {
        draws: 2000,
        seed: 7,
        correlation: Some("0.3".into()),
        spreads: Default::default(),
    };
    let explanation = explain_uncertainty(
        data(),
        &with(official(), &[("gdp", "6.2")]),
        &input,
        "gdp.probability",
    )
    .unwrap();
    let en = view(data(), &explanation, Lang::EN);
    assert_eq!(
        en.title,
        "Gross domestic product: chance of meeting its 2024 target (%)"
    );
    assert_eq!(
        en.inputs[0].source,
        "Counted among the draws: growth of at least 6.5% (the target's rule)"
    );
    assert!(en.inputs[1].source.starts_with("Monte Carlo run: 2000 draws, seed 7, correlation between the growth rates 0.3, this indicator's spread (standard deviation) "), "{}", en.inputs[1].source);
    assert!(en
        .numbers
        .starts_with(&format!("{} ÷ 2000 × 100 = ", en.inputs[0].value)));
}

#[test]
fn a_goal_seeks_answer_explains_itself() {
    use longgang_sim::analysis::{goal_seek, Goal};
    use longgang_sim::explain::explain_goal_seek;
    // (indicator, goal, solve for, numbers line)
    let cases: &[(&str, Goal, Option<&str>, &str)] = &[
        (
            "gdp",
            Goal::Level("450".into()),
            None,
            "(450 ÷ 409.49 − 1) × 100 = 9.8927934748101296734963",
        ),
        (
            "fai",
            Goal::Official,
            None,
            "(237.222 ÷ 206.28 − 1) × 100 = 15",
        ),
        (
            "gdp",
            Goal::Official,
            Some("tertiary"),
            "((436.10685 − 10.31985 − 184.31955) ÷ 226.73 − 1) × 100 = 6.5",
        ),
    ];
    for (indicator, goal, solve_for, numbers) in cases {
        let explanation =
            explain_goal_seek(data(), &official(), indicator, goal, *solve_for).unwrap();
        let answer = goal_seek(data(), &official(), indicator, goal, *solve_for).unwrap();
        assert_eq!(explanation.result, answer.growth, "{indicator}");
        assert_eq!(explanation.recompute(), Some(answer.growth), "{indicator}");
        let zh = view(data(), &explanation, Lang::ZH);
        assert!(zh.numbers.starts_with(numbers), "{}", zh.numbers);
    }
    let explanation =
        explain_goal_seek(data(), &official(), "gdp", &Goal::Level("450".into()), None).unwrap();
    let en = view(data(), &explanation, Lang::EN);
    assert_eq!(
        en.title,
        "Gross domestic product: the 2024 growth it takes (%)"
    );
    assert_eq!(en.inputs[1].source, "The level you typed");
    // In bn yuan in English, the ratio unchanged.
    assert!(
        en.numbers
            .starts_with("(45.0 ÷ 40.949 − 1) × 100 = 9.89279"),
        "{}",
        en.numbers
    );
    let official_goal =
        explain_goal_seek(data(), &official(), "fai", &Goal::Official, None).unwrap();
    assert_eq!(
        official_goal.inputs[1].source,
        Source::Figure {
            id: "fai.target_level".into()
        }
    );
}

#[test]
fn each_end_of_a_tornado_bar_explains_itself() {
    use longgang_sim::analysis::{sensitivity, Output};
    use longgang_sim::explain::explain_sensitivity_end;
    let scenario = with(official(), &[("tertiary", "9")]);
    let mut checked = 0;
    for name in [
        "gdp_growth",
        "urban_rural_ratio",
        "budget_to_gdp",
        "fai_to_gdp",
    ] {
        let output = Output::parse(name).unwrap();
        for swing in sensitivity(data(), &scenario, output).unwrap().swings {
            for (low, expected) in [(true, swing.low_output), (false, swing.high_output)] {
                let e = explain_sensitivity_end(data(), &scenario, output, &swing.id, low).unwrap();
                assert_eq!(e.result, expected, "{name} {}", swing.id);
                assert_eq!(e.recompute(), Some(expected), "{name} {}", swing.id);
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "{checked}");
    let e = explain_sensitivity_end(
        data(),
        &scenario,
        Output::UrbanRuralRatio,
        "rural_income",
        true,
    )
    .unwrap();
    let zh = view(data(), &e, Lang::ZH);
    assert_eq!(zh.title, "城乡居民收入比（2024年）");
    assert_eq!(
        zh.varied.as_deref(),
        Some("此处2024年农村居民人均可支配收入增速（%）取其区间的最低值-20%，其余假设不变。")
    );
    assert!(
        zh.numbers.starts_with("73273.065 ÷ 30740 = "),
        "{}",
        zh.numbers
    );
    // An assumption that does not move the output has no bar to explain.
    let error = explain_sensitivity_end(data(), &scenario, Output::UrbanRuralRatio, "gdp", true)
        .unwrap_err();
    assert_eq!(error.code(), "unknown_figure");
}
