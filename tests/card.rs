//! The share card: the report's figures and counts in each language, well-formed and
//! self-contained SVG, every line of text inside the canvas, the QR code of the link.
#![cfg(not(target_arch = "wasm32"))]

use longgang_sim::dataset::Dataset;
use longgang_sim::report::card::{card_svg, text_width, MARGIN, WIDTH};
use longgang_sim::report::csv::Lang;
use longgang_sim::scenario::Scenario;
use std::process::Command;

fn data() -> &'static Dataset {
    longgang_sim::embedded().unwrap()
}

fn official() -> Scenario {
    Scenario::from_preset(data(), "official").unwrap()
}

/// The official scenario with some growth figures changed.
fn with(changes: &[(&str, &str)]) -> Scenario {
    changes.iter().fold(official(), |scenario, (id, value)| {
        scenario.with_growth(data(), id, value).unwrap()
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// One tag of the document: its name, attributes, and whether it opens, closes or is empty.
#[derive(Debug)]
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
    kind: Kind,
    /// The text between this tag and the next.
    text: String,
}

#[derive(Debug, PartialEq)]
enum Kind {
    Open,
    Close,
    Empty,
}

/// Reads the XML entities the card may use, failing on any other `&`.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').expect("an entity ends with ;") + at;
        out.push(match &rest[at..=end] {
            "&amp;" => '&',
            "&lt;" => '<',
            "&gt;" => '>',
            "&quot;" => '"',
            "&#39;" => '\'',
            other => panic!("unknown entity {other}"),
        });
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A small XML walker: every tag well formed, attributes double-quoted and unique, no
/// stray `<` or `>` in text, tags balanced, one root. Returns the tags in order.
fn parse(svg: &str) -> Vec<Tag> {
    let mut tags = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    let mut roots = 0;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("a tag ends with >") + start;
        let inner = &rest[start + 1..end];
        assert!(!inner.contains('<'), "< inside a tag: {inner}");
        let (kind, body) = if let Some(name) = inner.strip_prefix('/') {
            (Kind::Close, name)
        } else if let Some(body) = inner.strip_suffix('/') {
            (Kind::Empty, body)
        } else {
            (Kind::Open, inner)
        };
        let name_end = body.find([' ', '\n']).unwrap_or(body.len());
        let name = body[..name_end].to_string();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "tag name {name:?}"
        );
        let mut attributes: Vec<(String, String)> = Vec::new();
        let mut attrs = body[name_end..].trim();
        while !attrs.is_empty() {
            let eq = attrs.find("=\"").expect("attribute=\"value\"");
            let key = attrs[..eq].to_string();
            assert!(
                key.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':'),
                "attribute name {key:?}"
            );
            let value_end = attrs[eq + 2..].find('"').expect("closing quote") + eq + 2;
            let value = &attrs[eq + 2..value_end];
            assert!(!value.contains('<'), "< in an attribute");
            assert!(
                attributes.iter().all(|(k, _)| *k != key),
                "repeated attribute {key}"
            );
            attributes.push((key, unescape(value)));
            attrs = attrs[value_end + 1..].trim_start();
        }
        match kind {
            Kind::Open => {
                if stack.is_empty() {
                    roots += 1;
                }
                stack.push(name.clone());
            }
            Kind::Close => assert_eq!(stack.pop().as_deref(), Some(name.as_str())),
            Kind::Empty => assert!(!stack.is_empty(), "an empty tag outside the root"),
        }
        rest = &rest[end + 1..];
        let text_end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..text_end];
        assert!(!text.contains('>'), "> in text: {text}");
        tags.push(Tag {
            name,
            attributes,
            kind,
            text: unescape(text),
        });
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert_eq!(roots, 1, "one root element");
    tags
}

fn attribute<'a>(tag: &'a Tag, key: &str) -> Option<&'a str> {
    tag.attributes
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Every `<text>`: (x, font size, anchor, content).
fn texts(tags: &[Tag]) -> Vec<(i32, i32, String, String)> {
    tags.iter()
        .filter(|t| t.name == "text" && t.kind == Kind::Open)
        .map(|t| {
            let number = |key: &str| attribute(t, key).unwrap().parse::<i32>().unwrap();
            let anchor = attribute(t, "text-anchor").unwrap_or("start").to_string();
            (number("x"), number("font-size"), anchor, t.text.clone())
        })
        .collect()
}

