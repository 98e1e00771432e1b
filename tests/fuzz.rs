//! Property-based fuzzing of everything that takes outside input: share-link strings (random
//! and mutated valid ones, in both format versions, against the shipped dataset and a later
//! edition of it), scenario JSON as the page sends it, and number text. Nothing may panic;
//! whatever decodes must re-encode, in its own format version and edition, to the same
//! string; whatever validates must project. The short run is part of the test command; the long run is
//! `PROPTEST_CASES=1000000 cargo test --release --test fuzz` (see the README).
#![cfg(not(target_arch = "wasm32"))]

mod editions;

use longgang_sim::analysis::{goal_seek, sensitivity, Goal, Output};
use longgang_sim::dataset::Dataset;
use longgang_sim::montecarlo::{run, McInput};
use longgang_sim::number::{canonical, parse_plain, parse_user, round_fixed, Dec};
use longgang_sim::projection::project;
use longgang_sim::report::{Lang, Messages};
use longgang_sim::scenario::{GdpMode, LinkForm, Scenario, ScenarioInput};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

/// The shipped dataset with an indicator added in edition 2 (see `editions`).
fn next_edition() -> &'static Dataset {
    static NEXT: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    NEXT.get_or_init(editions::second_edition)
}

/// Every form a link to the shipped dataset can take.
fn any_form() -> impl Strategy<Value = LinkForm> {
    prop_oneof![Just(LinkForm::V1), Just(LinkForm::V2 { edition: 1 })]
}

/// A valid scenario: every growth within its range, two decimals at most.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    scenario_of(data())
}

/// A valid scenario for a dataset.
fn scenario_of(dataset: &'static Dataset) -> impl Strategy<Value = Scenario> {
    let ranges: Vec<(i64, i64)> = dataset
        .indicators
        .iter()
        .map(|i| {
            (
                (i.range.min.0 * Decimal::ONE_HUNDRED).try_into().unwrap(),
                (i.range.max.0 * Decimal::ONE_HUNDRED).try_into().unwrap(),
            )
        })
        .collect();
    let growths: Vec<_> = ranges.into_iter().map(|(lo, hi)| lo..=hi).collect();
    (growths, -500i64..=1000, any::<bool>()).prop_map(move |(hundredths, deflator, sectors)| {
        let growth = dataset
            .indicators
            .iter()
            .zip(hundredths)
            .map(|(i, h)| (i.id.clone(), Dec(Decimal::new(h, 2))))
            .collect();
        Scenario {
            growth,
            deflator: Dec(Decimal::new(deflator, 2)),
            gdp_mode: if sectors {
                GdpMode::Sectors
            } else {
                GdpMode::Direct
            },
        }
    })
}

/// Text an attacker or a broken link might carry: the link alphabet, digits, signs,
/// separators, percent escapes, markup and non-ASCII.
fn link_like() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[v0-9a-zA-Z_~.%+<>\"'&;:/ 中-]{0,400}").unwrap()
}

