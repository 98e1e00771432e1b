//! The one error type of the simulator: every failure a person or a data edit can cause,
//! each with a stable machine code and the facts a message needs (the field, the reader's
//! text, the range). The words for people are not here: the report layer writes each
//! message from these facts in the reader's language.
//!
//! Codes are part of the public contract (the page keys its UI strings on them and the
//! WASM bindings copy them onto the JS `Error`), so they never change once published.

use std::fmt;

/// Why a share link could not be read: one reason for every way decoding can fail, each
/// worded on its own in both languages, so no message pastes program text of one
/// language into a sentence of the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkDamage {
    /// A character outside the link alphabet (ASCII letters, digits, `-`, `.`, `_`, `~`),
    /// such as a `%` left over from percent-encoding.
    UnexpectedCharacter { character: char },
    /// The link does not begin with a format version such as `v2`.
    NoVersion,
    /// A v2 link's report id or edition token (`longgang-2024~E1`) is missing or malformed.
    Report,
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
    /// A language tag that names none of the languages the product speaks.
    UnknownLanguage { tag: String },
    /// An empty scenario string.
    ScenarioEmpty,
    /// A scenario string longer than any valid one can be.
    ScenarioTooLong { length: usize, max: usize },
    /// A scenario string of a format version this build does not know.
    ScenarioVersion { version: String },
    /// A scenario string that is damaged or not in canonical form.
    ScenarioMalformed { reason: LinkDamage },
    /// A share link made for another report than the dataset's (`report` is the link's).
    ScenarioOtherReport { report: String },
    /// A share link made with a later edition of the report's data than the dataset is.
    ScenarioNewerEdition { edition: u32, current: u32 },
    /// An arithmetic result that does not fit the decimal type.
    Overflow { field: String },
    /// A structured input of the wrong shape (for example a number where a string is expected).
    InvalidInput { detail: String },
    /// A goal that no growth rate can reach (it needs a fall of more than 100%).
    GoalUnreachable { field: String },
    /// A goal of "the official target" for an indicator the report sets none for (in the
    /// report's plan year, which the message names).
    NoTarget { id: String, plan_year: u32 },
    /// A tornado chart asked for a derived figure the report does not declare (its
    /// indicators lack the figure's inputs).
    NoFigure { output: String },
    /// An explanation asked for a figure id the projection does not have.
    UnknownFigure { figure: String },
}

impl Error {
    /// The stable machine-readable code of this error.
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Scenario;
    /// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
    ///
    /// let official = Scenario::from_preset(data, "official")?;
    /// // GDP's slider runs from −20% to 40%: 50% is refused, not projected.
    /// let error = official.with_growth(data, "gdp", "50").unwrap_err();
    /// // The page keys its message on the code and names the field; the code never changes.
    /// assert_eq!(error.code(), "out_of_range");
    /// assert_eq!(error.field(), Some("gdp"));
    /// assert_eq!(error.to_string(), "[out_of_range] gdp: must be between -20 and 40");
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
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
            Error::UnknownLanguage { .. } => "unknown_language",
            Error::ScenarioEmpty => "scenario_empty",
            Error::ScenarioTooLong { .. } => "scenario_too_long",
            Error::ScenarioVersion { .. } => "scenario_version",
            Error::ScenarioMalformed { .. } => "scenario_malformed",
            Error::ScenarioOtherReport { .. } => "scenario_other_report",
            Error::ScenarioNewerEdition { .. } => "scenario_newer_edition",
            Error::Overflow { .. } => "overflow",
            Error::InvalidInput { .. } => "invalid_input",
            Error::GoalUnreachable { .. } => "goal_unreachable",
            Error::NoTarget { .. } => "no_target",
            Error::NoFigure { .. } => "no_figure",
            Error::UnknownFigure { .. } => "unknown_figure",
        }
    }

    /// The field, indicator or setting the error is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::DatasetInvalid { path, .. } => Some(path),
            Error::UnknownIndicator { id }
            | Error::DuplicateIndicator { id }
            | Error::MissingIndicator { id }
            | Error::NoTarget { id, .. } => Some(id),
            Error::NotANumber { field, .. }
            | Error::TooPrecise { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::Overflow { field }
            | Error::GoalUnreachable { field } => Some(field),
            Error::NoFigure { output } => Some(output),
            Error::UnknownFigure { figure } => Some(figure),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For developers (a failed build, a dataset edit, a test): the code and the facts.
        // Readers get sentences from the report layer's messages, in their language.
        match self {
            Error::DatasetInvalid { path, reason } => {
                write!(f, "[{}] {path}: {reason}", self.code())
            }
            Error::OutOfRange { field, min, max } => {
                write!(
                    f,
                    "[{}] {field}: must be between {min} and {max}",
                    self.code()
                )
            }
            other => write!(f, "[{}] {other:?}", other.code()),
        }
    }
}

impl std::error::Error for Error {}

/// Shorthand for results in this crate.
pub type Result<T> = std::result::Result<T, Error>;