/// Checks what every card must be, whatever the scenario and language.
fn check_card(svg: &str, lang: Lang) -> Vec<Tag> {
    let tags = parse(svg);
    let root = &tags[0];
    assert_eq!(root.name, "svg");
    let height = attribute(root, "height").unwrap();
    assert!(svg.starts_with(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1080\" height=\"{height}\" viewBox=\"0 0 1080 {height}\""
    )));
    assert_eq!(
        attribute(root, "font-family"),
        Some(
            "system-ui, -apple-system, \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif"
        )
    );
    for forbidden in [
        "style=",
        "<style",
        "<script",
        "href=",
        "<image",
        "<foreignObject",
        "url(",
        "javascript:",
    ] {
        assert!(!svg.contains(forbidden), "{forbidden}");
    }
    for tag in &tags {
        for (key, _) in &tag.attributes {
            assert!(!key.starts_with("on"), "event handler {key}");
        }
    }
    let height: i32 = height.parse().unwrap();
    for (x, size, anchor, content) in texts(&tags) {
        assert!(size >= 24, "{size} px: {content}");
        let width = text_width(&content, size);
        let left = match anchor.as_str() {
            "start" => x,
            "middle" => x - width / 2,
            "end" => x - width,
            other => panic!("anchor {other}"),
        };
        assert!(
            left >= MARGIN && left + width <= WIDTH - MARGIN,
            "{content:?} at {left}..{} crosses the margins",
            left + width
        );
        assert!(!content.is_empty() && content.trim() == content);
        if lang == Lang::EN {
            assert!(
                !content.chars().any(is_cjk),
                "Chinese in English: {content}"
            );
        }
    }
    for tag in &tags {
        if let Some(y) = attribute(tag, "y") {
            let y: i32 = y.parse().unwrap();
            assert!((0..=height).contains(&y), "{} at y {y}", tag.name);
        }
    }
    tags
}

/// The status line of a tile, found by the indicator's name: the texts after the name's.
fn tile_texts(tags: &[Tag], name: &str) -> Vec<String> {
    let all: Vec<String> = texts(tags).into_iter().map(|t| t.3).collect();
    let at = all.iter().position(|t| t == name).expect(name);
    all[at + 1..at + 4].to_vec()
}

