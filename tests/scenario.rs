//! Scenarios: preset formulas, typed input, and the share-link codec (round trips and a
//! specific error for every kind of damaged link).
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::Dataset;
use longgang_sim::number::{canonical, Dec};
use longgang_sim::report::{Lang, Messages};
use longgang_sim::scenario::{parse_assumption, seal, GdpMode, LinkForm, Scenario, ScenarioInput};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn growth(scenario: &Scenario, id: &str) -> String {
    canonical(scenario.growth_of(id))
}

#[test]
fn presets_follow_their_stated_formulas() {
    // (id, official, momentum): official = target or stand-in; momentum = 2023 growth or official.
    let table = [
        ("gdp", "6.5", "8.7"),
        ("industrial_va", "8", "7.6"),
        ("fiscal_revenue", "8", "8"),
        ("budget_revenue", "8", "8"),
        ("retail_sales", "8", "8.4"),
        ("exports", "8", "10"),
        ("deposits_loans", "18.8", "18.8"),
        ("urban_income", "6.5", "7"),
        ("rural_income", "7", "8.6"),
        ("primary", "6.5", "4.2"),
        ("secondary", "6.5", "7.4"),
        ("tertiary", "6.5", "10"),
        ("fai", "15", "30.6"),
        ("foreign_trade", "8", "8"),
    ];
    let official = Scenario::from_preset(data(), "official").unwrap();
    let momentum = Scenario::from_preset(data(), "momentum").unwrap();
    let cautious = Scenario::from_preset(data(), "cautious").unwrap();
    let ambitious = Scenario::from_preset(data(), "ambitious").unwrap();
    for (id, official_value, momentum_value) in table {
        assert_eq!(growth(&official, id), official_value, "official {id}");
        assert_eq!(growth(&momentum, id), momentum_value, "momentum {id}");
        assert_eq!(
            cautious.growth_of(id),
            dec(official_value) - dec("2"),
            "cautious {id}"
        );
        assert_eq!(
            ambitious.growth_of(id),
            dec(official_value) + dec("2"),
            "ambitious {id}"
        );
    }
    for scenario in [&official, &momentum, &cautious, &ambitious] {
        assert_eq!(scenario.deflator.0, data().deflator.default.0);
        assert_eq!(scenario.gdp_mode, GdpMode::Direct);
    }
    assert_eq!(
        Scenario::from_preset(data(), "wild").unwrap_err().code(),
        "unknown_preset"
    );
}

/// The official scenario's link as v1 wrote it.
const OFFICIAL_V1: &str = "v1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~\
    retail_sales8~exports8~deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~\
    secondary6.5~tertiary6.5~fai15~foreign_trade8~Cohe";

#[test]
fn official_link_is_stable() {
    let official = Scenario::from_preset(data(), "official").unwrap();
    assert_eq!(
        official.encode(data()),
        "v2~longgang-2024~E1~D0~M0~gdp6.5~industrial_va8~fiscal_revenue8~budget_revenue8~retail_sales8~exports8~\
         deposits_loans18.8~urban_income6.5~rural_income7~primary6.5~secondary6.5~tertiary6.5~fai15~foreign_trade8~\
         Cg3d"
    );
    // The link v1 wrote for it still means it, and is what v1 writes.
    assert_eq!(
        Scenario::decode_link(data(), OFFICIAL_V1).unwrap(),
        (official.clone(), LinkForm::V1)
    );
    assert_eq!(official.encode_as(data(), LinkForm::V1), OFFICIAL_V1);
}

