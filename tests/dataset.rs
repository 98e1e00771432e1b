//! The dataset against its source: every quote is verbatim report text holding the number
//! it backs, the figures add up where the report says they do, and a broken edit fails
//! with the field and the reason.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::{Dataset, Qualifier};
use longgang_sim::number::canonical;
use longgang_sim::report::{Lang, Messages};
use longgang_sim::EMBEDDED_JSON;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

const REPORT: &str = include_str!("../seeds/reports/longgang-2024/000_f855646ea6645c30.txt");

fn data() -> &'static Dataset {
    longgang_sim::embedded().expect("embedded dataset is valid")
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// Every (what, number, quote, must-be-followed-by) the dataset asserts.
fn claims() -> Vec<(String, String, String, &'static str)> {
    let d = data();
    let mut out = Vec::new();
    for i in &d.indicators {
        if let Some(v) = &i.base {
            out.push((
                format!("{}.base", i.id),
                canonical(v.value.0),
                v.quote.clone(),
                "",
            ));
        }
        if let Some(g) = &i.base_growth {
            out.push((
                format!("{}.baseGrowth", i.id),
                canonical(g.value.0),
                g.quote.clone(),
                "%",
            ));
        }
        if let Some(t) = &i.target {
            out.push((
                format!("{}.target", i.id),
                canonical(t.value.0),
                t.quote.clone(),
                "%",
            ));
        }
    }
    let plan = &d.key_projects;
    out.push((
        "key_projects.total".into(),
        canonical(plan.total.value.0),
        plan.total.quote.clone(),
        "亿元",
    ));
    for f in &plan.fields {
        out.push((
            format!("key_projects.{}", f.id),
            canonical(f.value.0),
            f.quote.clone(),
            "亿元",
        ));
    }
    for t in &d.other_targets {
        out.push((t.id.clone(), canonical(t.value.0), t.quote.clone(), ""));
        if let Some(a) = &t.base_actual {
            out.push((
                format!("{}.baseActual", t.id),
                canonical(a.value.0),
                a.quote.clone(),
                "",
            ));
        }
    }
    if let Some(account) = &d.base_account {
        // Counts of indicators: "13项指标中10项指标较好完成,…3项指标".
        for (field, count) in [
            ("indicators", &account.indicators),
            ("completed", &account.completed),
            ("short", &account.short),
        ] {
            out.push((
                format!("baseAccount.{field}"),
                canonical(count.0),
                account.quote.clone(),
                "项",
            ));
        }
        for (i, shortfall) in account.shortfalls.iter().enumerate() {
            for figure in &shortfall.figures {
                out.push((
                    format!("baseAccount.shortfalls[{i}]"),
                    canonical(figure.0),
                    shortfall.quote.clone(),
                    "",
                ));
            }
        }
    }
    out
}

#[test]
fn seed_report_is_the_published_text() {
    assert!(REPORT.starts_with(
        "关于2023年龙港市国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    ));
    assert!(REPORT.contains("2024年2月4日在龙港市第二届人民代表大会第三次会议上 龙港市经济发展局"));
    assert_eq!(
        REPORT.len(),
        40100,
        "the seed must be the report byte for byte"
    );
}

#[test]
fn every_quote_is_verbatim_and_holds_its_number() {
    let claims = claims();
    assert!(claims.len() > 50, "only {} claims", claims.len());
    for (what, number, quote, suffix) in claims {
        assert!(
            REPORT.contains(&quote),
            "{what}: quote not in the report: {quote}"
        );
        let needle = format!("{number}{suffix}");
        let found = quote.match_indices(&needle).any(|(at, _)| {
            // The number must stand alone, not be the tail of a longer one (8 inside 18.8).
            let before = quote[..at].chars().last();
            !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
        });
        assert!(found, "{what}: {needle} not in its quote: {quote}");
    }
}

#[test]
fn level_missing_and_structure_quotes_are_verbatim() {
    let d = data();
    for i in &d.indicators {
        if let Some(missing) = &i.level_missing {
            assert!(REPORT.contains(&missing.quote), "{}", i.id);
        }
        if let Some(stand_in) = &i.stand_in {
            for lang in Lang::all() {
                assert!(!lang.pick(&stand_in.why).is_empty(), "{} {lang:?}", i.id);
            }
        }
    }
    let structure = d.base_structure.as_ref().unwrap();
    assert!(REPORT.contains(&structure.quote));
    assert!(structure.quote.contains(&structure.value));
}

#[test]
fn indicator_ids_are_the_published_contract() {
    let ids: Vec<&str> = data().indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "gdp",
            "industrial_va",
            "fiscal_revenue",
            "budget_revenue",
            "retail_sales",
            "exports",
            "deposits_loans",
            "urban_income",
            "rural_income",
            "primary",
            "secondary",
            "tertiary",
            "fai",
            "foreign_trade"
        ]
    );
    assert_eq!(data().key_projects.id, "key_projects");
    // Share links carry the report id and the edition; every link ever made names them.
    assert_eq!(data().source.id, "longgang-2024");
    assert_eq!(data().edition, 1);
    assert!(data().indicators.iter().all(|i| i.edition() == 1));
}