#[test]
fn cards_carry_the_report_numbers_and_counts() {
    // (scenario, language, what the card must say, the [indicator name, figure, status,
    // gap] of some tiles)
    type Tiles<'a> = Vec<[&'a str; 4]>;
    let cases: Vec<(Scenario, Lang, Vec<&str>, Tiles)> = vec![
        (
            official(),
            Lang::ZH,
            vec![
                "龙港市2024年发展目标推演",
                "预设情景:官方目标",
                "按假设推算,不是预测",
                "8项目标:8项达到,0项超出,0项低于",
                "扫码打开本情景",
                "直接设定",
                "》,龙港市经济发展局,2024年2月4日。",
            ],
            vec![
                [
                    "地区生产总值",
                    "436.11亿元",
                    "✓ 达到目标",
                    "较目标 0.00个百分点",
                ],
                [
                    "城镇居民人均可支配收入",
                    "73,273.07元",
                    "✓ 达到目标",
                    "较目标 0.00个百分点",
                ],
                [
                    "外贸进出口总额",
                    "108.00",
                    "✓ 达到目标",
                    "较目标 0.00个百分点",
                ],
                [
                    "固定资产投资",
                    "237.22亿元",
                    "✓ 达到目标",
                    "较目标 0.00个百分点",
                ],
            ],
        ),
        (
            // GDP 6 against "6.5% or more": short by 0.5 points (409.49 × 1.06 = 434.0594).
            // Industrial value added 9 against "about 8%": above 8.5, so it exceeds
            // (64.11 × 1.09 = 69.8799). The other six stay at their targets.
            with(&[("gdp", "6"), ("industrial_va", "9")]),
            Lang::ZH,
            vec!["自定情景", "8项目标:6项达到,1项超出,1项低于"],
            vec![
                [
                    "地区生产总值",
                    "434.06亿元",
                    "▼ 低于目标",
                    "较目标 −0.50个百分点",
                ],
                [
                    "规上工业增加值",
                    "69.88亿元",
                    "▲ 高于目标",
                    "较目标 +1.00个百分点",
                ],
            ],
        ),
        (
            with(&[("gdp", "6"), ("industrial_va", "9")]),
            Lang::EN,
            vec![
                "Custom scenario",
                "8 targets: 6 met, 1 exceeded, 1 short",
                "Scan to open",
            ],
            vec![
                [
                    "Gross domestic product",
                    "43.406 bn yuan",
                    "▼ falls short",
                    "−0.50 pts vs target",
                ],
                [
                    "Fixed-asset investment",
                    "23.722 bn yuan",
                    "✓ meets target",
                    "0.00 pts vs target",
                ],
            ],
        ),
        (
            official(),
            Lang::EN,
            vec![
                "Longgang 2024 What-if",
                "Preset scenario: Official targets",
                "A what-if calculation, not a forecast",
                "8 targets: 8 met, 0 exceeded, 0 short",
                "Longgang City Economic Development Bureau, 4\u{a0}February\u{a0}2024.",
                "set directly",
            ],
            vec![
                [
                    "Gross domestic product",
                    "43.611 bn yuan",
                    "✓ meets target",
                    "0.00 pts vs target",
                ],
                [
                    "Fixed-asset investment",
                    "23.722 bn yuan",
                    "✓ meets target",
                    "0.00 pts vs target",
                ],
            ],
        ),
        (
            Scenario::from_preset(data(), "cautious").unwrap(),
            Lang::ZH,
            vec!["预设情景:审慎", "8项目标:0项达到,0项超出,8项低于"],
            vec![[
                "地区生产总值",
                "427.92亿元",
                "▼ 低于目标",
                "较目标 −2.00个百分点",
            ]],
        ),
    ];
    let url = "https://example.org/whatif/#s=v1~D0~M0";
    for (scenario, lang, phrases, tiles) in cases {
        let svg = card_svg(data(), &scenario, lang, Some(url)).unwrap();
        let tags = check_card(&svg, lang);
        let all: Vec<String> = texts(&tags).into_iter().map(|t| t.3).collect();
        // Wrapped lines joined again: Chinese breaks between characters, English at spaces.
        let joined = all.join(if lang == Lang::ZH { "" } else { " " });
        for phrase in phrases {
            assert!(joined.contains(phrase), "{phrase:?} not in {all:?}");
        }
        for [name, figure, status, gap] in tiles {
            assert_eq!(tile_texts(&tags, name), [figure, status, gap], "{name}");
        }
        // The same figures as the static table writes.
        let table =
            longgang_sim::report::static_html::render(data(), &scenario, &[], lang, None).unwrap();
        let projection = longgang_sim::project(data(), &scenario).unwrap();
        for row in projection.rows.iter().filter(|r| r.target.is_some()) {
            let cell = table
                .split(&format!("<tr data-id=\"{}\">", row.id))
                .nth(1)
                .and_then(|r| r.split("<td>").nth(3))
                .and_then(|c| c.split("</td>").next())
                .unwrap();
            assert!(all.iter().any(|t| t == cell), "{} {cell}", row.id);
        }
    }
}

#[test]
fn the_english_card_has_no_chinese_at_all() {
    for preset in ["official", "momentum", "cautious", "ambitious"] {
        let scenario = Scenario::from_preset(data(), preset).unwrap();
        let svg = card_svg(data(), &scenario, Lang::EN, Some("/#s=v1")).unwrap();
        assert!(!svg.chars().any(is_cjk), "{preset}");
        assert!(svg.contains(&Lang::EN.pick(&data().source.title).replace('\'', "&#39;")[..20]));
    }
}

