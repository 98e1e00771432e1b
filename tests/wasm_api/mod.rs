//! What JavaScript sees of the WASM API, shared by the Node and the browser test crates:
//! value types, decimals as strings, and errors with a stable code and a message in every
//! language (`messages`, and `messageZh`/`messageEn` as the page reads them).

use js_sys::{Array, Object, Reflect};
use longgang_sim::wasm::bindings::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

include!("../corpus/derived_names.rs");

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        let key = match key.parse::<u32>() {
            Ok(index) => JsValue::from(index),
            Err(_) => JsValue::from_str(key),
        };
        Reflect::get(&v, &key).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(value: &JsValue, path: &str) -> String {
    let v = get(value, path);
    v.as_string()
        .unwrap_or_else(|| panic!("{path} is not a string: {v:?}"))
}

fn official() -> JsValue {
    preset_scenario_js("official").unwrap()
}

/// The official scenario with one growth figure replaced by an arbitrary JS value.
fn official_with(id: &str, value: JsValue) -> JsValue {
    let scenario = official();
    Reflect::set(&get(&scenario, "growth"), &JsValue::from_str(id), &value).unwrap();
    scenario
}

/// Asserts a thrown value is a JS Error with the code, its messages and the field.
fn assert_error(thrown: JsValue, code: &str, field: Option<&str>) {
    assert!(
        thrown.is_instance_of::<js_sys::Error>(),
        "not an Error: {thrown:?}"
    );
    assert_eq!(text(&thrown, "code"), code);
    assert!(!text(&thrown, "messageZh").is_empty());
    // `messages` has exactly the catalogues' languages; zh and en are messageZh, messageEn.
    let messages = get(&thrown, "messages");
    let tags: Vec<String> = Object::keys(messages.unchecked_ref::<Object>())
        .iter()
        .map(|tag| tag.as_string().unwrap())
        .collect();
    assert_eq!(tags, ["en", "zh", "zh-Hant"]);
    assert_eq!(text(&messages, "zh"), text(&thrown, "messageZh"));
    assert_eq!(text(&messages, "en"), text(&thrown, "messageEn"));
    assert!(!text(&messages, "zh-Hant").is_empty());
    let english = text(&thrown, "messageEn");
    assert!(
        !english
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{english}"
    );
    let message: String = thrown.unchecked_ref::<js_sys::Error>().message().into();
    assert_eq!(message, text(&thrown, "messageEn"));
    assert_eq!(get(&thrown, "field").as_string().as_deref(), field);
}

#[wasm_bindgen_test]
fn dataset_reaches_js_with_string_decimals() {
    let dataset = dataset_js().unwrap();
    assert_eq!(Array::from(&get(&dataset, "indicators")).length(), 14);
    assert_eq!(text(&dataset, "indicators.0.id"), "gdp");
    assert_eq!(text(&dataset, "indicators.0.base.value"), "409.49");
    assert_eq!(text(&dataset, "indicators.0.target.qualifier"), "at_least");
    assert!(text(&dataset, "indicators.0.base.quote").contains("409.49亿元"));
    assert!(
        get(&dataset, "indicators.13.base").is_undefined(),
        "foreign trade has no level"
    );
    assert_eq!(text(&dataset, "keyProjects.total.value"), "236.9");
    assert_eq!(text(&dataset, "source.id"), "longgang-2024");
    assert_eq!(get(&dataset, "edition").as_f64(), Some(1.0));
    assert_eq!(Array::from(&presets_js().unwrap()).length(), 4);
}

#[wasm_bindgen_test]
fn presets_are_plain_objects_of_strings() {
    let scenario = preset_scenario_js("momentum").unwrap();
    assert!(get(&scenario, "growth").is_instance_of::<Object>());
    assert_eq!(text(&scenario, "growth.fai"), "30.6");
    assert_eq!(text(&scenario, "deflator"), "0");
    assert_eq!(text(&scenario, "gdpMode"), "direct");
    assert_error(
        preset_scenario_js("wild").unwrap_err(),
        "unknown_preset",
        None,
    );
}

#[wasm_bindgen_test]
fn projection_matches_the_report_numbers() {
    let projection = project_js(official()).unwrap();
    let rows = Array::from(&get(&projection, "rows"));
    let row = |id: &str| rows.iter().find(|r| text(r, "id") == id).unwrap();
    for (id, want) in [
        ("gdp", "436.11"),
        ("urban_income", "73273.07"),
        ("fai", "237.22"),
        ("foreign_trade", "108.00"),
    ] {
        assert_eq!(text(&row(id), "projected"), want, "{id}");
    }
    assert_eq!(text(&row("gdp"), "status"), "met");
    assert_eq!(text(&row("gdp"), "target.gapPoints"), "0.00");
    assert_eq!(get(&row("gdp"), "hasLevel").as_bool(), Some(true));
    assert!(
        get(&row("exports"), "target").is_undefined() || get(&row("exports"), "target").is_null()
    );
    assert_eq!(text(&projection, "derived.urbanRuralRatioPlan"), "1.78");
    assert_eq!(text(&projection, "derived.structurePlan.2"), "55.37");
}