#[test]
fn headline_2024_targets_match_part_two() {
    let table = [
        ("gdp", "6.5", Qualifier::AtLeast),
        ("fai", "15", Qualifier::AtLeast),
        ("retail_sales", "8", Qualifier::About),
        ("foreign_trade", "8", Qualifier::AtLeast),
        ("budget_revenue", "8", Qualifier::About),
        ("industrial_va", "8", Qualifier::About),
        ("urban_income", "6.5", Qualifier::About),
        ("rural_income", "7", Qualifier::About),
    ];
    let with_targets = data()
        .indicators
        .iter()
        .filter(|i| i.target.is_some())
        .count();
    assert_eq!(with_targets, table.len());
    for (id, value, qualifier) in table {
        let (_, indicator) = data().indicator(id).unwrap();
        let target = indicator.target.as_ref().unwrap();
        assert_eq!(target.value.0, dec(value), "{id}");
        assert_eq!(target.qualifier, qualifier, "{id}");
    }
}

#[test]
fn baselines_match_the_report_table() {
    let table = [
        ("gdp", Some("409.49"), Some("8.7")),
        ("industrial_va", Some("64.11"), Some("7.6")),
        ("fiscal_revenue", Some("31.5"), None),
        ("budget_revenue", Some("20.47"), None),
        ("retail_sales", Some("167.34"), Some("8.4")),
        ("exports", Some("81.25"), Some("10")),
        ("deposits_loans", Some("1288.98"), Some("18.8")),
        ("urban_income", Some("68801"), Some("7")),
        ("rural_income", Some("38425"), Some("8.6")),
        ("primary", Some("9.69"), Some("4.2")),
        ("secondary", Some("173.07"), Some("7.4")),
        ("tertiary", Some("226.73"), Some("10")),
        ("fai", Some("206.28"), Some("30.6")),
        ("foreign_trade", None, None),
    ];
    for (id, level, growth) in table {
        let (_, i) = data().indicator(id).unwrap();
        assert_eq!(
            i.base.as_ref().map(|v| v.value.0),
            level.map(dec),
            "{id} level"
        );
        assert_eq!(
            i.base_growth.as_ref().map(|v| v.value.0),
            growth.map(dec),
            "{id} growth"
        );
    }
}

#[test]
fn three_sectors_sum_to_gdp() {
    let level = |id| {
        data()
            .indicator(id)
            .unwrap()
            .1
            .base
            .as_ref()
            .unwrap()
            .value
            .0
    };
    assert_eq!(
        level("primary") + level("secondary") + level("tertiary"),
        level("gdp")
    );
    assert_eq!(level("gdp"), dec("409.49"));
}

#[test]
fn key_project_fields_sum_to_the_plan() {
    let plan = &data().key_projects;
    let sum: Decimal = plan.fields.iter().map(|f| f.value.0).sum();
    assert_eq!(sum, dec("236.9"));
    assert_eq!(plan.total.value.0, dec("236.9"));
}

