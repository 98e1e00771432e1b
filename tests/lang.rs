//! The language catalogues (`seeds/lang/*.json`): every catalogue has every key the others
//! have, with the same placeholders; each reads on its own; and the checks that hold them
//! to this (shared with build.rs) catch what they are for.
#![cfg(not(target_arch = "wasm32"))]

use longgang_catalogue as catalogues;

use catalogues::{differences, placeholders, Catalogue};
use longgang_sim::report::lang::Lang;
use std::path::Path;

fn shipped() -> Vec<Catalogue> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/lang");
    catalogues::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"))
}

/// The test that fails when a catalogue lacks a key another has, or names a placeholder
/// differently: it lists every such gap.
#[test]
fn every_catalogue_has_every_key_with_the_same_placeholders() {
    let gaps = differences(&shipped());
    assert!(
        gaps.is_empty(),
        "the catalogues differ:\n{}",
        gaps.join("\n")
    );
}

#[test]
fn the_languages_are_the_files() {
    let catalogues = shipped();
    let tags: Vec<&str> = catalogues.iter().map(|c| c.meta.tag.as_str()).collect();
    let built: Vec<&str> = Lang::all().map(Lang::tag).collect();
    assert_eq!(tags, built, "the build's languages are the catalogues'");
    for (catalogue, lang) in catalogues.iter().zip(Lang::all()) {
        assert_eq!(catalogue.meta.name, lang.name());
        assert_eq!(catalogue.meta.lang, lang.attribute());
        assert_eq!(catalogue.meta.quotes, lang.quotes());
    }
}

#[test]
fn a_missing_key_or_a_renamed_placeholder_is_found() {
    let mut catalogues = shipped();
    let hant = catalogues
        .iter_mut()
        .find(|c| c.meta.tag == "zh-Hant")
        .unwrap();
    hant.texts.remove("error.out_of_range");
    hant.texts
        .insert("card.gap".to_string(), "較目標 {pts}個百分點".to_string());
    let gaps = differences(&catalogues);
    assert_eq!(
        gaps,
        [
            "\"card.gap\" has placeholders {points} in en.json but {pts} in zh-Hant.json",
            "zh-Hant.json lacks \"error.out_of_range\" (en.json, zh.json have it)",
        ]
    );
}

#[test]
fn a_catalogue_that_cannot_be_read_says_why() {
    let meta = r#""meta": {"tag": "fr", "name": "Français", "lang": "fr", "quotes": "«»", "fonts": "serif"}"#;
    for (file, json, why) in [
        ("fr.json", "[]".to_string(), "must be a JSON object"),
        ("fr.json", "{}".to_string(), "needs a \"meta\" object"),
        ("de.json", format!("{{{meta}}}"), "named after its tag"),
        (
            "fr.json",
            format!("{{{meta}, \"x\": 1}}"),
            "must be a string",
        ),
        ("fr.json", format!("{{{meta}, \"x\": \" \"}}"), "blank"),
        (
            "fr.json",
            format!("{{{meta}, \"x\": \"a {{b\"}}"),
            "never closed",
        ),
        (
            "fr.json",
            format!("{{{meta}, \"x\": \"a }}\"}}"),
            "closes no placeholder",
        ),
        (
            "fr.json",
            format!("{{{meta}, \"x\": \"{{1a}}\"}}"),
            "not a placeholder name",
        ),
        (
            "fr.json",
            format!("{{{meta}, \"x\": \"a\\u0001\"}}"),
            "control character",
        ),
        (
            "fr.json",
            format!("{{{meta}, \"x y\": \"a\"}}"),
            "key \"x y\"",
        ),
    ] {
        let error = Catalogue::read(file, &json).unwrap_err();
        assert!(error.contains(why), "{json}: {error}");
    }
    let french = Catalogue::read("fr.json", &format!("{{{meta}, \"x\": \"{{a}} et {{b}}\"}}"));
    assert_eq!(french.unwrap().meta.quotes, ('«', '»'));
}

#[test]
fn a_tag_or_alias_names_one_language() {
    let mut catalogues = shipped();
    catalogues[0].meta.aliases.push("ZH-tw".to_string());
    let error = catalogues::check_set(&mut catalogues).unwrap_err();
    assert!(error.contains("already names another language"), "{error}");
    let mut without_english: Vec<Catalogue> = shipped()
        .into_iter()
        .filter(|c| c.meta.tag != "en")
        .collect();
    let error = catalogues::check_set(&mut without_english).unwrap_err();
    assert!(error.contains("en.json is required"), "{error}");
}

#[test]
fn placeholders_are_read_in_order() {
    assert_eq!(
        placeholders("{year}年{month}{day}日").unwrap(),
        ["year", "month", "day"]
    );
    assert_eq!(
        placeholders("no placeholder").unwrap(),
        Vec::<String>::new()
    );
}

/// The page's strings will join the same files under `ui.`: they are checked like the rest,
/// and nothing in Rust is written for them.
#[test]
fn ui_keys_are_checked_like_the_others() {
    let mut catalogues = shipped();
    for catalogue in &mut catalogues {
        if catalogue.meta.tag != "en" {
            catalogue
                .texts
                .insert("ui.pinDefaultName".to_string(), "情景 {n}".to_string());
        }
    }
    let gaps = differences(&catalogues);
    assert_eq!(
        gaps,
        ["en.json lacks \"ui.pinDefaultName\" (zh.json, zh-Hant.json have it)"]
    );
}

#[test]
fn traditional_chinese_is_not_simplified() {
    // A few characters that differ between the scripts: none of the simplified forms may
    // appear in the Traditional catalogue, and the words of Taiwan and Hong Kong are used.
    let hant = shipped()
        .into_iter()
        .find(|c| c.meta.tag == "zh-Hant")
        .unwrap();
    let all: String = hant.texts.values().cloned().collect();
    for simplified in [
        '标', '链', '设', '数', '报', '项', '为', '这', '过', '应', '错', '误',
    ] {
        assert!(!all.contains(simplified), "{simplified} in zh-Hant");
    }
    assert!(all.contains("連結") && all.contains("字元") && all.contains("支援"));
    let data = longgang_sim::embedded().unwrap();
    assert_eq!(
        longgang_sim::report::words::title(data, Lang::ZH_HANT),
        "龍港市2024年發展目標推演"
    );
}
