//! Share links already out in the world: a committed corpus of links (`tests/fixtures/`),
//! each with the scenario it stands for and its projection, written once by the code of the
//! day. Every link must decode to exactly that scenario and project to exactly those
//! figures, whatever the code or the dataset has become since.
//!
//! The corpus is never rewritten: `write_corpus` (run by hand, `cargo test --test links --
//! --ignored`) only creates a file that does not exist yet.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::Dataset;
use longgang_sim::number::Dec;
use longgang_sim::projection::project;
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

/// The derived figures a corpus records: those the deflator and the GDP mode move.
const DERIVED: [&str; 6] = [
    "impliedGdpGrowth",
    "impliedGdpLevel",
    "nominalGdp2024",
    "urbanRuralRatio2024",
    "budgetRevenueToGdp2024",
    "faiToGdp2024",
];

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
    let projection = serde_json::to_value(project(data(), scenario).unwrap()).unwrap();
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
        .map(|key| (key.to_string(), projection["derived"][key].clone()))
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
/// and projects to the recorded figures.
fn check_corpus(dataset: &Dataset, corpus: &str) -> usize {
    let corpus: Value = serde_json::from_str(corpus).unwrap();
    let links = corpus["links"].as_array().unwrap();
    for entry in links {
        let name = entry["name"].as_str().unwrap();
        let link = entry["link"].as_str().unwrap();
        let scenario = Scenario::decode(dataset, link)
            .unwrap_or_else(|e| panic!("{name}: {link} does not decode: {e}"));
        assert_eq!(
            serde_json::to_value(&scenario).unwrap(),
            entry["scenario"],
            "{name}: the scenario"
        );
        assert_eq!(scenario.encode(dataset), link, "{name}: re-encoded");
        let projection = serde_json::to_value(project(dataset, &scenario).unwrap()).unwrap();
        let rows = projection["rows"].as_array().unwrap();
        let recorded = entry["rows"].as_object().unwrap();
        assert_eq!(rows.len(), recorded.len(), "{name}: rows");
        for row in rows {
            let id = row["id"].as_str().unwrap();
            for key in ROW {
                assert_eq!(row[key], recorded[id][key], "{name}: {id}.{key}");
            }
        }
        for key in DERIVED {
            assert_eq!(
                projection["derived"][key], entry["derived"][key],
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
fn the_corpus_covers_what_links_can_hold() {
    let corpus: Value = serde_json::from_str(&corpus("v1")).unwrap();
    let links = corpus["links"].as_array().unwrap();
    let has = |what: &dyn Fn(&str) -> bool| {
        links
            .iter()
            .any(|entry| what(entry["link"].as_str().unwrap()))
    };
    assert!(has(&|l| l.contains("~M1~")), "GDP from the sectors");
    assert!(has(&|l| !l.contains("~D0~")), "a deflator other than 0");
    assert!(has(&|l| l.contains("~D-5~")) && has(&|l| l.contains("~D10~")));
    assert!(has(&|l| l.contains("~gdp-20~") && l.contains("~fai-30~")));
    assert!(has(&|l| l.contains("~gdp40~") && l.contains("~fai60~")));
    assert!(has(&|l| l.contains("~gdp6.25~")), "two decimals");
    assert!(has(&|l| l.contains("~budget_revenue-0.01~")), "negative");
}
