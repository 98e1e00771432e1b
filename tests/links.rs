//! Share links already out in the world: committed corpora of links (`tests/fixtures/`,
//! one per format version), each link with the scenario it stands for and its projection,
//! written once by the code of the day. Every link must decode to exactly that scenario and
//! project to exactly those figures, whatever the code or the dataset has become since:
//! under a later edition that adds an indicator, under one that adds none, and never under
//! another report's dataset.
//!
//! A corpus is never rewritten: `write_corpus` (run by hand, `cargo test --test links --
//! --ignored`) only creates the corpus of the format version this build writes, where
//! there is none yet.
#![cfg(not(target_arch = "wasm32"))]

mod editions;

use editions::{dataset_with, second_edition, ADDED};
use longgang_sim::dataset::Dataset;
use longgang_sim::number::{canonical, Dec};
use longgang_sim::projection::project;
use longgang_sim::report::{view, Lang, Messages};
use longgang_sim::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

/// A committed corpus, read when the test runs (so the generator can build without it).
fn corpus(version: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/links-{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

include!("corpus/derived_names.rs");

/// What a row of a corpus records for each indicator.
const ROW: [&str; 4] = ["growth", "projected", "projectedExact", "status"];

/// The scenarios a corpus holds: the presets, both GDP modes, the ends of every range,
/// negative growth, two decimals, and deflators other than the default.
fn corpus_scenarios() -> Vec<(&'static str, Scenario)> {
    let preset = |id: &str| Scenario::from_preset(data(), id).unwrap();
    let with = |base: &str, changes: &[(&str, &str)], deflator: &str, mode: GdpMode| {
        let mut scenario = preset(base);
        for (id, value) in changes {
            assert!(scenario.growth.contains_key(*id), "{id}");
            scenario
                .growth
                .insert(id.to_string(), Dec(Decimal::from_str(value).unwrap()));
        }
        scenario.deflator = Dec(Decimal::from_str(deflator).unwrap());
        scenario.gdp_mode = mode;
        scenario.validate(data()).unwrap();
        scenario
    };
    let ends = |upper: bool, deflator: &str, mode: GdpMode| {
        let mut scenario = preset("official");
        for indicator in &data().indicators {
            let range = &indicator.range;
            let end = if upper { range.max } else { range.min };
            scenario.growth.insert(indicator.id.clone(), end);
        }
        scenario.deflator = Dec(Decimal::from_str(deflator).unwrap());
        scenario.gdp_mode = mode;
        scenario.validate(data()).unwrap();
        scenario
    };
    let zero: Vec<(&str, &str)> = data()
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), "0"))
        .collect();
    let two_decimals = [
        ("gdp", "6.25"),
        ("industrial_va", "7.75"),
        ("fiscal_revenue", "8.05"),
        ("budget_revenue", "-0.01"),
        ("retail_sales", "9.99"),
        ("exports", "12.34"),
        ("deposits_loans", "18.81"),
        ("urban_income", "6.45"),
        ("rural_income", "7.01"),
        ("primary", "3.33"),
        ("secondary", "5.55"),
        ("tertiary", "7.77"),
        ("fai", "14.95"),
        ("foreign_trade", "0.01"),
    ];
    let negative = [
        ("gdp", "-3.5"),
        ("industrial_va", "-12.25"),
        ("fiscal_revenue", "-6"),
        ("budget_revenue", "-8.4"),
        ("retail_sales", "-0.5"),
        ("exports", "-19.99"),
        ("rural_income", "-1"),
        ("primary", "-2.2"),
        ("secondary", "-4.75"),
        ("tertiary", "-1.05"),
        ("fai", "-29.9"),
        ("foreign_trade", "-30"),
    ];
    let sectors = [
        ("primary", "-3.33"),
        ("secondary", "4.44"),
        ("tertiary", "12.01"),
    ];
    use GdpMode::{Direct, Sectors};
    vec![
        ("the official preset", preset("official")),
        ("the momentum preset", preset("momentum")),
        ("the cautious preset", preset("cautious")),
        ("the ambitious preset", preset("ambitious")),
        (
            "official, GDP from the sectors",
            with("official", &[], "0", Sectors),
        ),
        (
            "momentum, GDP from the sectors, prices up 2.5%",
            with("momentum", &[], "2.5", Sectors),
        ),
        (
            "official, sectors diverging, GDP from the sectors, prices up 0.5%",
            with("official", &sectors, "0.5", Sectors),
        ),
        (
            "the same sectors with GDP set directly",
            with("official", &sectors, "0.5", Direct),
        ),
        (
            "official, GDP at 5.9, prices down 2.35%",
            with("official", &[("gdp", "5.9")], "-2.35", Direct),
        ),
        ("every range at its lower end", ends(false, "-5", Direct)),
        (
            "every range at its lower end, GDP from the sectors",
            ends(false, "-5", Sectors),
        ),
        ("every range at its upper end", ends(true, "10", Direct)),
        (
            "every range at its upper end, GDP from the sectors",
            ends(true, "10", Sectors),
        ),
        (
            "negative growth, prices down 1.25%",
            with("official", &negative, "-1.25", Direct),
        ),
        (
            "two decimals everywhere, prices up 1.75%",
            with("official", &two_decimals, "1.75", Direct),
        ),
        (
            "two decimals, GDP from the sectors, prices up 9.99%",
            with("official", &two_decimals, "9.99", Sectors),
        ),
        ("no growth at all", with("official", &zero, "0", Direct)),
        (
            "no growth, prices down 4.99%",
            with("official", &zero, "-4.99", Sectors),
        ),
    ]
}

