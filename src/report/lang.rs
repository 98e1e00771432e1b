//! Languages as data. Each language is a catalogue, `seeds/lang/<tag>.json`: its `meta`
//! (tag, own name, `lang` attribute, aliases, quotation marks, the card's fonts) and a flat
//! object of key → text with `{name}` placeholders. `build.rs` reads the folder, so adding
//! a language is adding a file; it writes the languages' facts and, in [`text`], one item
//! per key:
//!
//! - a text without placeholders is a [`Text`] constant: `text::STATUS_MET.get(lang)`;
//! - a text with placeholders is a struct with one field per placeholder, so leaving one
//!   out or naming one no catalogue has is a compile error:
//!   `text::ErrorOutOfRange { field, min, max }.get(lang)`.
//!
//! Only the items the code uses end up in a binary: the module the page loads first holds
//! the error messages, the full module and the CLI the report's words as well.

use crate::dataset::Texts;
use crate::error::Error;

/// A language of the catalogues, resolved from a tag with [`Lang::parse`]. The languages
/// are `Lang::EN`, `Lang::ZH`, `Lang::ZH_HANT`, … (one constant per catalogue), in tag order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

include!(concat!(env!("OUT_DIR"), "/lang_gen.rs"));

impl Lang {
    /// The language the product speaks when none is asked for (the tag links use today).
    pub const DEFAULT: Lang = Lang::ZH;

    /// Resolves a language tag, ignoring case and reading `_` as `-`: a catalogue's tag
    /// (`zh`, `en`, `zh-Hant`) or alias (`zh-CN`, `zh-TW`, `zh-HK`, …), else the same with
    /// its last subtags dropped one at a time, as BCP 47 lookup does (`zh-Hant-TW` →
    /// `zh-Hant`, `en-GB` → `en`). Any other tag is an `unknown_language` error.
    pub fn parse(tag: &str) -> Result<Lang, Error> {
        let wanted = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut candidate = wanted.as_str();
        while !candidate.is_empty() {
            let found = TAGS
                .iter()
                .position(|t| t.eq_ignore_ascii_case(candidate))
                .map(|i| i as u8)
                .or_else(|| {
                    ALIASES
                        .iter()
                        .find(|(alias, _)| *alias == candidate)
                        .map(|(_, i)| *i)
                });
            if let Some(index) = found {
                return Ok(Lang(index));
            }
            candidate = candidate.rsplit_once('-').map_or("", |(head, _)| head);
        }
        Err(Error::UnknownLanguage {
            tag: tag.to_string(),
        })
    }

    /// Every language, in tag order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..COUNT as u8).map(Lang)
    }

    fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The tag (`zh`, `en`, `zh-Hant`): what links, options and the dataset's maps use.
    pub fn tag(self) -> &'static str {
        TAGS.get(self.index()).copied().unwrap_or_default()
    }

    /// The language's name in itself: 简体中文, English, 繁體中文.
    pub fn name(self) -> &'static str {
        NAMES.get(self.index()).copied().unwrap_or_default()
    }

    /// The BCP 47 value for HTML's `lang` and SVG's `xml:lang`.
    pub fn attribute(self) -> &'static str {
        ATTRIBUTES.get(self.index()).copied().unwrap_or_default()
    }

    /// The opening and closing quotation marks of its messages.
    pub fn quotes(self) -> (char, char) {
        QUOTES.get(self.index()).copied().unwrap_or(('"', '"'))
    }

    /// The share card's font list for text in this language.
    pub fn fonts(self) -> &'static str {
        FONTS.get(self.index()).copied().unwrap_or_default()
    }

    /// A text of the dataset (a name, a unit, a note) in this language.
    pub fn pick(self, texts: &Texts) -> &str {
        texts.get(self.tag())
    }

    /// Whether amounts are shown in the units English readers expect (the dataset's
    /// `enAmount`, `enShift` and `enScale`, which only English has).
    pub fn english_units(self) -> bool {
        self == Lang::EN
    }
}

/// A catalogue text without placeholders, in every language: the texts in tag order,
/// joined by U+0000 (which no catalogue text holds).
pub struct Text(&'static str);

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        // By bytes: U+0000 is one byte in UTF-8 and never part of another character, and
        // a loop this plain keeps the string-search machinery out of the module.
        let text = self.0;
        let mut start = 0;
        let mut skip = lang.index();
        for (at, byte) in text.bytes().enumerate() {
            if byte == 0 {
                if skip == 0 {
                    return text.get(start..at).unwrap_or_default();
                }
                skip -= 1;
                start = at + 1;
            }
        }
        text.get(start..).unwrap_or_default()
    }
}

/// Fills a compiled template: each character U+0001…U+000F stands for the argument of
/// that number (see build.rs); every other character is copied.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    for c in template.chars() {
        match (c as usize).checked_sub(1).and_then(|i| args.get(i)) {
            Some(arg) if c < '\u{10}' => out.push_str(arg),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_resolve_with_aliases_and_lookup() {
        for (tag, want) in [
            ("zh", Lang::ZH),
            ("ZH", Lang::ZH),
            ("zh-Hans", Lang::ZH),
            ("zh-CN", Lang::ZH),
            ("zh_cn", Lang::ZH),
            ("zh-Hans-CN", Lang::ZH),
            ("zh-SG", Lang::ZH),
            ("en", Lang::EN),
            ("en-GB", Lang::EN),
            ("en-US", Lang::EN),
            ("zh-Hant", Lang::ZH_HANT),
            ("zh-hant", Lang::ZH_HANT),
            ("zh-TW", Lang::ZH_HANT),
            ("zh-HK", Lang::ZH_HANT),
            ("zh-MO", Lang::ZH_HANT),
            ("zh-Hant-TW", Lang::ZH_HANT),
            ("zh-Hant-HK", Lang::ZH_HANT),
        ] {
            assert_eq!(Lang::parse(tag), Ok(want), "{tag}");
        }
        for tag in ["", "fr", "de-DE", "hant", "-", "e"] {
            let error = Lang::parse(tag).unwrap_err();
            assert_eq!(error.code(), "unknown_language", "{tag}");
        }
    }

    #[test]
    fn every_language_has_its_facts() {
        let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
        assert_eq!(tags, ["en", "zh", "zh-Hant"]);
        assert_eq!(Lang::ZH_HANT.name(), "繁體中文");
        assert_eq!(Lang::ZH.attribute(), "zh-CN");
        assert_eq!(Lang::ZH_HANT.quotes(), ('「', '」'));
        for lang in Lang::all() {
            assert_eq!(Lang::parse(lang.tag()), Ok(lang));
            assert!(!lang.fonts().is_empty());
        }
    }

    #[test]
    fn templates_fill_by_name() {
        let text = text::ErrorOutOfRange {
            field: "gdp",
            min: "-20",
            max: "40",
        };
        assert_eq!(text.get(Lang::EN), "gdp: must be between -20 and 40.");
        assert_eq!(text.get(Lang::ZH_HANT), "gdp應在 -20 至 40 之間。");
        assert_eq!(fill("\u{2}-\u{1}", &["a", "b"]), "b-a");
        assert_eq!(fill("\u{3}", &["a"]), "\u{3}");
    }
}
