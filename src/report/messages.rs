//! Error messages for people: each error, from its code and facts, as one sentence in the
//! reader's language, worded by the catalogues (`error.<code>`, `link_damage.<reason>`,
//! `field.*`; see `report::lang`). Every message a reader can meet (from a link, a number
//! box or an embed attribute) is in one language throughout: each reason has its own
//! wording in each language, ids and the reader's own text appear only in quotation marks,
//! and only that echoed text is ever clipped, never what the program wrote.

use crate::report::lang::{text, Lang};
use longgang_model::error::{Error, LinkDamage};
use longgang_model::scenario::DEFLATOR_FIELD;

/// The message of an error in any language of the catalogues.
pub trait Messages {
    /// The message in `lang`: that language's words only, with ids, codes and the reader's
    /// own text in its quotation marks (“” in Simplified Chinese, 「」 in Traditional, ""
    /// in English), from the catalogue key `error.<code>` (and `link_damage.<reason>`).
    fn message(&self, lang: Lang) -> String;
}

impl Messages for Error {
    fn message(&self, lang: Lang) -> String {
        match self {
            Error::DatasetInvalid { path, reason } => {
                text::ErrorDatasetInvalid { path, reason }.get(lang)
            }
            Error::UnknownIndicator { id } => {
                text::ErrorUnknownIndicator { id: &shown(id) }.get(lang)
            }
            Error::DuplicateIndicator { id } => {
                text::ErrorDuplicateIndicator { id: &shown(id) }.get(lang)
            }
            Error::MissingIndicator { id } => {
                text::ErrorMissingIndicator { id: &shown(id) }.get(lang)
            }
            Error::NotANumber { field, input } => text::ErrorNotANumber {
                input: &shown(input),
                field: &field_name(field, lang),
            }
            .get(lang),
            Error::TooPrecise {
                field,
                max_decimals,
            } => text::ErrorTooPrecise {
                field: &field_name(field, lang),
                max_decimals: &number(*max_decimals as usize),
            }
            .get(lang),
            Error::OutOfRange { field, min, max } => text::ErrorOutOfRange {
                field: &field_name(field, lang),
                min,
                max,
            }
            .get(lang),
            Error::UnknownPreset { name } => {
                text::ErrorUnknownPreset { name: &shown(name) }.get(lang)
            }
            Error::UnknownGdpMode { input } => text::ErrorUnknownGdpMode {
                input: &shown(input),
            }
            .get(lang),
            Error::UnknownLanguage { tag } => {
                text::ErrorUnknownLanguage { tag: &shown(tag) }.get(lang)
            }
            Error::ScenarioEmpty => text::ERROR_SCENARIO_EMPTY.get(lang).to_string(),
            Error::ScenarioTooLong { length, max } => text::ErrorScenarioTooLong {
                length: &number(*length),
                max: &number(*max),
            }
            .get(lang),
            Error::ScenarioVersion { version } => text::ErrorScenarioVersion {
                version: &shown(version),
            }
            .get(lang),
            Error::ScenarioMalformed { reason } => text::ErrorScenarioMalformed {
                reason: &damage(reason, lang),
            }
            .get(lang),
            Error::ScenarioOtherReport { report } => text::ErrorScenarioOtherReport {
                report: &shown(report),
            }
            .get(lang),
            Error::ScenarioNewerEdition { .. } => {
                text::ERROR_SCENARIO_NEWER_EDITION.get(lang).to_string()
            }
            Error::Overflow { field } => text::ErrorOverflow {
                field: &field_name(field, lang),
            }
            .get(lang),
            Error::InvalidInput { detail } => text::ErrorInvalidInput {
                detail: &shown_detail(detail),
            }
            .get(lang),
            // The module the page loads first runs no analysis, so it never raises the
            // analyses' errors: their words stay out of it (its size budget).
            #[cfg(all(target_arch = "wasm32", not(feature = "extras")))]
            Error::GoalUnreachable { .. }
            | Error::NoTarget { .. }
            | Error::NoFigure { .. }
            | Error::UnknownFigure { .. } => String::new(),
            #[cfg(any(not(target_arch = "wasm32"), feature = "extras"))]
            Error::GoalUnreachable { field } => text::ErrorGoalUnreachable {
                field: &field_name(field, lang),
            }
            .get(lang),
            #[cfg(any(not(target_arch = "wasm32"), feature = "extras"))]
            Error::NoTarget { id, plan_year } => text::ErrorNoTarget {
                id: &shown(id),
                plan_year: &number(*plan_year as usize),
            }
            .get(lang),
            #[cfg(any(not(target_arch = "wasm32"), feature = "extras"))]
            Error::NoFigure { output } => text::ErrorNoFigure {
                output: &shown(output),
            }
            .get(lang),
            #[cfg(any(not(target_arch = "wasm32"), feature = "extras"))]
            Error::UnknownFigure { figure } => text::ErrorUnknownFigure {
                figure: &shown(figure),
            }
            .get(lang),
        }
    }
}