#[test]
fn encode_decode_round_trips_over_a_grid() {
    let values = [
        "-20", "-12.75", "-0.01", "0", "0.1", "6.5", "8.25", "19.99", "40",
    ];
    let mut count = 0;
    for (i, indicator) in data().indicators.iter().enumerate() {
        for (j, value) in values.iter().enumerate() {
            let mut scenario = Scenario::from_preset(data(), "momentum").unwrap();
            scenario
                .growth
                .insert(indicator.id.clone(), Dec(dec(value)));
            scenario.deflator = Dec(dec(["-5", "0", "1.5", "10"][(i + j) % 4]));
            scenario.gdp_mode = if (i + j) % 2 == 0 {
                GdpMode::Direct
            } else {
                GdpMode::Sectors
            };
            for form in [LinkForm::current(data()), LinkForm::V1] {
                let link = scenario.encode_as(data(), form);
                assert!(
                    link.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)),
                    "{link}"
                );
                let (back, read) = Scenario::decode_link(data(), &link).unwrap();
                assert_eq!((&back, read), (&scenario, form));
                assert_eq!(back.encode_as(data(), form), link);
                count += 1;
            }
        }
    }
    assert_eq!(count, 2 * 14 * values.len());
}

#[test]
fn damaged_links_get_specific_errors() {
    let full = Scenario::from_preset(data(), "official")
        .unwrap()
        .encode(data());
    let (body, _) = full.rsplit_once('~').unwrap();
    // Body edits are re-sealed with a valid check, so each reaches the error it is about.
    let edit = |from: &str, to: &str| seal(&body.replacen(from, to, 1));
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "scenario_empty"),
        ("x".repeat(3000), "scenario_too_long"),
        (
            format!("v1~{}", "gdp6.5~".repeat(1_500_000)),
            "scenario_too_long",
        ),
        ("v3~D0~M0".into(), "scenario_version"),
        (seal("v2~D0~M0"), "scenario_malformed"),
        (seal("v2"), "scenario_malformed"),
        (edit("longgang-2024", "Longgang-2024"), "scenario_malformed"),
        (edit("longgang-2024~", ""), "scenario_malformed"),
        (edit("~E1", ""), "scenario_malformed"),
        (edit("~E1", "~E01"), "scenario_malformed"),
        (edit("~E1", "~E0"), "scenario_malformed"),
        (edit("~E1", "~E"), "scenario_malformed"),
        (edit("~E1", "~E1.0"), "scenario_malformed"),
        (edit("~E1", "~E-1"), "scenario_malformed"),
        (edit("~E1", "~E99999999999"), "scenario_malformed"),
        (edit("~E1", "~E2"), "scenario_newer_edition"),
        (edit("~E1", "~E4294967295"), "scenario_newer_edition"),
        (
            edit("longgang-2024", "wenzhou-2025"),
            "scenario_other_report",
        ),
        (edit("longgang-2024", "l"), "scenario_other_report"),
        (
            full.replacen("v2~longgang-2024~E1", "v1", 1),
            "scenario_malformed",
        ),
        ("v10~anything".into(), "scenario_version"),
        ("1~D0".into(), "scenario_malformed"),
        ("hello".into(), "scenario_malformed"),
        ("v1~%20".into(), "scenario_malformed"),
        ("v1~<script>".into(), "scenario_malformed"),
        (body.to_string(), "scenario_malformed"),
        (full.replace("gdp6.5", "gdp6"), "scenario_malformed"),
        (edit("gdp6.5", "gdp6.50"), "scenario_malformed"),
        (edit("gdp6.5", "gdp6.5x"), "not_a_number"),
        (edit("gdp6.5", "gdp1e3"), "not_a_number"),
        (edit("gdp6.5", "gdpabc"), "unknown_indicator"),
        (edit("gdp6.5", "gdp500"), "out_of_range"),
        (edit("gdp6.5", "gdp6.125"), "too_precise"),
        (edit("gdp6.5", "gdp-100"), "out_of_range"),
        (edit("D0", "D99"), "out_of_range"),
        (edit("M0", "M2"), "scenario_malformed"),
        (edit("~foreign_trade8", ""), "missing_indicator"),
        (seal(&format!("{body}~gdp6.5")), "duplicate_indicator"),
        (seal(&format!("{body}~mars1")), "unknown_indicator"),
        (
            edit("~gdp6.5~industrial_va8", "~industrial_va8~gdp6.5"),
            "scenario_malformed",
        ),
        (edit("~gdp", "~~gdp"), "unknown_indicator"),
    ];
    for (link, code) in cases {
        let error = Scenario::decode(data(), &link).unwrap_err();
        assert_eq!(error.code(), code, "{link:.80}: {error}");
        assert!(!error.message(Lang::ZH).is_empty() && !error.message(Lang::EN).is_empty());
    }
}

