//! The one error type of the simulator: every failure a person or a data edit can cause,
//! each with a stable machine code and a message in Chinese and in English.
//!
//! Codes are part of the public contract (the page keys its UI strings on them and the
//! WASM bindings copy them onto the JS `Error`), so they never change once published.
//!
//! Every message a reader can meet (from a link, a number box or an embed attribute) is in
//! one language throughout: each reason has its own wording in each language, ids and the
//! reader's own text appear only in quotation marks, and only that echoed text is ever
//! clipped, never what the program wrote.

use std::fmt;

/// Why a share link could not be read: one reason for every way decoding can fail, each
/// worded on its own in both languages, so no message pastes program text of one
/// language into a sentence of the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkDamage {
    /// A character outside the link alphabet (ASCII letters, digits, `-`, `.`, `_`, `~`),
    /// such as a `%` left over from percent-encoding.
    UnexpectedCharacter { character: char },
    /// The link does not begin with a format version such as `v1`.
    NoVersion,
    /// The closing check (`~C` and three characters) is missing: the link was cut short.
    CheckMissing,
    /// The closing check does not match the rest of the link: it was cut short or altered.
    CheckMismatch,
    /// The GDP mode token is missing or is neither `M0` nor `M1`.
    GdpMode,
    /// An indicator that is not where dataset order puts it. `position` counts from 1;
    /// `expected` is the indicator due there, `None` when no more are due.
    OutOfOrder {
        id: String,
        position: usize,
        expected: Option<String>,
    },
    /// A number not written in canonical form (`6.50` where the link format writes `6.5`).
    NotCanonical {
        field: String,
        found: String,
        canonical: String,
    },
    /// A token the format requires (the deflator's) is absent.
    TokenMissing { field: String },
    /// A token of another kind where the one for `field` belongs.
    WrongToken { field: String, found: String },
}

/// Everything that can go wrong in the core. Nothing in the core panics on user input;
/// it returns one of these instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The embedded or supplied dataset file does not parse or is inconsistent.
    DatasetInvalid { path: String, reason: String },
    /// An indicator id that the dataset does not define.
    UnknownIndicator { id: String },
    /// The same indicator appears twice in one scenario.
    DuplicateIndicator { id: String },
    /// A scenario leaves out an indicator the dataset defines.
    MissingIndicator { id: String },
    /// A value that should be a plain decimal number is not one.
    NotANumber { field: String, input: String },
    /// A number with more decimal places than the simulator accepts.
    TooPrecise { field: String, max_decimals: u32 },
    /// A number outside the range allowed for that field.
    OutOfRange {
        field: String,
        min: String,
        max: String,
    },
    /// A preset name that does not exist.
    UnknownPreset { name: String },
    /// A GDP mode other than `direct` or `sectors`.
    UnknownGdpMode { input: String },
    /// An empty scenario string.
    ScenarioEmpty,
    /// A scenario string longer than any valid one can be.
    ScenarioTooLong { length: usize, max: usize },
    /// A scenario string of a format version this build does not know.
    ScenarioVersion { version: String },
    /// A scenario string that is damaged or not in canonical form.
    ScenarioMalformed { reason: LinkDamage },
    /// An arithmetic result that does not fit the decimal type.
    Overflow { field: String },
    /// A structured input of the wrong shape (for example a number where a string is expected).
    InvalidInput { detail: String },
    /// A goal that no growth rate can reach (it needs a fall of more than 100%).
    GoalUnreachable { field: String },
    /// A goal of "the official target" for an indicator the report sets none for.
    NoTarget { id: String },
}