/// The report's own account of the 2023 plan (part one, before its note): 13 indicators,
/// 10 completed well, 3 short of their targets, and the note's reasons for the three.
#[test]
fn base_account_is_the_reports_own() {
    let account = data()
        .base_account
        .as_ref()
        .expect("the report gives an account");
    assert_eq!(
        (account.indicators.0, account.completed.0, account.short.0),
        (dec("13"), dec("10"), dec("3"))
    );
    assert_eq!(account.completed.0 + account.short.0, account.indicators.0);
    assert!(REPORT.contains(&account.quote), "{}", account.quote);
    // (indicators it concerns, figures its quote gives, words the quote must carry)
    let table: [(&[&str], &[&str], &[&str]); 2] = [
        (
            &["fiscal_revenue", "budget_revenue"],
            &["5.27", "2000"],
            &["海域使用金", "年初预算为5.27亿", "实际完成2000万"],
        ),
        (&["foreign_trade"], &[], &["贸易战", "关税", "订单"]),
    ];
    assert_eq!(account.shortfalls.len(), table.len());
    for (shortfall, (ids, figures, words)) in account.shortfalls.iter().zip(table) {
        assert_eq!(shortfall.of, ids);
        let given: Vec<Decimal> = shortfall.figures.iter().map(|f| f.0).collect();
        let expected: Vec<Decimal> = figures.iter().map(|f| dec(f)).collect();
        assert_eq!(given, expected, "{ids:?}");
        assert!(REPORT.contains(&shortfall.quote), "{}", shortfall.quote);
        for word in words {
            assert!(shortfall.quote.contains(word), "{ids:?}: {word}");
        }
        for lang in Lang::all() {
            assert!(!lang.pick(&shortfall.why).is_empty(), "{ids:?} {lang:?}");
        }
    }
    // As many indicators as the report says fell short, each named once.
    let named: Vec<&str> = account
        .shortfalls
        .iter()
        .flat_map(|s| s.of.iter().map(String::as_str))
        .collect();
    assert_eq!(named, ["fiscal_revenue", "budget_revenue", "foreign_trade"]);
    assert_eq!(Decimal::from(named.len()), account.short.0);
}

/// A quote of the account that is not the report's, or lacks the number it backs, is
/// refused by the check the build runs, naming the field.
#[test]
fn a_damaged_account_quote_is_refused() {
    let cases = [
        (
            "13项指标中10项指标较好完成",
            "13项指标中11项指标较好完成",
            "baseAccount.indicators",
            "not verbatim",
        ),
        (
            "年初预算为5.27亿,实际完成2000万\"",
            "年初预算为5.27亿,实际完成200万\"",
            "baseAccount.shortfalls[0]",
            "not verbatim",
        ),
        (
            "\"figures\": [\"5.27\", \"2000\"]",
            "\"figures\": [\"5.27\", \"20000\"]",
            "baseAccount.shortfalls[0].figures[1]",
            "does not hold the number 20000",
        ),
        (
            "导致企业原有的美国客户订单流失严重",
            "导致企业原有的客户订单流失严重",
            "baseAccount.shortfalls[1]",
            "not verbatim",
        ),
    ];
    for (from, to, path, reason) in cases {
        assert!(EMBEDDED_JSON.contains(from), "{from}");
        let edited = Dataset::from_json(&EMBEDDED_JSON.replacen(from, to, 1)).unwrap();
        match edited.check_quotes(REPORT) {
            Err(longgang_sim::Error::DatasetInvalid {
                path: got,
                reason: why,
            }) => {
                assert_eq!(got, path, "{to}");
                assert!(why.contains(reason), "{path}: {why}");
            }
            other => panic!("{path}: {other:?}"),
        }
    }
}

#[test]
fn only_foreign_trade_lacks_a_level_and_is_an_index() {
    for i in &data().indicators {
        assert_eq!(i.base.is_none(), i.id == "foreign_trade", "{}", i.id);
        assert_eq!(i.unit == "index", i.id == "foreign_trade", "{}", i.id);
    }
}

#[test]
fn real_and_nominal_bases_follow_the_statistics() {
    use longgang_sim::dataset::PriceBasis::*;
    for i in &data().indicators {
        let real = matches!(
            i.id.as_str(),
            "gdp" | "industrial_va" | "primary" | "secondary" | "tertiary"
        );
        assert_eq!(
            i.price_basis,
            if real { Comparable } else { Current },
            "{}",
            i.id
        );
    }
}

/// Applies an edit to the embedded JSON and returns the load error's path and reason.
fn broken(edit: impl FnOnce(&mut Value)) -> (String, String) {
    let mut value: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    edit(&mut value);
    match Dataset::from_json(&value.to_string()) {
        Err(longgang_sim::Error::DatasetInvalid { path, reason }) => (path, reason),
        other => panic!("expected a dataset error, got {other:?}"),
    }
}