#[test]
fn truncated_links_never_decode_to_something_else() {
    let ambitious = Scenario::from_preset(data(), "ambitious").unwrap();
    for form in [LinkForm::current(data()), LinkForm::V1] {
        let good = ambitious.encode_as(data(), form);
        for cut in 0..good.len() {
            assert!(
                Scenario::decode(data(), &good[..cut]).is_err(),
                "prefix of {cut} bytes of {good} decoded"
            );
        }
    }
}

fn input(changes: &[(&str, &str)]) -> ScenarioInput {
    let official = Scenario::from_preset(data(), "official").unwrap();
    let mut growth: BTreeMap<String, String> = official
        .growth
        .iter()
        .map(|(k, v)| (k.clone(), canonical(v.0)))
        .collect();
    for (id, text) in changes {
        growth.insert(id.to_string(), text.to_string());
    }
    ScenarioInput {
        growth,
        deflator: None,
        gdp_mode: None,
    }
}

#[test]
fn typed_input_errors_name_the_field() {
    let table = [
        ("gdp", "abc", "not_a_number"),
        ("gdp", "", "not_a_number"),
        ("gdp", "1e309", "not_a_number"),
        ("gdp", "NaN", "not_a_number"),
        ("gdp", "-Infinity", "not_a_number"),
        ("gdp", "-200", "out_of_range"),
        ("gdp", "5000", "out_of_range"),
        ("gdp", "-100", "out_of_range"),
        ("gdp", "-1000", "out_of_range"),
        ("gdp", "Infinity", "not_a_number"),
        ("gdp", "%36.5", "not_a_number"),
        ("gdp", "<b>6</b>", "not_a_number"),
        ("gdp", "1e28", "not_a_number"),
        ("fai", "6.123", "too_precise"),
        ("fai", "0.123456789012345678901234567890", "too_precise"),
    ];
    for (id, text, code) in table {
        let error = Scenario::from_input(data(), &input(&[(id, text)])).unwrap_err();
        assert_eq!(error.code(), code, "{id}={text:?}");
        assert_eq!(error.field(), Some(id), "{id}={text:?}");
    }
    let unknown = Scenario::from_input(data(), &input(&[("mars", "1")])).unwrap_err();
    assert_eq!(unknown.code(), "unknown_indicator");
    let mut missing = input(&[]);
    missing.growth.remove("gdp");
    assert_eq!(
        Scenario::from_input(data(), &missing).unwrap_err().code(),
        "missing_indicator"
    );
    let mut mode = input(&[]);
    mode.gdp_mode = Some("magic".into());
    assert_eq!(
        Scenario::from_input(data(), &mode).unwrap_err().code(),
        "unknown_gdp_mode"
    );
}

#[test]
fn typed_input_accepts_what_people_type() {
    let scenario = Scenario::from_input(
        data(),
        &input(&[("gdp", " ６．２ "), ("fai", "+12."), ("exports", "-3.50")]),
    )
    .unwrap();
    assert_eq!(growth(&scenario, "gdp"), "6.2");
    assert_eq!(growth(&scenario, "fai"), "12");
    assert_eq!(growth(&scenario, "exports"), "-3.5");
    assert_eq!(
        canonical(parse_assumption(data(), "deflator", "1.5").unwrap()),
        "1.5"
    );
    assert_eq!(
        parse_assumption(data(), "deflator", "11")
            .unwrap_err()
            .code(),
        "out_of_range"
    );
}

#[test]
fn a_failed_change_leaves_the_scenario_as_it_was() {
    let official = Scenario::from_preset(data(), "official").unwrap();
    assert!(official.with_growth(data(), "gdp", "abc").is_err());
    assert_eq!(growth(&official, "gdp"), "6.5");
    let changed = official.with_growth(data(), "gdp", "6").unwrap();
    assert_eq!(growth(&changed, "gdp"), "6");
}