/// One corpus entry: the link, the scenario and what projecting it gives.
fn entry(name: &str, scenario: &Scenario) -> Value {
    let projection = serde_json::to_value(view::projection(
        data(),
        &project(data(), scenario).unwrap(),
    ))
    .unwrap();
    let rows: serde_json::Map<String, Value> = projection["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let fields: serde_json::Map<String, Value> = ROW
                .iter()
                .map(|key| (key.to_string(), row[key].clone()))
                .collect();
            (row["id"].as_str().unwrap().to_string(), fields.into())
        })
        .collect();
    let derived: serde_json::Map<String, Value> = DERIVED
        .iter()
        .map(|(recorded, key)| (recorded.to_string(), projection["derived"][key].clone()))
        .collect();
    json!({
        "name": name,
        "link": scenario.encode(data()),
        "scenario": serde_json::to_value(scenario).unwrap(),
        "rows": rows,
        "derived": derived,
    })
}

/// The corpus as text: one entry per link, one line per row, so a diff names the figure.
fn corpus_text(version: &str, entries: &[Value]) -> String {
    let line = |value: &Value| serde_json::to_string(value).unwrap();
    let mut out = String::new();
    out.push_str("{\n");
    out.push_str(&format!("  \"version\": {},\n", line(&json!(version))));
    out.push_str(&format!(
        "  \"about\": {},\n",
        line(&json!(format!(
            "Share links in format {version} as the code of the day wrote them, each with its \
             scenario and projection. Written once; never edit or regenerate: every link must \
             decode to this scenario and project to these figures for as long as the \
             simulator exists."
        )))
    ));
    out.push_str("  \"links\": [\n");
    for (i, entry) in entries.iter().enumerate() {
        out.push_str("    {\n");
        out.push_str(&format!("      \"name\": {},\n", line(&entry["name"])));
        out.push_str(&format!("      \"link\": {},\n", line(&entry["link"])));
        out.push_str(&format!(
            "      \"scenario\": {},\n",
            line(&entry["scenario"])
        ));
        out.push_str("      \"rows\": {\n");
        let rows = entry["rows"].as_object().unwrap();
        for (j, (id, row)) in rows.iter().enumerate() {
            let comma = if j + 1 < rows.len() { "," } else { "" };
            out.push_str(&format!(
                "        {}: {}{comma}\n",
                line(&json!(id)),
                line(row)
            ));
        }
        out.push_str("      },\n");
        out.push_str(&format!("      \"derived\": {}\n", line(&entry["derived"])));
        let comma = if i + 1 < entries.len() { "," } else { "" };
        out.push_str(&format!("    }}{comma}\n"));
    }
    out.push_str("  ]\n}\n");
    out
}