impl Error {
    /// The stable machine-readable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::DatasetInvalid { .. } => "dataset_invalid",
            Error::UnknownIndicator { .. } => "unknown_indicator",
            Error::DuplicateIndicator { .. } => "duplicate_indicator",
            Error::MissingIndicator { .. } => "missing_indicator",
            Error::NotANumber { .. } => "not_a_number",
            Error::TooPrecise { .. } => "too_precise",
            Error::OutOfRange { .. } => "out_of_range",
            Error::UnknownPreset { .. } => "unknown_preset",
            Error::UnknownGdpMode { .. } => "unknown_gdp_mode",
            Error::ScenarioEmpty => "scenario_empty",
            Error::ScenarioTooLong { .. } => "scenario_too_long",
            Error::ScenarioVersion { .. } => "scenario_version",
            Error::ScenarioMalformed { .. } => "scenario_malformed",
            Error::Overflow { .. } => "overflow",
            Error::InvalidInput { .. } => "invalid_input",
            Error::GoalUnreachable { .. } => "goal_unreachable",
            Error::NoTarget { .. } => "no_target",
        }
    }

    /// The field, indicator or setting the error is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::DatasetInvalid { path, .. } => Some(path),
            Error::UnknownIndicator { id }
            | Error::DuplicateIndicator { id }
            | Error::MissingIndicator { id }
            | Error::NoTarget { id } => Some(id),
            Error::NotANumber { field, .. }
            | Error::TooPrecise { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::Overflow { field }
            | Error::GoalUnreachable { field } => Some(field),
            _ => None,
        }
    }

    /// The message in Simplified Chinese: Chinese words only, with ids, codes and the
    /// reader's own text quoted in “”.
    pub fn message_zh(&self) -> String {
        match self {
            Error::DatasetInvalid { path, reason } => format!("数据文件有误:{path}:{reason}"),
            Error::UnknownIndicator { id } => format!("未知指标“{}”。", shown(id)),
            Error::DuplicateIndicator { id } => format!("指标“{}”重复出现。", shown(id)),
            Error::MissingIndicator { id } => format!("缺少指标“{}”的增长假设。", shown(id)),
            Error::NotANumber { field, input } => format!(
                "“{}”不是有效数字({})。请输入如 6.5 的数字。",
                shown(input),
                field_zh(field)
            ),
            Error::TooPrecise {
                field,
                max_decimals,
            } => format!("{}最多保留{max_decimals}位小数。", field_zh(field)),
            Error::OutOfRange { field, min, max } => {
                format!("{}应在 {min} 至 {max} 之间。", field_zh(field))
            }
            Error::UnknownPreset { name } => format!("未知预设方案“{}”。", shown(name)),
            Error::UnknownGdpMode { input } => format!(
                "未知的地区生产总值计算方式“{}”,应为“direct”或“sectors”。",
                shown(input)
            ),
            Error::ScenarioEmpty => "情景链接为空。".to_string(),
            Error::ScenarioTooLong { length, max } => {
                format!("情景链接过长({length}个字符,最多{max}个)。")
            }
            Error::ScenarioVersion { version } => format!(
                "情景链接的格式版本“{}”不受支持,可能来自更新的版本。",
                shown(version)
            ),
            Error::ScenarioMalformed { reason } => format!("情景链接已损坏:{}。", reason.zh()),
            Error::Overflow { field } => format!("{}的计算结果超出范围。", field_zh(field)),
            Error::InvalidInput { detail } => format!("输入格式有误:{}。", shown_detail(detail)),
            Error::GoalUnreachable { field } => {
                format!("{}无法达到这个目标:需要下降超过100%。", field_zh(field))
            }
            Error::NoTarget { id } => format!("报告没有为“{}”设定2024年目标。", shown(id)),
        }
    }

    /// The message in English: no Chinese, except where it quotes the reader's own text.
    pub fn message_en(&self) -> String {
        match self {
            Error::DatasetInvalid { path, reason } => format!("Dataset error at {path}: {reason}"),
            Error::UnknownIndicator { id } => format!("Unknown indicator \"{}\".", shown(id)),
            Error::DuplicateIndicator { id } => {
                format!("Indicator \"{}\" appears more than once.", shown(id))
            }
            Error::MissingIndicator { id } => {
                format!("No growth assumption for \"{}\".", shown(id))
            }
            Error::NotANumber { field, input } => format!(
                "\"{}\" is not a valid number ({}). Enter a number such as 6.5.",
                shown(input),
                field_en(field)
            ),
            Error::TooPrecise { field, max_decimals } => {
                format!("{}: at most {max_decimals} decimal places.", field_en(field))
            }
            Error::OutOfRange { field, min, max } => {
                format!("{}: must be between {min} and {max}.", field_en(field))
            }
            Error::UnknownPreset { name } => format!("Unknown preset \"{}\".", shown(name)),
            Error::UnknownGdpMode { input } => format!(
                "Unknown GDP mode \"{}\"; expected direct or sectors.",
                shown(input)
            ),
            Error::ScenarioEmpty => "The scenario link is empty.".to_string(),
            Error::ScenarioTooLong { length, max } => format!(
                "The scenario link is too long ({length} characters, at most {max})."
            ),
            Error::ScenarioVersion { version } => format!(
                "Scenario link format version \"{}\" is not supported; it may come from a newer release.",
                shown(version)
            ),
            Error::ScenarioMalformed { reason } => {
                format!("The scenario link is damaged: {}.", reason.en())
            }
            Error::Overflow { field } => {
                format!("{}: the result is out of range.", field_en(field))
            }
            Error::InvalidInput { detail } => format!("Invalid input: {}.", shown_detail(detail)),
            Error::GoalUnreachable { field } => format!(
                "{}: this goal cannot be reached; it needs a fall of more than 100%.",
                field_en(field)
            ),
            Error::NoTarget { id } => {
                format!("The report sets no 2024 target for \"{}\".", shown(id))
            }
        }
    }
}