#[test]
fn the_qr_code_is_the_links() {
    let url = "https://example.org/whatif/#s=v1~D0~M0~gdp6.5&lang=zh";
    let svg = card_svg(data(), &official(), Lang::ZH, Some(url)).unwrap();
    let qr = longgang_sim::report::qr::svg_path(url).unwrap();
    let tags = parse(&svg);
    let path = tags.iter().find(|t| t.name == "path").expect("a QR path");
    assert_eq!(attribute(path, "d"), Some(qr.path.as_str()));
    // Drawn at least 220 px square, quiet zone included, on white.
    let transform = attribute(path, "transform").unwrap();
    let scale: i32 = transform
        .split("scale(")
        .nth(1)
        .and_then(|s| s.strip_suffix(')'))
        .unwrap()
        .parse()
        .unwrap();
    let side = scale * i32::try_from(qr.size).unwrap();
    assert!(side >= 220, "{side}");
    assert!(svg.contains(&format!(
        "width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/>\n<path transform"
    )));
    // Without a link, no code and no caption.
    let plain = card_svg(data(), &official(), Lang::ZH, None).unwrap();
    assert!(!plain.contains("<path") && !plain.contains("扫码"));
    check_card(&plain, Lang::ZH);
}

#[test]
fn unsafe_links_are_refused_and_safe_ones_escaped() {
    for bad in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:image/svg+xml,x",
        "//evil.example/",
        "http://x/\n",
    ] {
        let error = card_svg(data(), &official(), Lang::ZH, Some(bad)).unwrap_err();
        assert_eq!(error.code(), "invalid_input", "{bad:?}");
    }
    let error = card_svg(data(), &official(), Lang::ZH, Some(&"/x".repeat(1000))).unwrap_err();
    assert_eq!(error.code(), "invalid_input", "too long for a QR code");
    // The link itself is never written into the card, only its code.
    let svg = card_svg(data(), &official(), Lang::EN, Some("/a\"<b>")).unwrap();
    assert!(!svg.contains("<b>") && !svg.contains("/a\""));
    check_card(&svg, Lang::EN);
}

#[test]
fn every_scenario_stays_on_the_canvas() {
    let mut scenarios: Vec<Scenario> = data()
        .presets
        .iter()
        .map(|p| Scenario::from_preset(data(), &p.id).unwrap())
        .collect();
    let mut widest = official();
    let mut lowest = official();
    for indicator in &data().indicators {
        widest
            .growth
            .insert(indicator.id.clone(), indicator.range.max);
        lowest
            .growth
            .insert(indicator.id.clone(), indicator.range.min);
    }
    lowest.gdp_mode = longgang_sim::GdpMode::Sectors;
    lowest.deflator = data().deflator.min;
    scenarios.extend([widest, lowest]);
    for scenario in &scenarios {
        for lang in [Lang::ZH, Lang::EN] {
            let svg = card_svg(data(), scenario, lang, Some("https://example.org/")).unwrap();
            check_card(&svg, lang);
        }
    }
}

#[test]
fn a_scenario_is_named_by_its_preset_only_when_it_is_exactly_that_preset() {
    let name =
        |scenario: &Scenario| longgang_sim::report::card::scenario_name(data(), scenario, Lang::ZH);
    assert_eq!(name(&official()), "预设情景:官方目标");
    assert_eq!(
        name(&Scenario::from_preset(data(), "momentum").unwrap()),
        "预设情景:延续2023年"
    );
    assert_eq!(name(&with(&[("gdp", "6.5")])), "预设情景:官方目标");
    assert_eq!(name(&with(&[("gdp", "6.6")])), "自定情景");
    let mut sectors = official();
    sectors.gdp_mode = longgang_sim::GdpMode::Sectors;
    assert_eq!(name(&sectors), "自定情景");
    let mut deflated = official();
    deflated.deflator = longgang_sim::number::Dec(rust_decimal::Decimal::ONE);
    assert_eq!(name(&deflated), "自定情景");
}

#[test]
fn cli_render_svg_matches_the_library() {
    let url = "https://example.org/whatif/#s=v1";
    let output = Command::new(env!("CARGO_BIN_EXE_longgang"))
        .args([
            "render",
            "--format",
            "svg",
            "--set",
            "gdp=6",
            "--lang",
            "en",
            "--open-url",
            url,
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = card_svg(data(), &with(&[("gdp", "6")]), Lang::EN, Some(url)).unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
    for args in [
        vec!["render", "--format", "svg", "--indicators", "gdp"],
        vec![
            "render",
            "--format",
            "svg",
            "--open-url",
            "javascript:alert(1)",
        ],
        vec!["render", "--format", "png"],
    ] {
        let bad = Command::new(env!("CARGO_BIN_EXE_longgang"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(bad.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&bad.stderr).contains("[invalid_input]"));
    }
}
