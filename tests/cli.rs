//! The `longgang` command: each format prints the projection, the dataset prints as JSON,
//! and bad input gives a specific message on stderr with a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{longgang, stdout};

#[test]
fn official_csv_is_the_projection_table() {
    let csv = stdout(&longgang(&[
        "project", "--preset", "official", "--format", "csv",
    ]));
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 15, "header and 14 indicators");
    assert!(lines[0].starts_with("编号,指标,单位"));
    // A projection from assumptions, worded as the page words it: never a forecast.
    assert!(lines[0].contains(",2024年推算,"), "{}", lines[0]);
    assert!(!csv.contains("预测"));
    assert_eq!(
        lines[1],
        "gdp,地区生产总值,亿元,可比价,409.49,8.7,6.5,436.11,6.5,以上,436.11,0.00,0.00,达到目标"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("urban_income,") && l.contains(",73273.07,")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("fai,") && l.contains(",237.22,")));
}

#[test]
fn english_table_with_changes() {
    let table = stdout(&longgang(&[
        "project", "--set", "gdp=6", "--set", "fai=10", "--lang", "en",
    ]));
    let gdp = table.lines().find(|l| l.starts_with("gdp ")).unwrap();
    assert!(
        gdp.contains("434.06") && gdp.contains("-2.05") && gdp.contains("falls short"),
        "{gdp}"
    );
    let fai = table.lines().find(|l| l.starts_with("fai ")).unwrap();
    assert!(fai.contains("226.91"), "{fai}");
    assert!(table.contains("scenario: v2~longgang-2024~E1~D0~M0~gdp6~"));
}