#[test]
fn malformed_datasets_name_the_field_and_reason() {
    type Edit = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(&str, Edit, &str, &str)> = vec![
        (
            "English scale beyond a million",
            Box::new(|v| {
                v["otherTargets"][1]["enScale"] = serde_json::json!(7);
            }),
            "otherTargets[1].enScale",
            "from -6 to 6",
        ),
        (
            "missing field",
            Box::new(|v| {
                v["indicators"][0].as_object_mut().unwrap().remove("unit");
            }),
            "indicators[0]",
            "missing field `unit`",
        ),
        (
            "number not a string",
            Box::new(|v| v["indicators"][1]["base"]["value"] = json!(64.11)),
            "indicators[1].base.value",
            "a decimal number written as a string",
        ),
        (
            "not a decimal",
            Box::new(|v| v["indicators"][0]["baseGrowth"]["value"] = json!("8.7%")),
            "indicators[0].baseGrowth.value",
            "not a plain decimal",
        ),
        (
            "unknown field",
            Box::new(|v| v["indicators"][2]["colour"] = json!("red")),
            "indicators[2].colour",
            "unknown field `colour`",
        ),
        (
            "bad qualifier",
            Box::new(|v| v["indicators"][0]["target"]["qualifier"] = json!("maybe")),
            "indicators[0].target.qualifier",
            "unknown variant `maybe`",
        ),
        (
            "duplicate id",
            Box::new(|v| v["indicators"][1]["id"] = json!("gdp")),
            "indicators[1].id",
            "duplicate id",
        ),
        (
            "id not link-safe",
            Box::new(|v| v["indicators"][1]["id"] = json!("Industrial-VA")),
            "indicators[1].id",
            "a-z and _",
        ),
        (
            "unknown unit",
            Box::new(|v| v["indicators"][0]["unit"] = json!("yen")),
            "indicators[0].unit",
            "unknown unit",
        ),
        (
            "stand-in to nowhere",
            Box::new(|v| v["indicators"][2]["standIn"]["id"] = json!("nothing")),
            "indicators[2].standIn.id",
            "unknown indicator",
        ),
        (
            "no target, no stand-in",
            Box::new(|v| {
                v["indicators"][5]
                    .as_object_mut()
                    .unwrap()
                    .remove("standIn");
            }),
            "indicators[5].standIn",
            "required",
        ),
        (
            "range upside down",
            Box::new(|v| v["indicators"][0]["range"]["min"] = json!("50")),
            "indicators[0].range.min",
            "below max",
        ),
        (
            "plan does not add up",
            Box::new(|v| v["keyProjects"]["fields"][0]["value"] = json!("77.7")),
            "keyProjects.fields",
            "sum to 236.89",
        ),
        (
            "preset leaves the range",
            Box::new(|v| v["presets"][3]["offsetPoints"] = json!("45")),
            "presets[3]",
            "gdp: must be between",
        ),
        (
            "future schema",
            Box::new(|v| v["schemaVersion"] = json!(4)),
            "schemaVersion",
            "version 3",
        ),
        (
            "a schema with years in field names",
            Box::new(|v| v["schemaVersion"] = json!(2)),
            "schemaVersion",
            "version 3",
        ),
        (
            "plan year before the base year",
            Box::new(|v| v["years"] = json!({"base": 2024, "plan": 2023})),
            "years",
            "plan after base",
        ),
        (
            "derived figure of an unknown indicator",
            Box::new(|v| v["derived"][4]["of"][1] = json!("rural")),
            "derived[4].of",
            "unknown indicator \"rural\"",
        ),
        (
            "derived figure of an index",
            Box::new(|v| v["derived"][4]["of"][1] = json!("foreign_trade")),
            "derived[4].of",
            "no base-year level",
        ),
        (
            "ratio of three",
            Box::new(|v| v["derived"][4]["of"] = json!(["urban_income", "rural_income", "gdp"])),
            "derived[4].of",
            "number of inputs",
        ),
        (
            "a change in the base year",
            Box::new(|v| v["derived"][0]["periods"] = json!(["base", "plan"])),
            "derived[0].periods",
            "plan only",
        ),
        (
            "a year twice",
            Box::new(|v| v["derived"][4]["periods"] = json!(["plan", "plan"])),
            "derived[4].periods",
            "once each",
        ),
        (
            "unknown kind of derived figure",
            Box::new(|v| v["derived"][4]["kind"] = json!("median")),
            "derived[4].kind",
            "unknown variant `median`",
        ),
        (
            "duplicate derived figure",
            Box::new(|v| v["derived"][5]["id"] = json!("urban_rural_ratio")),
            "derived[5].id",
            "duplicate id",
        ),
        (
            "GDP a sector of itself",
            Box::new(|v| v["indicators"][0]["sector"] = json!(true)),
            "indicators",
            "sectors need an indicator \"gdp\"",
        ),
        (
            "no edition",
            Box::new(|v| v["edition"] = json!(0)),
            "edition",
            "from 1",
        ),
        (
            "report id not link-safe",
            Box::new(|v| v["source"]["id"] = json!("Longgang 2024")),
            "source.id",
            "a-z, digits and -",
        ),
        (
            "report id starting with a digit",
            Box::new(|v| v["source"]["id"] = json!("2024-longgang")),
            "source.id",
            "starting with a letter",
        ),
        (
            "added in the first edition",
            Box::new(|v| v["indicators"][3]["added"] = json!({"edition": 1, "olderLinks": "8"})),
            "indicators[3].added.edition",
            "from 2 to the dataset's edition, 1",
        ),
        (
            "added in an edition not yet published",
            Box::new(|v| {
                v["edition"] = json!(2);
                v["indicators"][3]["added"] = json!({"edition": 3, "olderLinks": "8"});
            }),
            "indicators[3].added.edition",
            "from 2 to the dataset's edition, 2",
        ),
        (
            "older links outside the range",
            Box::new(|v| {
                v["edition"] = json!(2);
                v["indicators"][3]["added"] = json!({"edition": 2, "olderLinks": "41"});
            }),
            "indicators[3].added.olderLinks",
            "within the range",
        ),
        (
            "older links too precise",
            Box::new(|v| {
                v["edition"] = json!(2);
                v["indicators"][3]["added"] = json!({"edition": 2, "olderLinks": "8.125"});
            }),
            "indicators[3].added.olderLinks",
            "at most 2 decimals",
        ),
        (
            "account of an unknown indicator",
            Box::new(|v| v["baseAccount"]["shortfalls"][0]["of"][1] = json!("budget")),
            "baseAccount.shortfalls[0].of",
            "unknown indicator \"budget\"",
        ),
        (
            "account naming an indicator twice",
            Box::new(|v| v["baseAccount"]["shortfalls"][1]["of"] = json!(["budget_revenue"])),
            "baseAccount.shortfalls[1].of",
            "\"budget_revenue\" is named twice",
        ),
        (
            "account reason for no indicator",
            Box::new(|v| v["baseAccount"]["shortfalls"][1]["of"] = json!([])),
            "baseAccount.shortfalls[1].of",
            "names no indicator",
        ),
        (
            "account counts that do not add up",
            Box::new(|v| v["baseAccount"]["completed"] = json!("11")),
            "baseAccount",
            "completed (11) and short (3) do not add up to indicators (13)",
        ),
        (
            "account count not whole",
            Box::new(|v| v["baseAccount"]["short"] = json!("3.5")),
            "baseAccount.short",
            "a whole number",
        ),
        (
            "account naming more indicators than fell short",
            Box::new(|v| {
                v["baseAccount"]["short"] = json!("2");
                v["baseAccount"]["completed"] = json!("11");
            }),
            "baseAccount.shortfalls",
            "name 3 indicators, more than the 2 that fell short",
        ),
        (
            "account with an unknown field",
            Box::new(|v| v["baseAccount"]["shortfalls"][0]["colour"] = json!("red")),
            "baseAccount.shortfalls[0].colour",
            "unknown field `colour`",
        ),
        (
            "level and no level",
            Box::new(|v| {
                v["indicators"][0]["levelMissing"] =
                    json!({"quote": "x", "why": {"zh": "x", "en": "x", "zh-Hant": "x"}})
            }),
            "indicators[0].levelMissing",
            "together",
        ),
    ];
    for (name, edit, path, reason) in cases {
        let (got_path, got_reason) = broken(edit);
        assert_eq!(got_path, path, "{name}: {got_reason}");
        assert!(
            got_reason.contains(reason),
            "{name}: {got_reason:?} lacks {reason:?}"
        );
    }
}

