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

/// The page's words are in the same files under `ui.`: checked like the rest (a key one
/// language lacks, a placeholder named differently), with nothing in Rust written for them.
#[test]
fn ui_keys_are_checked_like_the_others() {
    let mut catalogues = shipped();
    for catalogue in &mut catalogues {
        match catalogue.meta.tag.as_str() {
            "en" => {
                catalogue.texts.remove("ui.pinDefaultName");
            }
            "zh-Hant" => {
                catalogue.texts.insert(
                    "ui.more.mcDone".to_string(),
                    "{count}次抽樣(種子 {seed})".to_string(),
                );
            }
            _ => {}
        }
    }
    let gaps = differences(&catalogues);
    assert_eq!(
        gaps,
        [
            "\"ui.more.mcDone\" has placeholders {draws}, {seed} in en.json but {count}, {seed} in zh-Hant.json",
            "en.json lacks \"ui.pinDefaultName\" (zh.json, zh-Hant.json have it)",
        ]
    );
}

/// The page's languages (`seeds/page-languages.json`) each have a catalogue with the page's
/// words, and the settings among them (how figures and spaces are written) are ones the
/// page knows.
#[test]
fn the_page_languages_have_the_page_words() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/page-languages.json");
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let catalogues = shipped();
    let tags: Vec<&str> = list["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(tags.contains(&list["fallback"].as_str().unwrap()));
    for tag in tags {
        let catalogue = catalogues
            .iter()
            .find(|c| c.meta.tag == tag)
            .unwrap_or_else(|| panic!("no catalogue for the page's language {tag}"));
        let ui = catalogue
            .texts
            .keys()
            .filter(|k| k.starts_with(catalogues::UI_PREFIX));
        assert!(ui.count() > 200, "{tag}: the page's words are missing");
        assert!(["report", "scaled"].contains(&catalogue.texts["ui.figures"].as_str()));
        assert!(["none", "space"].contains(&catalogue.texts["ui.spacing"].as_str()));
    }
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