#[test]
fn json_carries_scenario_link_and_string_decimals() {
    let json = stdout(&longgang(&[
        "project",
        "--preset",
        "momentum",
        "--gdp-mode",
        "sectors",
        "--format",
        "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["projection"]["gdpMode"], "sectors");
    assert_eq!(value["projection"]["rows"][0]["growth"], "8.76");
    assert_eq!(value["scenario"]["growth"]["fai"], "30.6");
    let link = value["link"].as_str().unwrap();
    let again = stdout(&longgang(&[
        "project",
        "--scenario",
        link,
        "--format",
        "json",
    ]));
    let again: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(
        again["projection"], value["projection"],
        "a link reproduces the projection"
    );
    // The link v1 wrote for the same scenario reproduces it too.
    let v1 = longgang_sim::Scenario::decode(longgang_sim::embedded().unwrap(), link)
        .unwrap()
        .encode_as(
            longgang_sim::embedded().unwrap(),
            longgang_sim::scenario::LinkForm::V1,
        );
    assert!(v1.starts_with("v1~D0~M1~gdp8.7~"), "{v1}");
    let old: serde_json::Value = serde_json::from_str(&stdout(&longgang(&[
        "project",
        "--scenario",
        &v1,
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(old["projection"], value["projection"]);
    assert_eq!(old["link"], value["link"], "written back as v2");
}

#[test]
fn dataset_prints_as_json() {
    let json = stdout(&longgang(&["dataset", "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["indicators"][0]["base"]["value"], "409.49");
    assert_eq!(value["presets"].as_array().unwrap().len(), 4);
}

#[test]
fn help_explains_both_commands() {
    let help = stdout(&longgang(&["--help"]));
    assert!(help.contains("longgang project") && help.contains("longgang dataset"));
    assert!(help.contains("--set ID=PCT"));
    assert!(help.contains("svg: the share card"));
}

#[test]
fn render_svg_writes_the_share_card() {
    let svg = stdout(&longgang(&[
        "render",
        "--format",
        "svg",
        "--set",
        "gdp=6",
        "--set",
        "industrial_va=9",
        "--open-url",
        "/#s=v1",
    ]));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1080\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains(">8项目标:6项达到,1项超出,1项低于</text>"));
    assert!(svg.contains(">434.06亿元</text>") && svg.contains(">扫码打开本情景</text>"));
    let english = stdout(&longgang(&[
        "render", "--format", "svg", "--preset", "official", "--lang", "en",
    ]));
    assert!(english.contains(">43.611 bn yuan</text>") && !english.contains("<path"));
}

#[test]
fn bad_input_fails_with_a_specific_message() {
    let cases = [
        (vec!["project", "--set", "gdp=abc"], "not_a_number"),
        (vec!["project", "--set", "gdp=5000"], "out_of_range"),
        (vec!["project", "--set", "mars=1"], "unknown_indicator"),
        (vec!["project", "--set", "gdp"], "invalid_input"),
        (vec!["project", "--preset", "wild"], "unknown_preset"),
        (vec!["project", "--format", "xml"], "invalid_input"),
        (vec!["project", "--gdp-mode", "magic"], "unknown_gdp_mode"),
        (vec!["project", "--deflator", "1e309"], "not_a_number"),
        (vec!["project", "--scenario", "v9~x"], "scenario_version"),
        (vec!["project", "--preset"], "invalid_input"),
        (vec!["frobnicate"], "invalid_input"),
        (vec!["dataset", "--format", "csv"], "invalid_input"),
        (
            vec!["render", "--format", "svg", "--indicators", "gdp"],
            "invalid_input",
        ),
        (
            vec!["render", "--format", "svg", "--open-url", "javascript:x"],
            "invalid_input",
        ),
    ];
    for (args, code) in cases {
        let output = longgang(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(&format!("[{code}]")), "{args:?}: {stderr}");
        // Without --lang, in every language, each line in one.
        for prefix in ["error [", "错误 [", "錯誤 ["] {
            assert!(stderr.contains(prefix), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn errors_speak_the_chosen_language() {
    let output = longgang(&["project", "--lang", "zh-TW", "--set", "gdp=abc"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("錯誤 [not_a_number]:「abc」不是有效數字(「gdp」)。"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("错误") && !stderr.contains("error ["),
        "{stderr}"
    );
    let unknown = longgang(&["project", "--lang", "fr"]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        stderr.contains("error [unknown_language]: Unknown language \"fr\"."),
        "{stderr}"
    );
    assert!(stderr.contains("不支援的語言「fr」。"), "{stderr}");
}

#[test]
fn traditional_chinese_table_csv_html_and_card() {
    let table = stdout(&longgang(&["project", "--lang", "zh-Hant"]));
    let gdp = table.lines().find(|l| l.starts_with("gdp ")).unwrap();
    assert!(
        gdp.contains("地區生產總值") && gdp.contains("億元") && gdp.contains("達到目標"),
        "{gdp}"
    );
    assert!(
        table.contains("\n情境:v2~longgang-2024~E1~D0~M0~gdp6.5~"),
        "{table}"
    );
    let csv = stdout(&longgang(&[
        "project", "--lang", "zh-Hant", "--format", "csv",
    ]));
    assert!(csv.starts_with("編號,指標,單位,價格口徑,2023年,"), "{csv}");
    assert!(csv.contains("\r\nfai,固定資產投資,億元,現價,206.28,30.6,15,237.22,15,以上,"));
    let html = stdout(&longgang(&[
        "render",
        "--format",
        "html",
        "--lang",
        "zh-Hant",
        "--indicators",
        "gdp,foreign_trade",
    ]));
    assert!(html.contains("lang=\"zh-Hant\""), "{html}");
    assert!(
        html.contains("<caption>龍港市2024年發展目標推演</caption>"),
        "{html}"
    );
    assert!(html.contains("<td>100(指數)</td>"), "{html}");
    assert!(html.contains("資料來源:《關於2023年龍港市國民經濟和社會發展計劃執行情況"));
    assert!(html.contains("(2024年2月4日,龍港市經濟發展局)"), "{html}");
    let svg = stdout(&longgang(&[
        "render", "--format", "svg", "--lang", "zh-Hant",
    ]));
    assert!(svg.contains("xml:lang=\"zh-Hant\"") && svg.contains("Noto Sans CJK TC"));
    assert!(
        svg.contains(">8項目標:8項達到,0項超出,0項低於</text>"),
        "{svg}"
    );
    assert!(svg.contains(">預設情境:官方目標</text>"), "{svg}");
}

#[test]
fn explain_prints_the_formula_numbers_and_sources() {
    let text = stdout(&longgang(&["explain", "gdp", "--set", "gdp=7"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "2024年地区生产总值（推演）");
    assert_eq!(lines[2], "  = 409.49 × (1 + 7 ÷ 100) = 438.1543");
    assert_eq!(lines[3], "  → 438.15（四舍五入保留2位小数），即438.15亿元");
    assert!(
        text.contains("= 409.49 — 报告原文：“全年实现地区生产总值409.49亿元"),
        "{text}"
    );
    assert!(text.contains("= 7 — 你的假设\n"), "{text}");

    let json = stdout(&longgang(&[
        "explain",
        "gdp.status",
        "--lang",
        "en",
        "--format",
        "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["figure"], "gdp.status");
    assert_eq!(value["status"], "met");
    assert_eq!(value["numbers"], "6.5 − 6.5 = 0");
    assert_eq!(value["inputs"][1]["kind"], "report");
    assert_eq!(value["inputs"][1]["value"], "6.5");

    let list = stdout(&longgang(&["explain", "--list"]));
    assert!(
        list.lines().any(|l| l == "derived.urban_rural_ratio.plan"),
        "{list}"
    );
    assert!(list.lines().any(|l| l == "fai.gap_points"), "{list}");

    let scenario = stdout(&longgang(&[
        "project", "--set", "fai=10", "--format", "json",
    ]));
    let link = serde_json::from_str::<serde_json::Value>(&scenario).unwrap()["link"]
        .as_str()
        .unwrap()
        .to_string();
    let from_link = stdout(&longgang(&[
        "explain",
        "fai",
        "--scenario",
        &link,
        "--lang",
        "en",
    ]));
    // In English, amounts in 亿元 are in bn yuan: every level's point moves alike.
    assert!(
        from_link.contains("= 20.628 × (1 + 10 ÷ 100) = 22.6908"),
        "{from_link}"
    );
    assert!(
        from_link.contains(
            "→ 22.691 (rounded half away from zero to 3 decimal places), that is 22.691 bn yuan"
        ),
        "{from_link}"
    );
}

#[test]
fn explain_gives_the_reports_account_of_a_missed_base_year_target() {
    let text = stdout(&longgang(&["explain", "budget_revenue.gap_points"]));
    assert!(text.contains("\n  2023年该指标未完成年度目标。"), "{text}");
    assert!(
        text.contains("报告原文：“主要原因在于海域使用金没有完成年初预算的任务数,年初预算为5.27亿,实际完成2000万”"),
        "{text}"
    );
    // An indicator that met its 2023 target has no such line.
    let gdp = stdout(&longgang(&["explain", "gdp"]));
    assert!(!gdp.contains("未完成"), "{gdp}");
}

#[test]
fn explain_refuses_an_unknown_figure_in_the_readers_language() {
    let output = longgang(&["explain", "gdp.nothing", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr
            .starts_with("error [unknown_figure]: There is no figure \"gdp.nothing\" to explain."),
        "{stderr}"
    );
    assert!(!stderr.contains("没有"), "one language only: {stderr}");
    let output = longgang(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
}