#[wasm_bindgen_test]
fn typed_text_is_accepted_like_on_the_page() {
    let projection = project_js(official_with("gdp", JsValue::from_str("6"))).unwrap();
    assert_eq!(text(&projection, "rows.0.projected"), "434.06");
    assert_eq!(text(&projection, "rows.0.status"), "short");
    assert_eq!(parse_growth_js("gdp", " ６．５ ").unwrap(), "6.5");
    assert_eq!(parse_growth_js("deflator", "-1.50").unwrap(), "-1.5");
}

#[wasm_bindgen_test]
fn share_links_round_trip() {
    let scenario = official_with("tertiary", JsValue::from_str("7.25"));
    Reflect::set(&scenario, &"gdpMode".into(), &"sectors".into()).unwrap();
    let link = encode_scenario_js(scenario).unwrap();
    let back = decode_scenario_js(&link).unwrap();
    assert_eq!(text(&back, "growth.tertiary"), "7.25");
    assert_eq!(text(&back, "gdpMode"), "sectors");
    assert_eq!(encode_scenario_js(back).unwrap(), link);
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_codes() {
    assert_error(
        project_js(official_with("gdp", "abc".into())).unwrap_err(),
        "not_a_number",
        Some("gdp"),
    );
    assert_error(
        project_js(official_with("gdp", "5000".into())).unwrap_err(),
        "out_of_range",
        Some("gdp"),
    );
    assert_error(
        project_js(official_with("gdp", "1e309".into())).unwrap_err(),
        "not_a_number",
        Some("gdp"),
    );
    assert_error(
        project_js(official_with("fai", "1.125".into())).unwrap_err(),
        "too_precise",
        Some("fai"),
    );
    assert_error(
        project_js(official_with("mars", "1".into())).unwrap_err(),
        "unknown_indicator",
        Some("mars"),
    );
    assert_error(
        project_js(official_with("gdp", JsValue::from_f64(6.5))).unwrap_err(),
        "invalid_input",
        None,
    );
    assert_error(
        project_js(official_with("gdp", JsValue::from_f64(f64::NAN))).unwrap_err(),
        "invalid_input",
        None,
    );
    for number in [f64::INFINITY, f64::NEG_INFINITY] {
        assert_error(
            project_js(official_with("gdp", JsValue::from_f64(number))).unwrap_err(),
            "invalid_input",
            None,
        );
    }
    assert_error(
        project_js(official_with("gdp", "1e28".into())).unwrap_err(),
        "not_a_number",
        Some("gdp"),
    );
    assert_error(
        decode_scenario_js(&"v1~".repeat(3_500_000)).unwrap_err(),
        "scenario_too_long",
        None,
    );
    assert_error(
        project_js(JsValue::from_f64(42.0)).unwrap_err(),
        "invalid_input",
        None,
    );
    assert_error(
        project_js(JsValue::NULL).unwrap_err(),
        "invalid_input",
        None,
    );
    assert_error(
        decode_scenario_js("v9~x").unwrap_err(),
        "scenario_version",
        None,
    );
    assert_error(decode_scenario_js("").unwrap_err(), "scenario_empty", None);
    assert_error(
        decode_scenario_js(&"v1~".repeat(5000)).unwrap_err(),
        "scenario_too_long",
        None,
    );
    assert_error(
        parse_growth_js("gdp", "-200").unwrap_err(),
        "out_of_range",
        Some("gdp"),
    );
    assert_error(
        projection_csv_js(official(), "fr").unwrap_err(),
        "unknown_language",
        None,
    );
}

#[wasm_bindgen_test]
fn csv_export_in_both_languages() {
    let zh = projection_csv_js(official(), "zh").unwrap();
    assert!(zh.starts_with("编号,指标"));
    assert!(zh.contains("\r\ngdp,地区生产总值,亿元,可比价,409.49,8.7,6.5,436.11,"));
    let en = projection_csv_js(official(), "en").unwrap();
    assert!(en.contains(
        "\r\nfai,Fixed-asset investment,100 million yuan,current prices,206.28,30.6,15,237.22,"
    ));
    let hant = projection_csv_js(official(), "zh-Hant").unwrap();
    assert!(hant.starts_with("編號,指標"), "{hant}");
    assert_error(
        projection_csv_js(official(), "xx").unwrap_err(),
        "unknown_language",
        None,
    );
}

#[wasm_bindgen_test]
fn qr_code_for_a_share_link() {
    let qr = qr_path_js("http://127.0.0.1:8000/#s=v1~D0~M0").unwrap();
    let size = get(&qr, "size").as_f64().unwrap();
    assert!(size >= 29.0, "version 1 plus quiet zone at least");
    assert!(
        text(&qr, "path").starts_with("M4 4h7v1h-7z"),
        "top-left finder row"
    );
    assert_error(
        qr_path_js(&"x".repeat(5000)).unwrap_err(),
        "invalid_input",
        None,
    );
}

#[wasm_bindgen_test]
fn analysis_reaches_js() {
    let goal = js_sys::JSON::parse(r#"{"kind":"level","value":"250"}"#).unwrap();
    let answer = goal_seek_js(official(), "fai", goal, None).unwrap();
    assert_eq!(text(&answer, "growth"), "21.19");
    let official_goal = js_sys::JSON::parse(r#"{"kind":"official"}"#).unwrap();
    let sector = goal_seek_js(
        official(),
        "gdp",
        official_goal.clone(),
        Some("tertiary".into()),
    )
    .unwrap();
    assert_eq!(text(&sector, "growthExact"), "6.5");
    assert_error(
        goal_seek_js(official(), "exports", official_goal, None).unwrap_err(),
        "no_target",
        Some("exports"),
    );
    let tornado = sensitivity_js(official(), "gdp_growth").unwrap();
    assert_eq!(text(&tornado, "swings.0.id"), "tertiary");
    assert_error(
        sensitivity_js(official(), "weather").unwrap_err(),
        "invalid_input",
        None,
    );
}

#[wasm_bindgen_test]
fn seeded_monte_carlo_matches_the_native_run() {
    let settings = js_sys::JSON::parse(r#"{"draws":20000,"seed":42,"correlation":"0.3"}"#).unwrap();
    let result = monte_carlo_js(official(), settings).unwrap();
    assert_eq!(
        text(&result, "fingerprint"),
        include_str!("../golden_fingerprint.txt")
    );
    assert_eq!(text(&result, "rows.0.id"), "gdp");
    assert!(text(&result, "rows.0.probability").parse::<f64>().is_ok());
    let bad = js_sys::JSON::parse(r#"{"draws":0,"seed":1}"#).unwrap();
    assert_error(
        monte_carlo_js(official(), bad).unwrap_err(),
        "out_of_range",
        Some("draws"),
    );
}

/// Monte Carlo settings with every spread zero except the named ones.
fn mc_settings(draws: u32, correlation: &str, spreads: &[(&str, &str)]) -> JsValue {
    let all = Object::new();
    let growth = get(&official(), "growth");
    for id in Object::keys(growth.unchecked_ref::<Object>()).iter() {
        Reflect::set(&all, &id, &JsValue::from_str("0")).unwrap();
    }
    for (id, spread) in spreads {
        Reflect::set(&all, &JsValue::from_str(id), &JsValue::from_str(spread)).unwrap();
    }
    let settings = Object::new();
    Reflect::set(&settings, &"draws".into(), &draws.into()).unwrap();
    Reflect::set(&settings, &"seed".into(), &3.into()).unwrap();
    Reflect::set(&settings, &"correlation".into(), &correlation.into()).unwrap();
    Reflect::set(&settings, &"spreads".into(), &all).unwrap();
    settings.into()
}

#[wasm_bindgen_test]
fn monte_carlo_counts_by_the_table_rule_and_follows_the_correlation() {
    // Industrial value added at 8% against its "8%" target (about: met from 7.5), spread
    // 1 point: the share of draws reaching it is Φ(0.5) = 69.15%, not the 50% of a rule
    // without the tolerance.
    let scenario = official_with("industrial_va", JsValue::from_str("8"));
    let result = monte_carlo_js(
        scenario,
        mc_settings(100_000, "0", &[("industrial_va", "1")]),
    )
    .unwrap();
    let probability: f64 = text(&result, "rows.1.probability").parse().unwrap();
    assert!((probability - 69.15).abs() < 0.5, "{probability}");

    // GDP from the sectors, each with spread 2: correlation 0.95 widens GDP's 90% range by
    // √(0.95 + 0.05 Σwᵢ²) / √(Σwᵢ²) ≈ 1.42 (wᵢ the sectors' shares of 2023 GDP).
    let width = |rho: &str| {
        let scenario = official();
        Reflect::set(&scenario, &"gdpMode".into(), &"sectors".into()).unwrap();
        let spreads = [("primary", "2"), ("secondary", "2"), ("tertiary", "2")];
        let result = monte_carlo_js(scenario, mc_settings(50_000, rho, &spreads)).unwrap();
        let p5: f64 = text(&result, "rows.0.growthP5").parse().unwrap();
        let p95: f64 = text(&result, "rows.0.growthP95").parse().unwrap();
        p95 - p5
    };
    let ratio = width("0.95") / width("0");
    assert!((ratio - 1.42).abs() < 0.06, "{ratio}");
}

#[wasm_bindgen_test]
fn differences_round_half_away_from_zero() {
    assert_eq!(difference_js("436.10685", "434.06", 2).unwrap(), "2.05");
    assert_eq!(difference_js("1.005", "0", 2).unwrap(), "1.01");
    assert_eq!(difference_js("0", "1.005", 2).unwrap(), "-1.01");
    assert_error(
        difference_js("abc", "1", 2).unwrap_err(),
        "not_a_number",
        Some("difference"),
    );
}

/// The module's allocator (size classes with free lists): blocks of every size and
/// alignment never overlap, keep their contents through growth and reuse, and freed blocks
/// are handed out again.
#[wasm_bindgen_test]
fn allocator_blocks_never_overlap_and_keep_their_contents() {
    use std::alloc::{alloc, dealloc, realloc, Layout};
    let mut seed: u32 = 0x2545_f491;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
    let check = |block: &(*mut u8, Layout, u8)| {
        let bytes = unsafe { std::slice::from_raw_parts(block.0, block.1.size()) };
        assert!(
            bytes.iter().all(|b| *b == block.2),
            "a block was overwritten"
        );
        assert_eq!(block.0 as usize % block.1.align(), 0, "misaligned block");
    };
    for round in 0..20_000u32 {
        let action = next() % 4;
        if action < 2 || live.is_empty() {
            let size = match next() % 10 {
                0 => 1 + (next() % 200_000) as usize,
                _ => 1 + (next() % 300) as usize,
            };
            let layout = Layout::from_size_align(size, 1 << (next() % 7)).unwrap();
            let block = unsafe { alloc(layout) };
            assert!(!block.is_null());
            let fill = (round % 251) as u8;
            unsafe { std::ptr::write_bytes(block, fill, size) };
            live.push((block, layout, fill));
        } else if action == 2 {
            let index = next() as usize % live.len();
            let block = live.swap_remove(index);
            check(&block);
            unsafe { dealloc(block.0, block.1) };
        } else {
            let index = next() as usize % live.len();
            let (block, layout, fill) = live[index];
            check(&live[index]);
            let new_size = 1 + (next() % 5_000) as usize;
            let moved = unsafe { realloc(block, layout, new_size) };
            assert!(!moved.is_null());
            let kept = layout.size().min(new_size);
            let bytes = unsafe { std::slice::from_raw_parts(moved, kept) };
            assert!(bytes.iter().all(|b| *b == fill), "realloc lost contents");
            unsafe { std::ptr::write_bytes(moved, fill, new_size) };
            live[index] = (
                moved,
                Layout::from_size_align(new_size, layout.align()).unwrap(),
                fill,
            );
        }
    }
    // No two live blocks share a byte.
    let mut spans: Vec<(usize, usize)> = live
        .iter()
        .map(|b| (b.0 as usize, b.0 as usize + b.1.size()))
        .collect();
    spans.sort_unstable();
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "blocks overlap");
    }
    for block in &live {
        check(block);
    }
    // A freed block is what the next request of its class gets.
    let layout = Layout::from_size_align(24, 8).unwrap();
    let first = unsafe { alloc(layout) };
    unsafe { dealloc(first, layout) };
    assert_eq!(unsafe { alloc(layout) }, first);
}

/// JSON text of a JS value that also shows keys holding `undefined`, to compare shapes.
fn shape(value: &JsValue) -> String {
    let replacer = js_sys::Function::new_with_args(
        "key, value",
        "return value === undefined ? '(undefined)' : value",
    );
    js_sys::JSON::stringify_with_replacer(value, &replacer)
        .unwrap()
        .as_string()
        .unwrap()
}

/// What serde-wasm-bindgen would hand JavaScript for a value.
fn serde_js<T: serde::Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .unwrap()
}

/// Results cross as JSON text and `JSON.parse`; they must be exactly the objects
/// serde-wasm-bindgen would build: same keys, same order, strings for decimals, no `null`
/// where a value is absent.
#[wasm_bindgen_test]
fn results_have_the_shapes_serde_wasm_bindgen_gives() {
    use longgang_sim::{analysis, montecarlo, project, GdpMode, Scenario};
    let data = longgang_sim::embedded().unwrap();
    assert_eq!(shape(&dataset_js().unwrap()), shape(&serde_js(data)));
    assert_eq!(
        shape(&presets_js().unwrap()),
        shape(&serde_js(&data.presets))
    );
    for preset in &data.presets {
        let mut scenario = Scenario::from_preset(data, &preset.id).unwrap();
        assert_eq!(
            shape(&preset_scenario_js(&preset.id).unwrap()),
            shape(&serde_js(&scenario))
        );
        for mode in [GdpMode::Direct, GdpMode::Sectors] {
            scenario.gdp_mode = mode;
            let js = serde_js(&scenario);
            let projection = project(data, &scenario).unwrap();
            assert_eq!(
                shape(&project_js(js.clone()).unwrap()),
                shape(&serde_js(&longgang_sim::report::view::projection(
                    data,
                    &projection
                )))
            );
            let link = scenario.encode(data);
            assert_eq!(
                shape(&decode_scenario_js(&link).unwrap()),
                shape(&serde_js(&scenario))
            );
            let goal = analysis::goal_seek(
                data,
                &scenario,
                "gdp",
                &analysis::Goal::Official,
                Some("tertiary"),
            )
            .unwrap();
            let official = js_sys::JSON::parse(r#"{"kind":"official"}"#).unwrap();
            assert_eq!(
                shape(&goal_seek_js(js.clone(), "gdp", official, Some("tertiary".into())).unwrap()),
                shape(&serde_js(&longgang_sim::report::view::goal_seek(&goal)))
            );
            let swings =
                analysis::sensitivity(data, &scenario, analysis::Output::GdpGrowth).unwrap();
            assert_eq!(
                shape(&sensitivity_js(js.clone(), "gdp_growth").unwrap()),
                shape(&serde_js(&longgang_sim::report::view::sensitivity(&swings)))
            );
            let settings = montecarlo::McInput {
                draws: 500,
                seed: 7,
                correlation: Some("0.3".into()),
                spreads: Default::default(),
            };
            let run = montecarlo::run(data, &scenario, &settings).unwrap();
            let settings_js =
                js_sys::JSON::parse(r#"{"draws":500,"seed":7,"correlation":"0.3"}"#).unwrap();
            assert_eq!(
                shape(&monte_carlo_js(js, settings_js).unwrap()),
                shape(&serde_js(&longgang_sim::report::view::monte_carlo(&run)))
            );
        }
    }
    assert_eq!(
        shape(&default_spreads_js().unwrap()),
        shape(&serde_js(&montecarlo::default_spreads(data)))
    );
}

/// Scenarios are read field by field; every plain object serde-wasm-bindgen reads as a
/// valid scenario reads the same here, and what it refuses is refused here too. The one
/// difference is deliberate: an unknown field is refused, as `ScenarioInput` declares
/// (`deny_unknown_fields`), where serde-wasm-bindgen lets it pass.
#[wasm_bindgen_test]
fn scenarios_are_read_as_serde_wasm_bindgen_reads_them() {
    use longgang_sim::{Scenario, ScenarioInput};
    let data = longgang_sim::embedded().unwrap();
    let base = shape(&official());
    let cases = [
        base.clone(),
        base.replace("\"gdp\":\"6.5\"", "\"gdp\":\" 6.50 \""),
        base.replace("\"gdp\":\"6.5\"", "\"gdp\":6.5"),
        base.replace("\"gdp\":\"6.5\"", "\"gdp\":null"),
        base.replace("\"deflator\":\"0\"", "\"deflator\":\"1.5\""),
        base.replace("\"deflator\":\"0\"", "\"deflator\":null"),
        base.replace("\"deflator\":\"0\",", ""),
        base.replace("\"gdpMode\":\"direct\"", "\"gdpMode\":\"sectors\""),
        base.replace("\"gdpMode\":\"direct\"", "\"gdpMode\":\"both\""),
        base.replace("\"gdpMode\":\"direct\"", "\"gdpMode\":1"),
        base.replace("\"gdp\":\"6.5\",", ""),
        base.replace("\"gdp\":\"6.5\"", "\"gdp\":\"6.5\",\"weather\":\"1\""),
        r#"{"growth":[]}"#.to_string(),
        r#"{"growth":"6.5"}"#.to_string(),
        r#"{}"#.to_string(),
        r#"[]"#.to_string(),
        r#""v1""#.to_string(),
        r#"42"#.to_string(),
        r#"null"#.to_string(),
    ];
    for case in cases {
        let value = js_sys::JSON::parse(&case).unwrap();
        let ours = normalize_scenario_js(value.clone()).map(|v| shape(&v));
        let reference = serde_wasm_bindgen::from_value::<ScenarioInput>(value)
            .ok()
            .and_then(|input| Scenario::from_input(data, &input).ok())
            .map(|scenario| shape(&serde_js(&scenario)));
        assert_eq!(ours.ok(), reference, "{case}");
    }
    let extra =
        js_sys::JSON::parse(&base.replace("{\"growth\"", "{\"extra\":1,\"growth\"")).unwrap();
    assert_error(
        normalize_scenario_js(extra).unwrap_err(),
        "invalid_input",
        None,
    );
}

/// A damaged link's messages through the JS API: each in its own language, the Chinese
/// one without English words outside its “quotations”, the English one without Chinese,
/// nothing clipped.
#[wasm_bindgen_test]
fn damaged_link_messages_are_each_in_one_language() {
    let link = encode_scenario_js(official()).unwrap();
    let cases = [
        (format!("{}%", &link[..link.len() - 1]), "U+0025"),
        (link.replace("gdp6.5", "gdp6.4"), "校验码不符"),
        (
            link[..link.rfind('~').unwrap()].to_string(),
            "末尾缺少校验码",
        ),
    ];
    for (damaged, phrase) in cases {
        let thrown = decode_scenario_js(&damaged).unwrap_err();
        assert_error(thrown.clone(), "scenario_malformed", None);
        let zh = text(&thrown, "messageZh");
        let en = text(&thrown, "messageEn");
        assert!(
            zh.starts_with("情景链接已损坏:") && zh.contains(phrase),
            "{zh}"
        );
        let hant = text(&thrown, "messages.zh-Hant");
        assert!(hant.starts_with("情境連結已損壞:"), "{hant}");
        assert!(en.starts_with("The scenario link is damaged: "), "{en}");
        let mut quoted = false;
        let outside: String = zh
            .chars()
            .filter(|c| {
                if *c == '“' || *c == '”' {
                    quoted = *c == '“';
                    return false;
                }
                !quoted
            })
            .collect();
        let longest = outside
            .split(|c: char| !c.is_ascii_alphabetic())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(longest < 3, "English in {zh}");
        assert!(!zh.contains('…') && !en.contains('…'), "{zh} {en}");
    }
}

/// The share card from JavaScript is the native renderer's, byte for byte.
#[wasm_bindgen_test]
fn the_share_card_is_the_native_one() {
    use longgang_sim::report::{card, Lang};
    use longgang_sim::Scenario;
    let data = longgang_sim::embedded().unwrap();
    let scenario = Scenario::from_preset(data, "official").unwrap();
    let url = "https://example.org/whatif/#s=v1~D0~M0";
    let zh = card_svg_js(official(), "zh", Some(url.into())).unwrap();
    assert_eq!(
        zh,
        card::card_svg(data, &scenario, Lang::ZH, Some(url)).unwrap()
    );
    assert!(zh.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1080\""));
    for marker in [
        ">436.11亿元</text>",
        ">8项目标:8项达到,0项超出,0项低于</text>",
        "<path transform",
    ] {
        assert!(zh.contains(marker), "{marker}");
    }
    let en = card_svg_js(official(), "en", None).unwrap();
    assert_eq!(en, card::card_svg(data, &scenario, Lang::EN, None).unwrap());
    assert!(en.contains(">43.611 bn yuan</text>") && !en.contains("<path"));
    assert_error(
        card_svg_js(official(), "zh", Some("javascript:alert(1)".into())).unwrap_err(),
        "invalid_input",
        None,
    );
    assert_error(
        card_svg_js(official(), "fr", None).unwrap_err(),
        "unknown_language",
        None,
    );
    let hant = card_svg_js(official(), "zh-TW", None).unwrap();
    assert_eq!(
        hant,
        card::card_svg(data, &scenario, Lang::ZH_HANT, None).unwrap()
    );
    assert!(hant.contains(">436.11億元</text>"), "{hant}");
    assert_error(
        card_svg_js(official_with("gdp", "abc".into()), "zh", None).unwrap_err(),
        "not_a_number",
        Some("gdp"),
    );
}

/// The committed corpora of share links (see `tests/links.rs`), through the JS API: every
/// link, v1 or v2, decodes to the scenario it was made for and projects to the recorded
/// figures; the two corpora hold the same scenarios in the same order, so each v1 link
/// re-encodes to its v2 counterpart.
#[wasm_bindgen_test]
fn committed_links_decode_and_project_as_recorded() {
    let v1 = js_sys::JSON::parse(include_str!("../fixtures/links-v1.json")).unwrap();
    let v2 = js_sys::JSON::parse(include_str!("../fixtures/links-v2.json")).unwrap();
    let v2_links = Array::from(&get(&v2, "links"));
    for corpus in [v1, v2] {
        let links = Array::from(&get(&corpus, "links"));
        assert_eq!(links.length(), v2_links.length());
        assert!(links.length() >= 18);
        for (i, entry) in links.iter().enumerate() {
            let name = text(&entry, "name");
            let link = text(&entry, "link");
            let scenario = decode_scenario_js(&link).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let recorded = get(&entry, "scenario");
            for key in ["deflator", "gdpMode"] {
                assert_eq!(text(&scenario, key), text(&recorded, key), "{name}: {key}");
            }
            let growth = get(&recorded, "growth");
            let ids = Object::keys(growth.unchecked_ref::<Object>());
            let decoded = get(&scenario, "growth");
            assert_eq!(
                Object::keys(decoded.unchecked_ref::<Object>()).length(),
                ids.length(),
                "{name}: indicators"
            );
            for id in ids.iter() {
                let id = id.as_string().unwrap();
                assert_eq!(
                    text(&decoded, &id),
                    text(&growth, &id),
                    "{name}: growth of {id}"
                );
            }
            assert_eq!(
                encode_scenario_js(scenario.clone()).unwrap(),
                text(&v2_links.get(i as u32), "link"),
                "{name}"
            );
            let projection = project_js(scenario).unwrap();
            let rows = Array::from(&get(&projection, "rows"));
            let recorded_rows = get(&entry, "rows");
            assert_eq!(rows.length(), ids.length(), "{name}: rows");
            for row in rows.iter() {
                let id = text(&row, "id");
                for key in ["growth", "projected", "projectedExact", "status"] {
                    assert_eq!(
                        text(&row, key),
                        text(&recorded_rows, &format!("{id}.{key}")),
                        "{name}: {id}.{key}"
                    );
                }
            }
            let derived = get(&entry, "derived");
            assert_eq!(
                Object::keys(derived.unchecked_ref::<Object>()).length() as usize,
                DERIVED.len(),
                "{name}: derived figures"
            );
            for (recorded, key) in DERIVED {
                assert_eq!(
                    text(&projection, &format!("derived.{key}")),
                    text(&derived, recorded),
                    "{name}: derived {key}"
                );
            }
        }
    }
}

/// Links of another report or of a newer edition of the data: their own codes, in both
/// languages.
#[wasm_bindgen_test]
fn links_from_elsewhere_are_refused_by_name() {
    use longgang_sim::scenario::seal;
    let link = encode_scenario_js(official()).unwrap();
    assert!(
        link.starts_with("v2~longgang-2024~E1~D0~M0~gdp6.5~"),
        "{link}"
    );
    let body = &link[..link.rfind('~').unwrap()];
    let other = decode_scenario_js(&seal(&body.replace("longgang-2024", "wenzhou-2025")));
    let thrown = other.unwrap_err();
    assert_error(thrown.clone(), "scenario_other_report", None);
    assert!(text(&thrown, "messageZh").contains("“wenzhou-2025”"));
    let newer = decode_scenario_js(&seal(&body.replace("~E1~", "~E2~"))).unwrap_err();
    assert_error(newer.clone(), "scenario_newer_edition", None);
    assert!(text(&newer, "messageEn").contains("a newer edition of the data"));
    assert_error(
        decode_scenario_js(&seal(&body.replace("~E1~", "~E01~"))).unwrap_err(),
        "scenario_malformed",
        None,
    );
}

/// Every result recorded in `golden_api.txt` (see `tests/api_golden.rs`, which checks the
/// native side against the same file), as the exports hand it to JavaScript: same keys,
/// same order, same digits.
#[wasm_bindgen_test]
fn results_reach_javascript_exactly_as_recorded() {
    let json = |value: JsValue| -> String {
        js_sys::JSON::stringify(&value)
            .unwrap()
            .as_string()
            .unwrap()
    };
    let written = |result: Result<JsValue, JsValue>| match result {
        Ok(value) => json(value),
        Err(thrown) => format!(
            "error {} {}",
            text(&thrown, "code"),
            get(&thrown, "field").as_string().as_deref().unwrap_or("-")
        ),
    };
    let mut checked = 0;
    for line in include_str!("../golden_api.txt").lines() {
        let mut parts = line.splitn(3, '\t');
        let (kind, arguments, recorded) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let arguments: Vec<&str> = arguments.split(' ').collect();
        let scenario = decode_scenario_js(arguments[0]).unwrap();
        let now = match kind {
            "project" => written(project_js(scenario)),
            "goal" => {
                let goal = if arguments[2] == "official" {
                    js_sys::JSON::parse(r#"{"kind":"official"}"#).unwrap()
                } else {
                    let goal = Object::new();
                    Reflect::set(&goal, &"kind".into(), &"level".into()).unwrap();
                    Reflect::set(&goal, &"value".into(), &arguments[2].into()).unwrap();
                    goal.into()
                };
                let solve_for = Some(arguments[3].to_string()).filter(|s| s != "-");
                written(goal_seek_js(scenario, arguments[1], goal, solve_for))
            }
            "sensitivity" => written(sensitivity_js(scenario, arguments[1])),
            "montecarlo" => {
                let settings = Object::new();
                let draws: u32 = arguments[1].parse().unwrap();
                let seed: u32 = arguments[2].parse().unwrap();
                Reflect::set(&settings, &"draws".into(), &draws.into()).unwrap();
                Reflect::set(&settings, &"seed".into(), &seed.into()).unwrap();
                Reflect::set(&settings, &"correlation".into(), &arguments[3].into()).unwrap();
                written(monte_carlo_js(scenario, settings.into()))
            }
            "grid" => project_grid_js(scenario, arguments[1].parse().unwrap())
                .unwrap()
                .replace('\n', " "),
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(now, recorded, "{kind} {arguments:?}");
        checked += 1;
    }
    assert_eq!(checked, 66);
}

/// Every figure `project` shows is its exact value (which it also hands over) rounded half
/// away from zero to its places, over a grid of scenarios in both GDP modes and with
/// price changes; and the benchmark grid's levels are the ones `project` shows for the same
/// scenarios.
#[wasm_bindgen_test]
fn every_figure_shown_is_its_exact_value_rounded() {
    use longgang_sim::number::{parse_plain, round_fixed, Dec};
    use longgang_sim::{GdpMode, Scenario};
    use rust_decimal::Decimal;
    let data = longgang_sim::embedded().unwrap();
    let official = Scenario::from_preset(data, "official").unwrap();
    let count = 40;
    let grid = project_grid_js(serde_js(&official), count).unwrap();
    let mut grid = grid.split('\n');
    let rounded = |exact: &str, places: u32| round_fixed(parse_plain(exact).unwrap(), places);
    for k in 0..u64::from(count) {
        let mut scenario = official.clone();
        for (i, indicator) in data.indicators.iter().enumerate() {
            let offset = ((7919 * k + 104_729 * i as u64) % 2001) as i64 - 1000;
            let growth = (official.growth_of(&indicator.id) + Decimal::new(offset, 2))
                .clamp(indicator.range.min.0, indicator.range.max.0);
            scenario.growth.insert(indicator.id.clone(), Dec(growth));
        }
        let direct = project_js(serde_js(&scenario)).unwrap();
        for (i, indicator) in data.indicators.iter().enumerate() {
            assert_eq!(
                grid.next(),
                Some(text(&direct, &format!("rows.{i}.projected")).as_str()),
                "grid scenario {k}, {}",
                indicator.id
            );
        }
        scenario.gdp_mode = if k % 2 == 0 {
            GdpMode::Sectors
        } else {
            GdpMode::Direct
        };
        scenario.deflator = Dec(Decimal::new((k % 7) as i64 * 75 - 150, 2));
        for projection in [direct, project_js(serde_js(&scenario)).unwrap()] {
            for (i, indicator) in data.indicators.iter().enumerate() {
                let places = data.decimals_of(indicator);
                let row = |key: &str| text(&projection, &format!("rows.{i}.{key}"));
                assert_eq!(
                    rounded(&row("projectedExact"), places),
                    row("projected"),
                    "{}",
                    indicator.id
                );
            }
            for (exact, shown) in [
                ("impliedGdpGrowthExact", "impliedGdpGrowth"),
                ("urbanRuralRatioPlanExact", "urbanRuralRatioPlan"),
                ("budgetRevenueToGdpPlanExact", "budgetRevenueToGdpPlan"),
                ("faiToGdpPlanExact", "faiToGdpPlan"),
            ] {
                assert_eq!(
                    rounded(&text(&projection, &format!("derived.{exact}")), 2),
                    text(&projection, &format!("derived.{shown}")),
                    "{shown}"
                );
            }
        }
    }
    assert_eq!(grid.next(), None);
}

#[wasm_bindgen_test]
fn explanations_reach_js_and_recompute_to_their_figures() {
    let explained = explain_js(official_with("gdp", JsValue::from_str("7")), "gdp", "zh").unwrap();
    assert_eq!(
        text(&explained, "numbers"),
        "409.49 × (1 + 7 ÷ 100) = 438.1543"
    );
    assert_eq!(text(&explained, "exact"), "438.1543");
    assert_eq!(text(&explained, "shown"), "438.15");
    assert_eq!(text(&explained, "shownAmount"), "438.15亿元");
    assert_eq!(text(&explained, "inputs.0.kind"), "report");
    assert_eq!(text(&explained, "inputs.1.kind"), "assumption");
    let status = explain_js(official(), "retail_sales.status", "en").unwrap();
    assert_eq!(text(&status, "status"), "met");
    assert_eq!(text(&status, "verdict"), "So: meets target");

    // Every figure of every preset, in both GDP modes, computed in WebAssembly: the inputs
    // recompute to the result, and JavaScript receives that exact result.
    let data = longgang_sim::embedded().unwrap();
    let mut checked = 0;
    for preset in &data.presets {
        for mode in [
            longgang_sim::GdpMode::Direct,
            longgang_sim::GdpMode::Sectors,
        ] {
            let mut scenario = longgang_sim::Scenario::from_preset(data, &preset.id).unwrap();
            scenario.gdp_mode = mode;
            let projection = longgang_sim::project(data, &scenario).unwrap();
            for figure in longgang_sim::explain::figures(data, &projection) {
                let explanation =
                    longgang_sim::explain::explain_in(data, &projection, &figure).unwrap();
                assert_eq!(
                    explanation.recompute(),
                    Some(explanation.result),
                    "{figure}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "{checked}");
    let figures = Array::from(&explainable_figures_js(official()).unwrap());
    for figure in figures.iter() {
        let figure = figure.as_string().unwrap();
        let explained = explain_js(official(), &figure, "zh-Hant").unwrap();
        let native = longgang_sim::explain::explain(
            data,
            &longgang_sim::Scenario::from_preset(data, "official").unwrap(),
            &figure,
        )
        .unwrap();
        assert_eq!(
            text(&explained, "exact"),
            longgang_sim::number::canonical(native.result),
            "{figure}"
        );
    }

    assert_error(
        explain_js(official(), "gdp.nothing", "en").unwrap_err(),
        "unknown_figure",
        Some("gdp.nothing"),
    );
    assert_error(
        explain_js(official(), "gdp", "fr").unwrap_err(),
        "unknown_language",
        None,
    );
}

#[wasm_bindgen_test]
fn an_uncertainty_figure_explains_itself_as_the_run_in_wasm() {
    let settings = mc_settings(300, "0.3", &[("gdp", "1.5")]);
    let run = monte_carlo_js(official(), settings.clone()).unwrap();
    let rows = Array::from(&get(&run, "rows"));
    let gdp = rows.iter().find(|row| text(row, "id") == "gdp").unwrap();
    let explained =
        explain_uncertainty_js(official(), settings.clone(), "gdp.probability", "en").unwrap();
    // The same share as the run's, and its working recomputes.
    assert_eq!(text(&explained, "shown"), text(&gdp, "probability"));
    let data = longgang_sim::embedded().unwrap();
    let input = longgang_sim::montecarlo::McInput {
        draws: 300,
        seed: 7,
        correlation: Some("0.3".to_string()),
        spreads: Default::default(),
    };
    let scenario = longgang_sim::Scenario::from_preset(data, "official").unwrap();
    for figure in ["gdp.probability", "gdp.p5", "fai.p95", "exports.p5"] {
        let explanation =
            longgang_sim::explain::explain_uncertainty(data, &scenario, &input, figure).unwrap();
        assert_eq!(
            explanation.recompute(),
            Some(explanation.result),
            "{figure}"
        );
    }
    assert_error(
        explain_uncertainty_js(official(), settings, "exports.probability", "en").unwrap_err(),
        "unknown_figure",
        Some("exports.probability"),
    );
}

#[wasm_bindgen_test]
fn a_goal_seek_explains_itself_in_wasm() {
    let goal = Object::new();
    Reflect::set(&goal, &"kind".into(), &"official".into()).unwrap();
    let answer = goal_seek_js(
        official(),
        "gdp",
        goal.clone().into(),
        Some("tertiary".into()),
    )
    .unwrap();
    let explained = explain_goal_seek_js(
        official(),
        "gdp",
        goal.into(),
        Some("tertiary".into()),
        "zh",
    )
    .unwrap();
    assert_eq!(text(&explained, "exact"), text(&answer, "growthExact"));
    assert_eq!(text(&explained, "formula"), "sector_goal");
    assert_eq!(
        text(&explained, "numbers"),
        "((436.10685 − 10.31985 − 184.31955) ÷ 226.73 − 1) × 100 = 6.5"
    );
}

#[wasm_bindgen_test]
fn a_tornado_end_explains_itself_in_wasm() {
    let tornado = sensitivity_js(official(), "fai_to_gdp").unwrap();
    let swings = Array::from(&get(&tornado, "swings"));
    let first = swings.get(0);
    let id = text(&first, "id");
    let explained = explain_sensitivity_js(official(), "fai_to_gdp", &id, "high", "en").unwrap();
    assert_eq!(text(&explained, "shown"), text(&first, "highOutput"));
    assert!(text(&explained, "varied").contains("the highest of its range"));
    assert_error(
        explain_sensitivity_js(official(), "fai_to_gdp", &id, "middle", "en").unwrap_err(),
        "invalid_input",
        None,
    );
}