impl LinkDamage {
    /// The reason in Simplified Chinese, to follow “情景链接已损坏:”.
    fn zh(&self) -> String {
        match self {
            LinkDamage::UnexpectedCharacter { character } => format!(
                "含有链接中不应出现的字符“{}”(U+{:04X})",
                shown(character.encode_utf8(&mut [0; 4])),
                u32::from(*character)
            ),
            LinkDamage::NoVersion => "开头缺少格式版本(如“v1”)".to_string(),
            LinkDamage::CheckMissing => "末尾缺少校验码,链接可能被截断".to_string(),
            LinkDamage::CheckMismatch => "校验码不符,链接可能被截断或改动".to_string(),
            LinkDamage::GdpMode => "地区生产总值的计算方式(“M0”或“M1”)缺失或有误".to_string(),
            LinkDamage::OutOfOrder {
                id,
                position,
                expected,
            } => match expected {
                Some(expected) => format!(
                    "指标“{}”(第{position}项)位置不对,此处应为“{}”",
                    shown(id),
                    shown(expected)
                ),
                None => format!(
                    "指标“{}”(第{position}项)位置不对,此处不应再有指标",
                    shown(id)
                ),
            },
            LinkDamage::NotCanonical {
                field,
                found,
                canonical,
            } => format!(
                "{}的数值“{}”不是规范写法,应写作“{}”",
                field_zh(field),
                shown(found),
                shown(canonical)
            ),
            LinkDamage::TokenMissing { field } => format!("缺少{}", field_zh(field)),
            LinkDamage::WrongToken { field, found } => {
                format!("此处应为{},却是“{}”", field_zh(field), shown(found))
            }
        }
    }

    /// The reason in English, to follow "The scenario link is damaged: ".
    fn en(&self) -> String {
        match self {
            LinkDamage::UnexpectedCharacter { character } => format!(
                "it contains a character links never hold, \"{}\" (U+{:04X})",
                shown(character.encode_utf8(&mut [0; 4])),
                u32::from(*character)
            ),
            LinkDamage::NoVersion => {
                "it does not start with a format version such as v1".to_string()
            }
            LinkDamage::CheckMissing => {
                "the closing check is missing; the link may have been cut short".to_string()
            }
            LinkDamage::CheckMismatch => {
                "the check does not match; the link was cut short or altered".to_string()
            }
            LinkDamage::GdpMode => "the GDP mode (M0 or M1) is missing or wrong".to_string(),
            LinkDamage::OutOfOrder {
                id,
                position,
                expected,
            } => match expected {
                Some(expected) => format!(
                    "indicator \"{}\" (no. {position}) is out of order; \"{}\" belongs here",
                    shown(id),
                    shown(expected)
                ),
                None => format!(
                    "indicator \"{}\" (no. {position}) is out of order; nothing more belongs here",
                    shown(id)
                ),
            },
            LinkDamage::NotCanonical {
                field,
                found,
                canonical,
            } => format!(
                "{} is written \"{}\", not in canonical form \"{}\"",
                field_en(field),
                shown(found),
                shown(canonical)
            ),
            LinkDamage::TokenMissing { field } => format!("{} is missing", field_en(field)),
            LinkDamage::WrongToken { field, found } => {
                format!("expected {}, found \"{}\"", field_en(field), shown(found))
            }
        }
    }
}

/// Names a field in a Chinese sentence: the deflator by its Chinese name, anything else
/// (an indicator id, a setting's name) as a quoted id.
fn field_zh(field: &str) -> String {
    if field == crate::scenario::DEFLATOR_FIELD {
        "价格变动假设".to_string()
    } else {
        format!("“{}”", shown(field))
    }
}

/// Names a field in an English sentence, the deflator by the name the page gives it.
fn field_en(field: &str) -> String {
    if field == crate::scenario::DEFLATOR_FIELD {
        "GDP price change".to_string()
    } else {
        shown(field)
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
    let mut out: String = text
        .chars()
        .take(max_chars)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code(), self.message_en())
    }
}

impl std::error::Error for Error {}

/// Shorthand for results in this crate.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_user_text_is_cut_in_messages() {
        let e = Error::UnknownPreset {
            name: "x".repeat(10_000),
        };
        assert!(e.message_en().chars().count() < 80);
        assert!(e.message_zh().ends_with("…”。"));
    }

    #[test]
    fn control_characters_are_not_echoed() {
        let e = Error::NotANumber {
            field: "gdp".into(),
            input: "1\u{0}\n".into(),
        };
        assert!(!e.message_en().contains('\u{0}'));
        assert!(!e.message_zh().contains('\n'));
    }
}