/// The text of a message outside its quotations (“…” in Chinese, "…" in English): what
/// the program wrote, without the ids and the reader's own text it echoes.
fn unquoted(message: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in message.chars() {
        if depth > 0 && c == close {
            depth -= 1;
        } else if c == open && (open != close || depth == 0) {
            depth += 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

/// The longest run of ASCII letters in a text.
fn longest_latin_word(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::len)
        .max()
        .unwrap_or(0)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Each message in one language, in every language of the catalogues: a Chinese one (the
/// language's `lang` attribute starts with `zh`) has no English word (no run of three or
/// more ASCII letters) outside its quotations, any other no Chinese outside its
/// quotations, and none is clipped where the program wrote it.
fn assert_one_language(error: &longgang_sim::Error, what: &str) {
    for lang in Lang::all() {
        let message = error.message(lang);
        let (open, close) = lang.quotes();
        let outside = unquoted(&message, open, close);
        if lang.attribute().starts_with("zh") {
            assert!(
                longest_latin_word(&outside) < 3,
                "{what}: English in the {} message: {message}",
                lang.tag()
            );
        } else {
            assert!(
                !outside.chars().any(is_cjk),
                "{what}: Chinese in the {} message: {message}",
                lang.tag()
            );
        }
        // An ellipsis may only end an echoed quotation (the reader's text, clipped).
        for (i, _) in message.match_indices('…') {
            let next = message[i + '…'.len_utf8()..].chars().next();
            assert_eq!(
                next,
                Some(close),
                "{what}: clipped outside a quotation: {message}"
            );
        }
    }
}

#[test]
fn damaged_link_messages_are_each_in_one_language_and_whole() {
    let official = Scenario::from_preset(data(), "official")
        .unwrap()
        .encode(data());
    let (body, check) = official.rsplit_once('~').unwrap();
    let edit = |from: &str, to: &str| seal(&body.replacen(from, to, 1));
    // A link whose last number has two digits, so it can be cut inside that number.
    let ambitious = Scenario::from_preset(data(), "ambitious")
        .unwrap()
        .encode(data());
    let last_number_end = ambitious.rfind("~C").unwrap();
    // The check with its last character changed to another.
    let last = if check.ends_with('0') { "1" } else { "0" };
    let altered_check = format!("{body}~{}{last}", &check[..check.len() - 1]);
    // (what, link, code, a phrase of the Chinese message, a phrase of the English one)
    let cases: Vec<(&str, String, &str, &str, &str)> = vec![
        (
            "cut inside the last number",
            ambitious[..last_number_end - 1].to_string(),
            "scenario_malformed",
            "末尾缺少校验码",
            "the closing check is missing",
        ),
        (
            "cut inside the check",
            official[..official.len() - 1].to_string(),
            "scenario_malformed",
            "校验码不符",
            "the check does not match",
        ),
        (
            "check altered",
            altered_check,
            "scenario_malformed",
            "校验码不符",
            "the check does not match",
        ),
        (
            "digit altered",
            official.replace("gdp6.5", "gdp6.4"),
            "scenario_malformed",
            "校验码不符",
            "cut short or altered",
        ),
        (
            "stray %",
            official.replace("~M0", "~%M0"),
            "scenario_malformed",
            "字符“%”(U+0025)",
            "\"%\" (U+0025)",
        ),
        (
            "stray Chinese character",
            format!("{official}你"),
            "scenario_malformed",
            "字符“你”(U+4F60)",
            "\"你\" (U+4F60)",
        ),
        (
            "unknown version v9",
            official.replacen("v2", "v9", 1),
            "scenario_version",
            "格式版本“v9”不受支持",
            "format version \"v9\" is not supported",
        ),
        (
            "no report id",
            edit("longgang-2024~", ""),
            "scenario_malformed",
            "报告编号或数据版次有误",
            "the report id or data edition is wrong",
        ),
        (
            "edition not in canonical form",
            edit("~E1", "~E01"),
            "scenario_malformed",
            "报告编号或数据版次",
            "the report id or data edition",
        ),
        (
            "another report",
            edit("longgang-2024", "wenzhou-2025"),
            "scenario_other_report",
            "情景链接属于另一份报告“wenzhou-2025”。",
            "The scenario link is for another report, \"wenzhou-2025\".",
        ),
        (
            "a newer edition",
            edit("~E1", "~E2"),
            "scenario_newer_edition",
            "情景链接来自更新的数据版本,请刷新页面。",
            "The scenario link is from a newer edition of the data; reload the page.",
        ),
        (
            "no version",
            "hello".to_string(),
            "scenario_malformed",
            "开头缺少格式版本",
            "does not start with a format version",
        ),
        (
            "out-of-order id",
            edit("~gdp6.5~industrial_va8", "~industrial_va8~gdp6.5"),
            "scenario_malformed",
            "指标“industrial_va”(第2项)位置不对,此处应为“gdp”",
            "\"industrial_va\" (no. 2) is out of order; \"gdp\" belongs here",
        ),
        (
            "non-canonical 6.50",
            edit("gdp6.5", "gdp6.50"),
            "scenario_malformed",
            "“gdp”的数值“6.50”不是规范写法,应写作“6.5”",
            "gdp is written \"6.50\", not in canonical form \"6.5\"",
        ),
        (
            "missing mode",
            edit("~M0", ""),
            "scenario_malformed",
            "地区生产总值的计算方式",
            "the GDP mode (M0 or M1) is missing or wrong",
        ),
        (
            "wrong mode",
            edit("~M0", "~M7"),
            "scenario_malformed",
            "地区生产总值的计算方式",
            "the GDP mode (M0 or M1) is missing or wrong",
        ),
        (
            "deflator missing",
            seal("v2~longgang-2024~E1"),
            "scenario_malformed",
            "缺少价格变动假设",
            "GDP price change is missing",
        ),
        (
            "deflator missing in a v1 link",
            seal("v1"),
            "scenario_malformed",
            "缺少价格变动假设",
            "GDP price change is missing",
        ),
        (
            "deflator token of the wrong kind",
            edit("~D0", "~X0"),
            "scenario_malformed",
            "此处应为价格变动假设,却是“X0”",
            "expected GDP price change, found \"X0\"",
        ),
        (
            "not a number",
            edit("gdp6.5", "gdp6.5x"),
            "not_a_number",
            "“6.5x”不是有效数字(“gdp”)",
            "\"6.5x\" is not a valid number (gdp)",
        ),
        (
            "too precise",
            edit("gdp6.5", "gdp6.125"),
            "too_precise",
            "“gdp”最多保留2位小数",
            "gdp: at most 2 decimal places",
        ),
        (
            "out of range",
            edit("D0", "D99"),
            "out_of_range",
            "价格变动假设应在 -5 至 10 之间",
            "GDP price change: must be between -5 and 10",
        ),
        (
            "unknown id",
            seal(&format!("{body}~mars1")),
            "unknown_indicator",
            "未知指标“mars”",
            "Unknown indicator \"mars\"",
        ),
        (
            "repeated id",
            seal(&format!("{body}~gdp6.5")),
            "duplicate_indicator",
            "指标“gdp”重复出现",
            "\"gdp\" appears more than once",
        ),
        (
            "missing id",
            edit("~foreign_trade8", ""),
            "missing_indicator",
            "缺少指标“foreign_trade”",
            "No growth assumption for \"foreign_trade\"",
        ),
        (
            "empty",
            String::new(),
            "scenario_empty",
            "情景链接为空",
            "empty",
        ),
        (
            "too long",
            "v".repeat(3000),
            "scenario_too_long",
            "情景链接过长(3000个字符,最多2048个)",
            "too long (3000 characters, at most 2048)",
        ),
    ];
    let mut reasons = std::collections::BTreeSet::new();
    for (what, link, code, zh, en) in cases {
        let error = Scenario::decode(data(), &link).unwrap_err();
        assert_eq!(error.code(), code, "{what}: {error}");
        assert!(
            error.message(Lang::ZH).contains(zh),
            "{what}: {}",
            error.message(Lang::ZH)
        );
        assert!(
            error.message(Lang::EN).contains(en),
            "{what}: {}",
            error.message(Lang::EN)
        );
        if code == "scenario_malformed" {
            assert!(
                error.message(Lang::ZH).starts_with("情景链接已损坏:"),
                "{what}"
            );
            assert!(error
                .message(Lang::EN)
                .starts_with("The scenario link is damaged: "));
            assert_eq!(error.field(), None, "{what}");
            reasons.insert(error.message(Lang::EN));
        }
        assert_one_language(&error, what);
        for lang in Lang::all() {
            assert!(!error.message(lang).contains('…'), "{what}");
        }
    }
    assert!(reasons.len() >= 10, "each damage has its own wording");
}

#[test]
fn every_message_a_reader_can_reach_is_in_one_language() {
    use longgang_sim::{Error, LinkDamage};
    let long = "六".repeat(100);
    let errors = [
        Error::UnknownIndicator { id: "gpd".into() },
        Error::DuplicateIndicator { id: "gdp".into() },
        Error::MissingIndicator { id: "fai".into() },
        Error::NotANumber {
            field: "gdp".into(),
            input: "abc".into(),
        },
        Error::NotANumber {
            field: "deflator".into(),
            input: long.clone(),
        },
        Error::TooPrecise {
            field: "deflator".into(),
            max_decimals: 2,
        },
        Error::OutOfRange {
            field: "fai".into(),
            min: "-30".into(),
            max: "60".into(),
        },
        Error::UnknownPreset { name: long.clone() },
        Error::UnknownPreset {
            name: "wild".into(),
        },
        Error::UnknownGdpMode {
            input: "magic".into(),
        },
        Error::ScenarioEmpty,
        Error::ScenarioTooLong {
            length: 5000,
            max: 2048,
        },
        Error::ScenarioVersion {
            version: "v9".into(),
        },
        Error::ScenarioMalformed {
            reason: LinkDamage::OutOfOrder {
                id: "gdp".into(),
                position: 1,
                expected: None,
            },
        },
        Error::ScenarioMalformed {
            reason: LinkDamage::UnexpectedCharacter { character: '\u{0}' },
        },
        Error::ScenarioMalformed {
            reason: LinkDamage::Report,
        },
        Error::ScenarioOtherReport {
            report: "z".repeat(60),
        },
        Error::ScenarioNewerEdition {
            edition: 12,
            current: 3,
        },
        Error::Overflow {
            field: "deflator".into(),
        },
        Error::GoalUnreachable {
            field: "fai".into(),
        },
        Error::NoTarget {
            id: "exports".into(),
            plan_year: 2024,
        },
        Error::UnknownLanguage { tag: "fr".into() },
        Error::ScenarioMalformed {
            reason: LinkDamage::NotCanonical {
                field: "deflator".into(),
                found: "1.50".into(),
                canonical: "1.5".into(),
            },
        },
        Error::ScenarioMalformed {
            reason: LinkDamage::WrongToken {
                field: "gdp".into(),
                found: long.clone(),
            },
        },
    ];
    for error in &errors {
        assert_one_language(error, error.code());
    }
    // The reader's own long text is clipped, inside its quotation, and only there.
    let clipped = Error::UnknownPreset { name: long }.message(Lang::ZH);
    assert!(clipped.ends_with("…”。"), "{clipped}");
    let clipped = Error::UnknownPreset {
        name: "六".repeat(100),
    }
    .message(Lang::ZH_HANT);
    assert!(clipped.ends_with("…」。"), "{clipped}");
    // A control character is named by its code point, never echoed.
    let control = errors[14].message(Lang::EN);
    // A long report id from a link is clipped inside its quotation too.
    assert!(errors[16].message(Lang::EN).ends_with("zzz…\"."));
    assert!(
        control.contains("U+0000") && !control.contains('\u{0}'),
        "{control}"
    );
}