/// Writes the corpus of the format this build writes, unless it exists: a corpus records
/// what links meant when they were made, so it is written once and never again.
#[test]
#[ignore = "run by hand, once per link format version"]
fn write_corpus() {
    let first = Scenario::from_preset(data(), "official")
        .unwrap()
        .encode(data());
    let version = first.split('~').next().unwrap();
    let path = format!(
        "{}/tests/fixtures/links-{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::path::Path::new(&path).exists() {
        eprintln!("{path} exists; a corpus is never rewritten");
        return;
    }
    let entries: Vec<Value> = corpus_scenarios()
        .iter()
        .map(|(name, scenario)| entry(name, scenario))
        .collect();
    std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
    std::fs::write(&path, corpus_text(version, &entries)).unwrap();
}

/// Checks every link of a corpus against a dataset: it decodes to the recorded scenario
/// and projects to the recorded figures, and re-encodes in its own form to itself. An
/// indicator the dataset gained after the link's edition is the one thing the corpus
/// cannot record: it must hold the growth the dataset gives older links, in the scenario
/// and in its row. Returns how many links were checked.
///
/// The projections are those of edition 1's figures: an edition that corrects a figure
/// moves them, and this check names the figure (a scenario never moves).
fn check_corpus(dataset: &Dataset, corpus: &str) -> usize {
    let corpus: Value = serde_json::from_str(corpus).unwrap();
    let links = corpus["links"].as_array().unwrap();
    for entry in links {
        let name = entry["name"].as_str().unwrap();
        let link = entry["link"].as_str().unwrap();
        let (scenario, form) = Scenario::decode_link(dataset, link)
            .unwrap_or_else(|e| panic!("{name}: {link} does not decode: {e}"));
        assert_eq!(
            scenario.encode_as(dataset, form),
            link,
            "{name}: re-encoded"
        );
        // What the link cannot name: the indicators added after its edition.
        let later = |id: &str| {
            let (_, indicator) = dataset.indicator(id).unwrap();
            let added = indicator
                .added
                .as_ref()
                .filter(|a| a.edition > form.edition());
            added.map(|a| canonical(a.older_links.0))
        };
        let recorded = &entry["scenario"];
        assert_eq!(
            json!(canonical(scenario.deflator.0)),
            recorded["deflator"],
            "{name}"
        );
        assert_eq!(json!(scenario.gdp_mode), recorded["gdpMode"], "{name}");
        let growth = recorded["growth"].as_object().unwrap();
        for (id, value) in &scenario.growth {
            match growth.get(id) {
                Some(recorded) => assert_eq!(&json!(canonical(value.0)), recorded, "{name}: {id}"),
                None => assert_eq!(later(id), Some(canonical(value.0)), "{name}: added {id}"),
            }
        }
        assert!(
            growth.keys().all(|id| scenario.growth.contains_key(id)),
            "{name}"
        );

        let projection = serde_json::to_value(view::projection(
            dataset,
            &project(dataset, &scenario).unwrap(),
        ))
        .unwrap();
        let rows = projection["rows"].as_array().unwrap();
        let recorded = entry["rows"].as_object().unwrap();
        assert_eq!(rows.len(), scenario.growth.len(), "{name}: rows");
        for row in rows {
            let id = row["id"].as_str().unwrap();
            match recorded.get(id) {
                Some(recorded) => {
                    for key in ROW {
                        assert_eq!(row[key], recorded[key], "{name}: {id}.{key}");
                    }
                }
                None => assert_eq!(later(id), row["growth"].as_str().map(String::from)),
            }
        }
        for (recorded, key) in DERIVED {
            assert_eq!(
                projection["derived"][key], entry["derived"][recorded],
                "{name}: derived {key}"
            );
        }
    }
    links.len()
}

#[test]
fn v1_links_decode_to_the_scenarios_they_were_made_for() {
    assert_eq!(
        check_corpus(data(), &corpus("v1")),
        corpus_scenarios().len()
    );
}

#[test]
fn v2_links_decode_to_the_scenarios_they_were_made_for() {
    assert_eq!(
        check_corpus(data(), &corpus("v2")),
        corpus_scenarios().len()
    );
}

#[test]
fn the_corpora_cover_what_links_can_hold() {
    for version in ["v1", "v2"] {
        let corpus: Value = serde_json::from_str(&corpus(version)).unwrap();
        let links = corpus["links"].as_array().unwrap();
        let has = |what: &dyn Fn(&str) -> bool| {
            links
                .iter()
                .any(|entry| what(entry["link"].as_str().unwrap()))
        };
        assert!(has(&|l| l.starts_with(&format!("{version}~"))), "{version}");
        assert!(has(&|l| l.contains("~M1~")), "GDP from the sectors");
        assert!(has(&|l| !l.contains("~D0~")), "a deflator other than 0");
        assert!(has(&|l| l.contains("~D-5~")) && has(&|l| l.contains("~D10~")));
        assert!(has(&|l| l.contains("~gdp-20~") && l.contains("~fai-30~")));
        assert!(has(&|l| l.contains("~gdp40~") && l.contains("~fai60~")));
        assert!(has(&|l| l.contains("~gdp6.25~")), "two decimals");
        assert!(has(&|l| l.contains("~budget_revenue-0.01~")), "negative");
    }
}