proptest! {
    #[test]
    fn decoder_never_panics_and_round_trips(text in link_like()) {
        for dataset in [data(), next_edition()] {
            if let Ok((scenario, form)) = Scenario::decode_link(dataset, &text) {
                prop_assert_eq!(scenario.encode_as(dataset, form), text.clone());
            }
        }
    }

    #[test]
    fn mutated_links_fail_cleanly_or_round_trip(
        scenario in valid_scenario(),
        form in any_form(),
        position in any::<prop::sample::Index>(),
        replacement in proptest::string::string_regex("[0-9a-zE_~.\\-]{0,3}").unwrap(),
        cut in any::<bool>(),
    ) {
        let link = scenario.encode_as(data(), form);
        prop_assert_eq!(Scenario::decode_link(data(), &link).unwrap(), (scenario, form));
        let at = position.index(link.len());
        let mutated = if cut { link[..at].to_string() } else { format!("{}{}{}", &link[..at], replacement, &link[(at + 1).min(link.len())..]) };
        for dataset in [data(), next_edition()] {
            match Scenario::decode_link(dataset, &mutated) {
                Ok((decoded, form)) => prop_assert_eq!(decoded.encode_as(dataset, form), mutated.clone()),
                Err(error) => prop_assert!(!error.code().is_empty() && !error.message(Lang::ZH).is_empty()),
            }
        }
    }

    /// Links of every edition against a later dataset: an older link reads as it did, with
    /// the added indicator at the growth the dataset gives older links; a link of the later
    /// edition names it and reads back exactly; the shipped dataset refuses it by name.
    #[test]
    fn links_of_every_edition_round_trip_under_a_later_one(
        scenario in scenario_of(next_edition()),
        position in any::<prop::sample::Index>(),
        replacement in proptest::string::string_regex("[0-9a-zE_~.\\-]{0,3}").unwrap(),
    ) {
        let next = next_edition();
        let older = {
            let mut older = scenario.clone();
            older.growth.insert(editions::ADDED.into(), Dec(Decimal::new(9, 0)));
            older
        };
        for form in [LinkForm::V1, LinkForm::V2 { edition: 1 }, LinkForm::V2 { edition: 2 }] {
            let link = scenario.encode_as(next, form);
            let (decoded, read) = Scenario::decode_link(next, &link).unwrap();
            prop_assert_eq!(read, form);
            prop_assert_eq!(&decoded, if form.edition() == 2 { &scenario } else { &older });
            prop_assert_eq!(decoded.encode_as(next, form), link.clone());
            match Scenario::decode_link(data(), &link) {
                Ok((shipped, read)) => {
                    prop_assert!(form.edition() == 1);
                    let mut without = decoded.clone();
                    without.growth.remove(editions::ADDED);
                    prop_assert_eq!(shipped.encode_as(data(), read), link.clone());
                    prop_assert_eq!(shipped, without);
                }
                Err(error) => prop_assert_eq!((form.edition(), error.code()), (2, "scenario_newer_edition")),
            }
            let at = position.index(link.len());
            let mutated = format!("{}{}{}", &link[..at], replacement, &link[(at + 1).min(link.len())..]);
            if let Ok((decoded, read)) = Scenario::decode_link(next, &mutated) {
                prop_assert_eq!(decoded.encode_as(next, read), mutated);
            }
        }
    }

    #[test]
    fn number_text_never_panics(text in any::<String>()) {
        let _ = parse_user("gdp", &text, 2);
        if let Some(value) = parse_plain(&text) {
            prop_assert_eq!(parse_plain(&canonical(value)), Some(value));
        }
    }

    #[test]
    fn number_like_text_parses_consistently(text in proptest::string::string_regex("[+-]?[0-9０-９]{0,30}[.．]?[0-9]{0,32}(e[0-9]{1,3})?").unwrap()) {
        match parse_user("gdp", &text, 2) {
            Ok(value) => prop_assert!(value.scale() <= 2),
            Err(error) => prop_assert!(matches!(error.code(), "not_a_number" | "too_precise")),
        }
    }

    #[test]
    fn scenario_json_as_the_page_sends_it(
        values in prop::collection::vec(proptest::string::string_regex("[-+0-9.eE a-zN]{0,12}").unwrap(), 14),
        deflator in proptest::option::of(proptest::string::string_regex("[-0-9.]{0,6}").unwrap()),
        mode in proptest::option::of("direct|sectors|magic"),
        extra in proptest::option::of("[a-z]{1,8}"),
    ) {
        let mut growth: BTreeMap<String, String> = data().indicators.iter().map(|i| i.id.clone()).zip(values).collect();
        if let Some(id) = extra {
            growth.insert(id, "1".into());
        }
        let json = serde_json::json!({ "growth": growth, "deflator": deflator, "gdpMode": mode });
        let input: ScenarioInput = serde_json::from_value(json).unwrap();
        if let Ok(scenario) = Scenario::from_input(data(), &input) {
            prop_assert!(project(data(), &scenario).is_ok());
            prop_assert_eq!(Scenario::decode(data(), &scenario.encode(data())).unwrap(), scenario);
        }
    }

    #[test]
    fn every_valid_scenario_can_be_analysed(scenario in valid_scenario(), level in 0u32..2_000_000) {
        let projection = project(data(), &scenario).unwrap();
        prop_assert_eq!(projection.rows.len(), 14);
        for output in [Output::GdpGrowth, Output::UrbanRuralRatio, Output::BudgetToGdp, Output::FaiToGdp] {
            prop_assert!(sensitivity(data(), &scenario, output).is_ok());
        }
        let goal = Goal::Level(canonical(Decimal::new(i64::from(level), 2)));
        for solve in [None, Some("tertiary")] {
            match goal_seek(data(), &scenario, "gdp", &goal, solve) {
                Ok(answer) => {
                    // A fall of more than 100% is refused, never answered.
                    prop_assert!(answer.growth >= -Decimal::ONE_HUNDRED);
                    let shown = longgang_sim::report::view::goal_seek(&answer);
                    prop_assert_eq!(shown.growth, round_fixed(answer.growth, 2));
                }
                Err(error) => prop_assert_eq!(error.code(), "goal_unreachable"),
            }
        }
        let mc = run(data(), &scenario, &McInput { draws: 50, seed: level, correlation: Some("0.5".into()), spreads: BTreeMap::new() });
        prop_assert!(mc.is_ok());
    }
}