/// Why a link is damaged, to follow the catalogue's `error.scenario_malformed` ("The
/// scenario link is damaged: …"), from `link_damage.<reason>`.
fn damage(reason: &LinkDamage, lang: Lang) -> String {
    match reason {
        LinkDamage::UnexpectedCharacter { character } => text::LinkDamageUnexpectedCharacter {
            character: &shown(character.encode_utf8(&mut [0; 4])),
            code_point: &hex(u32::from(*character)),
        }
        .get(lang),
        LinkDamage::NoVersion => text::LINK_DAMAGE_NO_VERSION.get(lang).to_string(),
        LinkDamage::Report => text::LINK_DAMAGE_REPORT.get(lang).to_string(),
        LinkDamage::CheckMissing => text::LINK_DAMAGE_CHECK_MISSING.get(lang).to_string(),
        LinkDamage::CheckMismatch => text::LINK_DAMAGE_CHECK_MISMATCH.get(lang).to_string(),
        LinkDamage::GdpMode => text::LINK_DAMAGE_GDP_MODE.get(lang).to_string(),
        LinkDamage::OutOfOrder {
            id,
            position,
            expected,
        } => match expected {
            Some(expected) => text::LinkDamageOutOfOrder {
                id: &shown(id),
                position: &number(*position),
                expected: &shown(expected),
            }
            .get(lang),
            None => text::LinkDamageOutOfOrderLast {
                id: &shown(id),
                position: &number(*position),
            }
            .get(lang),
        },
        LinkDamage::NotCanonical {
            field,
            found,
            canonical,
        } => text::LinkDamageNotCanonical {
            field: &field_name(field, lang),
            found: &shown(found),
            canonical: &shown(canonical),
        }
        .get(lang),
        LinkDamage::TokenMissing { field } => text::LinkDamageTokenMissing {
            field: &field_name(field, lang),
        }
        .get(lang),
        LinkDamage::WrongToken { field, found } => text::LinkDamageWrongToken {
            field: &field_name(field, lang),
            found: &shown(found),
        }
        .get(lang),
    }
}

/// A count in decimal digits, as `to_string` writes it without the formatting machinery
/// in the module.
fn number(value: usize) -> String {
    let mut digits = if value >= 10 {
        number(value / 10)
    } else {
        String::new()
    };
    digits.push(char::from(b'0' + (value % 10) as u8));
    digits
}

/// A code point in upper-case hex, at least four digits (`0025`, `4F60`, `1F600`), as
/// `format!("{:04X}")` writes it without the formatting machinery in the module.
fn hex(value: u32) -> String {
    let digits = (32 - value.leading_zeros()).div_ceil(4).max(4);
    (0..digits)
        .rev()
        .map(|i| {
            char::from_digit((value >> (i * 4)) & 0xf, 16).map_or('0', |c| c.to_ascii_uppercase())
        })
        .collect()
}

/// Names a field in a sentence: the deflator by its name (`field.deflator`), anything else
/// (an indicator id, a setting's name) as the catalogue's `field.named` writes an id —
/// quoted in Chinese, where a bare id would be a foreign word in the sentence.
fn field_name(field: &str, lang: Lang) -> String {
    if field == DEFLATOR_FIELD {
        text::FIELD_DEFLATOR.get(lang).to_string()
    } else {
        text::FieldNamed { id: &shown(field) }.get(lang)
    }
}

/// Echoes user text back in messages without letting a huge or control-laden input
/// flood the message: at most 40 characters, control characters replaced.
fn shown(text: &str) -> String {
    clipped(text, 40)
}

/// Like [`shown`], for explanations the program composes (which may quote user text).
fn shown_detail(text: &str) -> String {
    clipped(text, 200)
}

fn clipped(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == max_chars {
            out.push('…');
            break;
        }
        out.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
    out
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_user_text_is_cut_in_messages() {
        let e = Error::UnknownPreset {
            name: "x".repeat(10_000),
        };
        assert!(e.message(Lang::EN).chars().count() < 80);
        assert!(e.message(Lang::ZH).ends_with("…”。"));
        assert!(e.message(Lang::ZH_HANT).ends_with("…」。"));
    }

    #[test]
    fn clipping_keeps_forty_characters_and_marks_the_cut() {
        assert_eq!(clipped("abc", 3), "abc");
        assert_eq!(clipped("abcd", 3), "abc…");
        assert_eq!(clipped("六六六六", 2), "六六…");
        assert_eq!(clipped("a\u{7}b", 3), "a\u{FFFD}b");
        assert_eq!(clipped("", 3), "");
    }

    #[test]
    fn counts_in_digits() {
        for value in [0, 7, 10, 2048, 5000, usize::MAX] {
            assert_eq!(number(value), value.to_string());
        }
    }

    #[test]
    fn code_points_in_hex() {
        for value in [0, 0x25, 0x4f60, 0xffff, 0x1f600, 0x10ffff] {
            assert_eq!(hex(value), format!("{value:04X}"));
        }
    }

    #[test]
    fn control_characters_are_not_echoed() {
        let e = Error::NotANumber {
            field: "gdp".into(),
            input: "1\u{0}\n".into(),
        };
        for lang in Lang::all() {
            assert!(!e.message(lang).contains(['\u{0}', '\n']));
        }
    }
}