#[test]
fn an_added_indicator_leaves_every_older_link_as_it_was() {
    let next = second_edition();
    // Every link of both corpora: the same scenario and figures, and the new indicator at
    // the growth the dataset gives older links.
    for version in ["v1", "v2"] {
        let checked = check_corpus(&next, &corpus(version));
        assert_eq!(checked, corpus_scenarios().len(), "{version}");
        let corpus: Value = serde_json::from_str(&corpus(version)).unwrap();
        for entry in corpus["links"].as_array().unwrap() {
            let link = entry["link"].as_str().unwrap();
            let scenario = Scenario::decode(&next, link).unwrap();
            assert_eq!(canonical(scenario.growth_of(ADDED)), "9");
            let old = Scenario::decode(data(), link).unwrap();
            let mut without = scenario.clone();
            without.growth.remove(ADDED);
            assert_eq!(without, old, "{link}");
        }
    }
    // Links of the new edition name it, and round-trip.
    let mut scenario = Scenario::from_preset(&next, "cautious").unwrap();
    scenario
        .growth
        .insert(ADDED.into(), Dec(Decimal::from_str("-3.75").unwrap()));
    let link = scenario.encode(&next);
    assert!(
        link.starts_with("v2~longgang-2024~E2~D0~M0~")
            && link.contains("~retail_sales6~tourism_revenue-3.75~exports6~"),
        "{link}"
    );
    assert_eq!(Scenario::decode(&next, &link).unwrap(), scenario);
    // This build's dataset is edition 1: a link of edition 2 may name indicators it does
    // not know, so it is refused by name rather than guessed at.
    let error = Scenario::decode(data(), &link).unwrap_err();
    assert_eq!(error.code(), "scenario_newer_edition");
    assert!(error
        .message(Lang::EN)
        .contains("a newer edition of the data"));
    // An edition-1 link that names the new indicator was not written by any encoder.
    let official = Scenario::from_preset(data(), "official")
        .unwrap()
        .encode(data());
    let body = official.rsplit_once('~').unwrap().0;
    let forged = longgang_sim::scenario::seal(&format!("{body}~tourism_revenue9"));
    assert_eq!(
        Scenario::decode(&next, &forged).unwrap_err().code(),
        "unknown_indicator"
    );
}

#[test]
fn a_new_edition_without_new_indicators_reads_older_links_the_same() {
    let next = dataset_with(|v| v["edition"] = json!(3));
    for version in ["v1", "v2"] {
        assert_eq!(
            check_corpus(&next, &corpus(version)),
            corpus_scenarios().len()
        );
    }
    let link = Scenario::from_preset(&next, "official")
        .unwrap()
        .encode(&next);
    assert!(link.starts_with("v2~longgang-2024~E3~"), "{link}");
}

#[test]
fn links_from_another_report_are_refused_by_name() {
    let other = dataset_with(|v| v["source"]["id"] = json!("wenzhou-2025"));
    for version in ["v1", "v2"] {
        let corpus: Value = serde_json::from_str(&corpus(version)).unwrap();
        for entry in corpus["links"].as_array().unwrap() {
            let error = Scenario::decode(&other, entry["link"].as_str().unwrap()).unwrap_err();
            assert_eq!(error.code(), "scenario_other_report");
            assert!(error.message(Lang::EN).contains("\"longgang-2024\""));
        }
    }
    // And the other way round.
    let theirs = Scenario::from_preset(&other, "official")
        .unwrap()
        .encode(&other);
    assert!(theirs.starts_with("v2~wenzhou-2025~E1~"), "{theirs}");
    let error = Scenario::decode(data(), &theirs).unwrap_err();
    assert_eq!(error.code(), "scenario_other_report");
    assert!(error.message(Lang::ZH).contains("“wenzhou-2025”"));
}