#[test]
fn truncated_file_is_reported() {
    let cut = EMBEDDED_JSON
        .char_indices()
        .nth(EMBEDDED_JSON.chars().count() / 2)
        .unwrap()
        .0;
    let half = &EMBEDDED_JSON[..cut];
    let error = Dataset::from_json(half).unwrap_err();
    assert_eq!(error.code(), "dataset_invalid");
    assert!(
        error.message(Lang::EN).contains("EOF"),
        "{}",
        error.message(Lang::EN)
    );
}

/// English readers see other targets in their own units, never "CNY 100m" or "10k m²".
#[test]
fn other_targets_read_naturally_in_english() {
    for target in &data().other_targets {
        let english = Lang::EN.pick(&target.unit_name);
        for awkward in ["100 million", "10k", "CNY"] {
            assert!(!english.contains(awkward), "{}: {english}", target.id);
        }
        let scale = match Lang::ZH.pick(&target.unit_name) {
            "亿元" => -1,
            "万美元" => -2,
            "万方" | "万平方米" => 4,
            _ => 0,
        };
        assert_eq!(target.en_scale, scale, "{}", target.id);
    }
}

/// The languages of the catalogues, in tag order.
fn tags() -> Vec<&'static str> {
    Lang::all().map(Lang::tag).collect()
}

