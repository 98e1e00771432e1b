//! The one error type of the simulator: every failure a person or a data edit can cause,
//! each with a stable machine code and a message in Chinese and in English.
//!
//! Codes are part of the public contract (the page keys its UI strings on them and the
//! WASM bindings copy them onto the JS `Error`), so they never change once published.

use std::fmt;

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
    ScenarioMalformed { detail: String },
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

    /// The message in Simplified Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            Error::DatasetInvalid { path, reason } => format!("数据文件有误:{path}:{reason}"),
            Error::UnknownIndicator { id } => format!("未知指标“{}”。", shown(id)),
            Error::DuplicateIndicator { id } => format!("指标“{}”重复出现。", shown(id)),
            Error::MissingIndicator { id } => format!("缺少指标“{id}”的增长假设。"),
            Error::NotANumber { field, input } => {
                format!(
                    "“{}”不是有效数字({field})。请输入如 6.5 的数字。",
                    shown(input)
                )
            }
            Error::TooPrecise {
                field,
                max_decimals,
            } => {
                format!("{field}:最多保留{max_decimals}位小数。")
            }
            Error::OutOfRange { field, min, max } => {
                format!("{field}:应在 {min} 至 {max} 之间。")
            }
            Error::UnknownPreset { name } => format!("未知预设方案“{}”。", shown(name)),
            Error::UnknownGdpMode { input } => {
                format!(
                    "未知的GDP计算方式“{}”,应为 direct 或 sectors。",
                    shown(input)
                )
            }
            Error::ScenarioEmpty => "情景链接为空。".to_string(),
            Error::ScenarioTooLong { length, max } => {
                format!("情景链接过长({length}个字符,最多{max}个)。")
            }
            Error::ScenarioVersion { version } => format!(
                "情景链接的格式版本“{}”不受支持,可能来自更新的版本。",
                shown(version)
            ),
            Error::ScenarioMalformed { detail } => format!("情景链接已损坏:{}。", shown(detail)),
            Error::Overflow { field } => format!("{field}:计算结果超出范围。"),
            Error::InvalidInput { detail } => format!("输入格式有误:{}。", shown_detail(detail)),
            Error::GoalUnreachable { field } => {
                format!("{field}:无法达到这个目标,它需要下降超过100%。")
            }
            Error::NoTarget { id } => format!("报告没有为“{id}”设定2024年目标。"),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            Error::DatasetInvalid { path, reason } => format!("Dataset error at {path}: {reason}"),
            Error::UnknownIndicator { id } => format!("Unknown indicator \"{}\".", shown(id)),
            Error::DuplicateIndicator { id } => {
                format!("Indicator \"{}\" appears more than once.", shown(id))
            }
            Error::MissingIndicator { id } => format!("No growth assumption for \"{id}\"."),
            Error::NotANumber { field, input } => format!(
                "\"{}\" is not a valid number ({field}). Enter a number such as 6.5.",
                shown(input)
            ),
            Error::TooPrecise { field, max_decimals } => {
                format!("{field}: at most {max_decimals} decimal places.")
            }
            Error::OutOfRange { field, min, max } => {
                format!("{field}: must be between {min} and {max}.")
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
            Error::ScenarioMalformed { detail } => {
                format!("The scenario link is damaged: {}.", shown(detail))
            }
            Error::Overflow { field } => format!("{field}: the result is out of range."),
            Error::InvalidInput { detail } => format!("Invalid input: {}.", shown_detail(detail)),
            Error::GoalUnreachable { field } => {
                format!("{field}: this goal cannot be reached; it needs a fall of more than 100%.")
            }
            Error::NoTarget { id } => format!("The report sets no 2024 target for \"{id}\"."),
        }
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
