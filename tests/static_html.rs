//! The static fallback HTML: complete, escaped, self-contained, and the same from the CLI.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::report::csv::Lang;
use longgang_sim::report::static_html::render;
use longgang_sim::scenario::Scenario;
use std::process::Command;

fn official() -> Scenario {
    Scenario::from_preset(longgang_sim::embedded().unwrap(), "official").unwrap()
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn chosen_indicators_in_their_order_with_report_numbers() {
    let data = longgang_sim::embedded().unwrap();
    let html = render(
        data,
        &official(),
        &ids(&["retail_sales", "gdp"]),
        Lang::ZH,
        None,
    )
    .unwrap();
    let retail = html.find("data-id=\"retail_sales\"").unwrap();
    let gdp = html.find("data-id=\"gdp\"").unwrap();
    assert!(retail < gdp, "the requested order is kept");
    assert!(html.contains("<td>409.49亿元</td><td>6.5%</td><td>436.11亿元</td><td>6.5%以上 → 436.11亿元</td><td>✓ 达到目标</td>"));
    assert_eq!(html.matches("<tr data-id=").count(), 2);
    assert!(html.contains("<svg") && html.contains("</svg>"));
    assert!(html.contains("来源:《关于2023年龙港市国民经济和社会发展计划执行情况"));
}

#[test]
fn all_indicators_when_none_are_named_and_grouped_thousands() {
    let data = longgang_sim::embedded().unwrap();
    let html = render(data, &official(), &[], Lang::EN, None).unwrap();
    assert_eq!(html.matches("<tr data-id=").count(), 14);
    assert!(html.contains("<td>73,273.07 yuan</td>"));
    assert!(html.contains("<td>No target in the report</td>"));
}

#[test]
fn nothing_needs_a_stylesheet_or_script() {
    let data = longgang_sim::embedded().unwrap();
    let html = render(
        data,
        &official(),
        &[],
        Lang::ZH,
        Some("https://example.org/whatif/#s=v1"),
    )
    .unwrap();
    for forbidden in [
        "<script",
        "style=",
        "<style",
        "<link",
        "onload",
        "onerror",
        "javascript:",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    assert!(html.contains("<a href=\"https://example.org/whatif/#s=v1\">打开交互版</a>"));
}

#[test]
fn links_are_escaped_and_unsafe_schemes_refused() {
    let data = longgang_sim::embedded().unwrap();
    let html = render(
        data,
        &official(),
        &[],
        Lang::EN,
        Some("https://x/\"><script>alert(1)</script>"),
    )
    .unwrap();
    assert!(html.contains("href=\"https://x/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    for bad in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "//evil.example/",
        "http://x/\n",
    ] {
        let error = render(data, &official(), &[], Lang::EN, Some(bad)).unwrap_err();
        assert_eq!(error.code(), "invalid_input", "{bad:?}");
    }
}

#[test]
fn unknown_indicators_are_named() {
    let data = longgang_sim::embedded().unwrap();
    let error = render(data, &official(), &ids(&["gdp", "gpd"]), Lang::ZH, None).unwrap_err();
    assert_eq!(
        (error.code(), error.field()),
        ("unknown_indicator", Some("gpd"))
    );
}

#[test]
fn cli_render_matches_the_library() {
    let output = Command::new(env!("CARGO_BIN_EXE_longgang"))
        .args([
            "render",
            "--preset",
            "momentum",
            "--format",
            "html",
            "--indicators",
            "gdp,fai",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let data = longgang_sim::embedded().unwrap();
    let momentum = Scenario::from_preset(data, "momentum").unwrap();
    let expected = render(data, &momentum, &ids(&["gdp", "fai"]), Lang::EN, None).unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
    let bad = Command::new(env!("CARGO_BIN_EXE_longgang"))
        .args(["render", "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn every_target_keeps_its_qualifier_in_both_languages() {
    let data = longgang_sim::embedded().unwrap();
    let zh = render(
        data,
        &official(),
        &ids(&["gdp", "industrial_va"]),
        Lang::ZH,
        None,
    )
    .unwrap();
    assert!(zh.contains("6.5%以上"), "at least, in Chinese");
    assert!(zh.contains("8%左右"), "about, in Chinese");
    let en = render(
        data,
        &official(),
        &ids(&["gdp", "industrial_va"]),
        Lang::EN,
        None,
    )
    .unwrap();
    assert!(en.contains("at least 6.5%"));
    assert!(en.contains("about 8%"));
}