/// Every name, unit, note and description is in exactly the catalogues' languages: a
/// language added without its texts, or a text left out in one, fails here.
#[test]
fn every_text_is_in_every_language_of_the_catalogues() {
    let data = data();
    assert_eq!(data.check_languages(&tags()), Ok(()));
    let paths: Vec<String> = data.texts().into_iter().map(|(path, _)| path).collect();
    assert!(paths.contains(&"indicators[0].name".to_string()));
    assert!(paths.contains(&"otherTargets[26].unitName".to_string()));
    assert!(paths.contains(&"presets[3].description".to_string()));
}

#[test]
fn a_text_missing_a_language_is_named() {
    type Edit = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            Box::new(|v| {
                v["indicators"][3]["name"]
                    .as_object_mut()
                    .unwrap()
                    .remove("zh-Hant");
            }),
            "indicators[3].name",
            "no text in \"zh-Hant\"",
        ),
        (
            Box::new(|v| v["presets"][1]["description"]["fr"] = json!("x")),
            "presets[1].description",
            "\"fr\" is not a language of the catalogues",
        ),
        (
            Box::new(|v| v["units"][0]["name"]["en"] = json!("  ")),
            "units[0].name",
            "blank",
        ),
        (
            Box::new(|v| {
                v["baseAccount"]["shortfalls"][1]["why"]
                    .as_object_mut()
                    .unwrap()
                    .remove("en");
            }),
            "baseAccount.shortfalls[1].why",
            "no text in \"en\"",
        ),
        (
            Box::new(|v| {
                v["otherTargets"][4]["unitName"]
                    .as_object_mut()
                    .unwrap()
                    .remove("en");
            }),
            "otherTargets[4].unitName",
            "no text in \"en\"",
        ),
    ];
    for (edit, path, reason) in cases {
        let mut value: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        edit(&mut value);
        let dataset = Dataset::from_json(&value.to_string()).expect("the figures still check");
        match dataset.check_languages(&tags()) {
            Err(longgang_sim::Error::DatasetInvalid {
                path: got,
                reason: why,
            }) => {
                assert_eq!(got, path);
                assert!(why.contains(reason), "{path}: {why}");
            }
            other => panic!("{path}: {other:?}"),
        }
    }
}

/// The report's quotes are what it published, in Simplified Chinese, whatever the reader's
/// language: the dataset has one of each, never a translation.
#[test]
fn quotes_stay_as_published() {
    let json: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    fn walk(value: &Value, found: &mut usize) {
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    if key == "quote" {
                        assert!(item.is_string(), "a quote is one text: {item}");
                        *found += 1;
                    }
                    walk(item, found);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, found)),
            _ => {}
        }
    }
    let mut found = 0;
    walk(&json, &mut found);
    assert!(found > 40, "{found}");
}
