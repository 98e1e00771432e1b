//! Error messages for people: each error, from its code and facts, as one sentence in the
//! reader's language. Every message a reader can meet (from a link, a number box or an
//! embed attribute) is in one language throughout: each reason has its own wording in each
//! language, ids and the reader's own text appear only in quotation marks, and only that
//! echoed text is ever clipped, never what the program wrote.

use longgang_model::error::{Error, LinkDamage};
use longgang_model::scenario::DEFLATOR_FIELD;

/// The message of an error in each language the product speaks.
pub trait Messages {
    /// The message in Simplified Chinese: Chinese words only, with ids, codes and the
    /// reader's own text quoted in “”.
    fn message_zh(&self) -> String;
    /// The message in English: no Chinese, except where it quotes the reader's own text.
    fn message_en(&self) -> String;
}

impl Messages for Error {
    fn message_zh(&self) -> String {
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
            Error::ScenarioOtherReport { report } => {
                format!("情景链接属于另一份报告“{}”。", shown(report))
            }
            Error::ScenarioNewerEdition { .. } => {
                "情景链接来自更新的数据版本,请刷新页面。".to_string()
            }
            Error::Overflow { field } => format!("{}的计算结果超出范围。", field_zh(field)),
            Error::InvalidInput { detail } => format!("输入格式有误:{}。", shown_detail(detail)),
            Error::GoalUnreachable { field } => {
                format!("{}无法达到这个目标:需要下降超过100%。", field_zh(field))
            }
            Error::NoTarget { id } => format!("报告没有为“{}”设定2024年目标。", shown(id)),
        }
    }

    fn message_en(&self) -> String {
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
            Error::ScenarioOtherReport { report } => format!(
                "The scenario link is for another report, \"{}\".",
                shown(report)
            ),
            Error::ScenarioNewerEdition { .. } => {
                "The scenario link is from a newer edition of the data; reload the page.".to_string()
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

trait LinkDamageWords {
    fn zh(&self) -> String;
    fn en(&self) -> String;
}

impl LinkDamageWords for LinkDamage {
    /// The reason in Simplified Chinese, to follow “情景链接已损坏:”.
    fn zh(&self) -> String {
        match self {
            LinkDamage::UnexpectedCharacter { character } => format!(
                "含有链接中不应出现的字符“{}”(U+{:04X})",
                shown(character.encode_utf8(&mut [0; 4])),
                u32::from(*character)
            ),
            LinkDamage::NoVersion => "开头缺少格式版本(如“v2”)".to_string(),
            LinkDamage::Report => "报告编号或数据版次有误".to_string(),
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
                "it does not start with a format version such as v2".to_string()
            }
            LinkDamage::Report => "the report id or data edition is wrong".to_string(),
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
    if field == DEFLATOR_FIELD {
        "价格变动假设".to_string()
    } else {
        format!("“{}”", shown(field))
    }
}

/// Names a field in an English sentence, the deflator by the name the page gives it.
fn field_en(field: &str) -> String {
    if field == DEFLATOR_FIELD {
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
