//! A report's figures as data: its years (the base year of the levels, the plan year of the
//! targets), indicators with their base-year levels, plan-year targets, price basis and the
//! verbatim sentence behind every number, plus the key-project plan, the other numeric
//! targets, the presets, which derived figures the report has and, where it gives one, its
//! own account of how the base year's plan went. Read from a report folder's dataset file
//! and checked field by field, so a broken edit names the field and the reason;
//! [`Dataset::load`] also holds every quote to the report's text.

use crate::error::{Error, Result};
use crate::number::{canonical, decimal_places, Dec};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The only dataset schema version this build reads (3: the years are declared once in
/// `years` and every field name is free of them; the derived figures are data).
pub const SCHEMA_VERSION: u32 = 3;

/// The indicator the GDP mode `sectors` sums the sectors (indicators flagged `sector`)
/// into. A report without sectors has no such mode.
pub const GDP: &str = "gdp";

/// The whole dataset.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dataset {
    /// Format version of this file.
    pub schema_version: u32,
    /// Which publication of this report's data this is: 1 for the first, one more for each
    /// later one (an indicator added, a figure corrected). Share links record it, so a link
    /// says which data it was made with; see [`Indicator::added`].
    pub edition: u32,
    /// The report the figures come from.
    pub source: Source,
    /// The two years the report is about.
    pub years: Years,
    /// Units of the indicators, with their display precision.
    pub units: Vec<Unit>,
    /// The GDP price-change assumption.
    pub deflator: DeflatorSpec,
    /// The indicators a person can set growth for, in display order.
    pub indicators: Vec<Indicator>,
    /// The sector structure as the report states it for the base year, where it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_structure: Option<QuotedText>,
    /// The plan year's key-project investment plan.
    pub key_projects: KeyProjects,
    /// Other numeric plan-year targets the report states, for reference.
    pub other_targets: Vec<OtherTarget>,
    /// Named scenarios defined by formulas over the dataset.
    pub presets: Vec<Preset>,
    /// The derived figures this report has, each a formula of a known kind over indicators
    /// named by id, in the order they are computed.
    pub derived: Vec<DerivedSpec>,
    /// The report's own account of the base year's plan, where it gives one: how many of
    /// its indicators were met and why some were not. Optional, so a report without such an
    /// account needs nothing; nothing a share link records depends on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_account: Option<BaseAccount>,
}

/// How the report says the base year's plan went, in its own words: the sentence that
/// counts the plan's indicators, with its counts, and the reasons it gives for those that
/// fell short. The counts are the report's, for its plan's indicators, which need not be
/// this dataset's.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BaseAccount {
    /// The report's sentence with the counts, verbatim.
    pub quote: String,
    /// How many indicators the base year's plan had.
    pub indicators: Dec,
    /// How many of them the report says were completed well.
    pub completed: Dec,
    /// How many it says fell short of their targets.
    pub short: Dec,
    /// The reasons the report gives, each for the indicators of this dataset it concerns.
    pub shortfalls: Vec<Shortfall>,
}

/// One reason the report gives for indicators that fell short of their base-year targets.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Shortfall {
    /// The indicators of this dataset the reason concerns, by id.
    pub of: Vec<String>,
    /// The shortest passage of the report that carries the reason, verbatim.
    pub quote: String,
    /// The figures the quote gives, as the report writes them (each held by the quote).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Dec>,
    /// The reason in plain words, in every language.
    pub why: Texts,
}

/// The years of a report: the base year, whose levels and growth the report gives, and
/// the plan year its targets are for. Every year a person reads comes from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Years {
    pub base: u32,
    pub plan: u32,
}

/// The formulas a derived figure may have: a closed set, so that what a report declares is
/// always something the model can compute. Percentages are shown to two places, ratios to
/// two, sums and levels to the places of their first input's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DerivedKind {
    /// The growth of the sum of `of` from the base to the plan year, percent (plan only).
    SumGrowth,
    /// The sum of `of`.
    Sum,
    /// Each of `of` as percent of their sum: one figure per input, `id.<input>.<period>`.
    Shares,
    /// The one input at current prices: in the plan year grown by the deflator assumption;
    /// the base year is at its own prices.
    Nominal,
    /// The first input's level over the second's.
    Ratio,
    /// The first input as percent of the second made nominal (see `Nominal`): where a
    /// nominal series meets a real one.
    PercentOfNominal,
    /// Each field of the key-project plan as percent of its total (no inputs; plan only):
    /// `id.<field>.plan`.
    KeyProjectShares,
    /// The key-project plan's total as percent of the one input (plan only).
    KeyProjectsPercentOf,
}

impl DerivedKind {
    /// How many indicators the kind takes: exactly this many, or at least 2 for sums.
    fn inputs(self) -> Option<usize> {
        match self {
            DerivedKind::SumGrowth | DerivedKind::Sum | DerivedKind::Shares => None,
            DerivedKind::Nominal | DerivedKind::KeyProjectsPercentOf => Some(1),
            DerivedKind::Ratio | DerivedKind::PercentOfNominal => Some(2),
            DerivedKind::KeyProjectShares => Some(0),
        }
    }

    /// Whether the kind describes the plan year only (a change, or the plan's own figures).
    fn plan_only(self) -> bool {
        matches!(
            self,
            DerivedKind::SumGrowth
                | DerivedKind::KeyProjectShares
                | DerivedKind::KeyProjectsPercentOf
        )
    }
}

/// A year a derived figure describes, as the data name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodName {
    /// The base year, from the report's levels.
    Base,
    /// The plan year, from the projection.
    Plan,
}

/// One derived figure a report has: its id (the first part of every figure's id,
/// `id.period` or `id.part.period`), its kind and inputs, and the years it is shown for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DerivedSpec {
    pub id: String,
    /// What people call it (the title of its explanation).
    pub name: Texts,
    pub kind: DerivedKind,
    /// The indicators it is computed from, by id, in the order the kind reads them.
    pub of: Vec<String>,
    pub periods: Vec<PeriodName>,
}

/// A text for people in every language the product speaks, keyed by language tag (`zh`,
/// `en`, `zh-Hant`), written in the file as `{"zh": "…", "en": "…", "zh-Hant": "…"}`. Which
/// tags there must be is not the model's to know: the report layer's catalogues define the
/// languages, and [`Dataset::check_languages`] holds every map to their set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    /// The text in the language with this tag; empty when the map lacks it (which the
    /// language check rules out for a shipped dataset).
    pub fn get(&self, tag: &str) -> &str {
        self.0.get(tag).map_or("", String::as_str)
    }
}

/// Bibliographic facts about the report.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    /// The report's stable id (`a-z`, digits and `-`, starting with a letter), written
    /// into every share link so a link from another report is recognised as such. Never
    /// changes once links carry it.
    pub id: String,
    /// The report's text, a file in the report's folder: every quote is verbatim from it.
    pub file: String,
    /// The report's title: the published one in `zh`, translated in the others.
    pub title: Texts,
    pub publisher: Texts,
    /// The place the report is about, as the product's title names it (`{place}`).
    pub place: Texts,
    /// The day the report was presented, `YYYY-MM-DD`.
    pub date: String,
}

/// A unit of measure and how many decimals its figures are shown with.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    /// The unit as the data use it, in each language (the CSV's unit column).
    pub name: Texts,
    /// The unit English readers see amounts in, where the data's is not a natural one
    /// (亿元, a hundred million yuan, reads as "bn yuan"); with `en_shift`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_amount: Option<String>,
    /// How many places the decimal point moves left for `en_amount` (1: 409.49 → 40.949).
    /// Exact: an amount keeps every digit, with that many more decimals.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub en_shift: u32,
    pub decimals: u32,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

fn is_zero_i32(value: &i32) -> bool {
    *value == 0
}

/// The GDP deflator assumption: its default, slider range and a note on why.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeflatorSpec {
    pub default: Dec,
    pub min: Dec,
    pub max: Dec,
    pub step: Dec,
    pub note: Texts,
}

/// Whether a growth rate is at comparable prices (real) or current prices (nominal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceBasis {
    /// 可比价: real growth, before price changes.
    Comparable,
    /// 现价: nominal growth.
    Current,
}

/// How a target is meant: 以上 (at least), 超/突破 (more than) or a plain figure (about).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// 以上: the figure or more.
    AtLeast,
    /// 超 / 突破: strictly more than the figure.
    Above,
    /// A plain figure, read as "about".
    About,
}

/// A number with the verbatim report text it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuotedNumber {
    pub value: Dec,
    pub quote: String,
}

/// Text (such as a ratio) with the verbatim report text it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuotedText {
    pub value: String,
    pub quote: String,
}

/// A plan-year growth target in percent.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Target {
    pub value: Dec,
    pub qualifier: Qualifier,
    pub quote: String,
}

/// Where presets take a growth figure from for an indicator the report sets no target for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandInRule {
    /// The plan-year target of another indicator (named by `id`).
    TargetOf,
    /// The indicator's own base-year growth.
    BaseGrowth,
}

/// The documented stand-in for a missing target.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StandIn {
    pub rule: StandInRule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub why: Texts,
}

/// Why an indicator has no base-year level, with the report text that shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LevelMissing {
    pub quote: String,
    pub why: Texts,
}

/// The slider range of a growth assumption, in percent.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GrowthRange {
    pub min: Dec,
    pub max: Dec,
    pub step: Dec,
}

/// One indicator of the plan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Indicator {
    /// Stable id; share links depend on it.
    pub id: String,
    pub name: Texts,
    /// A short English name for tight places (the page's tiles and chart), where the full
    /// one is long.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_en: Option<String>,
    /// Id of a [`Unit`].
    pub unit: String,
    pub price_basis: PriceBasis,
    /// True for the sectors whose sum is GDP (the GDP mode `sectors`).
    #[serde(default)]
    pub sector: bool,
    /// The base-year level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<QuotedNumber>,
    /// The base-year growth, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_growth: Option<QuotedNumber>,
    /// The plan-year growth target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand_in: Option<StandIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_missing: Option<LevelMissing>,
    pub range: GrowthRange,
    /// For an indicator added after the first edition: when, and what older links mean
    /// for it. Absent for indicators of the first edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Added>,
}

/// When an indicator joined the dataset, and the growth every share link made before then
/// (which cannot name it) stands for. The value is set once, when the indicator is added
/// (its official value then), and never changed: a link means the same forever.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Added {
    /// The edition the indicator first appeared in (2 or later).
    pub edition: u32,
    /// The growth, in percent, that links of earlier editions give it.
    pub older_links: Dec,
}

impl Indicator {
    /// The edition this indicator first appeared in.
    pub fn edition(&self) -> u32 {
        self.added.as_ref().map_or(1, |added| added.edition)
    }
}

/// One field of the key-project plan.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyProjectField {
    pub id: String,
    pub name: Texts,
    pub value: Dec,
    pub quote: String,
}

/// The plan year's key-project annual investment plan and its split by field.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyProjects {
    pub id: String,
    pub name: Texts,
    pub unit: String,
    pub total: QuotedNumber,
    pub fields: Vec<KeyProjectField>,
}

/// Another numeric plan-year target, shown for reference (not simulated).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OtherTarget {
    pub id: String,
    pub name: Texts,
    pub value: Dec,
    /// The unit of the figure in each language; in English the unit English readers see,
    /// with `en_scale`: "bn yuan" for 亿元, "m²" for 万平方米.
    pub unit_name: Texts,
    /// The power of ten the figures are multiplied by for the English unit (−1: 10亿元 → 1 bn yuan;
    /// 4: 8万平方米 → 80,000 m²). Exact: only the decimal point moves.
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub en_scale: i32,
    pub qualifier: Qualifier,
    pub quote: String,
    /// The base-year figure, where the report gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_actual: Option<QuotedNumber>,
}

/// What a preset starts from for each indicator before its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetBase {
    /// The plan-year target, or the indicator's documented stand-in where there is none.
    Official,
    /// The base-year growth, or the official value where the report gives none.
    BaseGrowth,
}

/// A named scenario: base figure plus a fixed offset in percentage points.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub name: Texts,
    pub description: Texts,
    pub base: PresetBase,
    pub offset_points: Dec,
}

/// Calls `$m!(Struct { field, … })` for every struct of the dataset, fields in declaration
/// order: the one list both the build-time encoder (`build.rs`) and the module's decoder (`src/embedded.rs`) follow.
#[macro_export]
macro_rules! dataset_structs {
    ($m:ident) => {
        $m!(Dataset {
            schema_version,
            edition,
            source,
            years,
            units,
            deflator,
            indicators,
            base_structure,
            key_projects,
            other_targets,
            presets,
            derived,
            base_account,
        });
        $m!(BaseAccount {
            quote,
            indicators,
            completed,
            short,
            shortfalls
        });
        $m!(Shortfall {
            of,
            quote,
            figures,
            why
        });
        $m!(Source {
            id,
            file,
            title,
            publisher,
            place,
            date
        });
        $m!(Years { base, plan });
        $m!(DerivedSpec {
            id,
            name,
            kind,
            of,
            periods
        });
        $m!(Unit {
            id,
            name,
            en_amount,
            en_shift,
            decimals
        });
        $m!(DeflatorSpec {
            default,
            min,
            max,
            step,
            note
        });
        $m!(QuotedNumber { value, quote });
        $m!(QuotedText { value, quote });
        $m!(Target {
            value,
            qualifier,
            quote
        });
        $m!(StandIn { rule, id, why });
        $m!(LevelMissing { quote, why });
        $m!(GrowthRange { min, max, step });
        $m!(Indicator {
            id,
            name,
            short_en,
            unit,
            price_basis,
            sector,
            base,
            base_growth,
            target,
            stand_in,
            level_missing,
            range,
            added,
        });
        $m!(Added {
            edition,
            older_links
        });
        $m!(KeyProjectField {
            id,
            name,
            value,
            quote
        });
        $m!(KeyProjects {
            id,
            name,
            unit,
            total,
            fields
        });
        $m!(OtherTarget {
            id,
            name,
            value,
            unit_name,
            en_scale,
            qualifier,
            quote,
            base_actual,
        });
        $m!(Preset {
            id,
            name,
            description,
            base,
            offset_points,
        });
    };
}

/// Calls `$m!(Enum { Variant, … })` for every enum of the dataset.
#[macro_export]
macro_rules! dataset_enums {
    ($m:ident) => {
        $m!(PriceBasis {
            Comparable,
            Current
        });
        $m!(Qualifier {
            AtLeast,
            Above,
            About
        });
        $m!(StandInRule {
            TargetOf,
            BaseGrowth
        });
        $m!(PresetBase {
            Official,
            BaseGrowth
        });
        $m!(DerivedKind {
            SumGrowth,
            Sum,
            Shares,
            Nominal,
            Ratio,
            PercentOfNominal,
            KeyProjectShares,
            KeyProjectsPercentOf
        });
        $m!(PeriodName { Base, Plan });
    };
}

fn invalid(path: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::DatasetInvalid {
        path: path.into(),
        reason: reason.into(),
    }
}

impl Dataset {
    /// Parses and checks a dataset file. Errors name the field path and the reason.
    /// (Not in WebAssembly builds: they get the dataset from `build.rs`, already checked.)
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Dataset;
    ///
    /// let json = include_str!("../../seeds/reports/longgang-2024/dataset.json");
    /// let data = Dataset::from_json(json)?;
    /// assert_eq!((data.years.base, data.years.plan), (2023, 2024));
    /// assert_eq!(data.indicators.len(), 14);
    ///
    /// // A broken edit names the field: numbers are plain decimals, never "409,49".
    /// let error = Dataset::from_json(&json.replace("\"409.49\"", "\"409,49\"")).unwrap_err();
    /// assert_eq!(error.code(), "dataset_invalid");
    /// assert_eq!(error.field(), Some("indicators[0].base.value"));
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Dataset> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let dataset: Dataset =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
                let path = e.path().to_string();
                invalid(
                    if path == "." {
                        "(file)".to_string()
                    } else {
                        path
                    },
                    e.into_inner().to_string(),
                )
            })?;
        deserializer
            .end()
            .map_err(|e| invalid("(file)", e.to_string()))?;
        dataset.check()?;
        Ok(dataset)
    }

    /// Loads a report folder's dataset and checks it, and every quote against the
    /// report's text (see [`Dataset::check_quotes`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Dataset;
    ///
    /// let json = include_str!("../../seeds/reports/longgang-2024/dataset.json");
    /// let report = include_str!("../../seeds/reports/longgang-2024/000_f855646ea6645c30.txt");
    /// let data = Dataset::load(json, report)?;
    /// let (_, gdp) = data.indicator("gdp").unwrap();
    /// assert_eq!(gdp.base.as_ref().unwrap().value.0.to_string(), "409.49"); // 2023, 亿元
    ///
    /// // A figure mistyped in the dataset, sentence and all, is not what the report says.
    /// let typo = json.replace("409.49", "409.5");
    /// let error = Dataset::load(&typo, report).unwrap_err();
    /// assert_eq!(error.field(), Some("indicators[0].base"));
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(json: &str, report_text: &str) -> Result<Dataset> {
        let dataset = Dataset::from_json(json)?;
        dataset.check_quotes(report_text)?;
        Ok(dataset)
    }

    /// Every quote with the number it backs, as (path, number, quote): what
    /// [`Dataset::check_quotes`] holds to the report's text.
    pub fn claims(&self) -> Vec<(String, Option<Decimal>, &str)> {
        let mut out: Vec<(String, Option<Decimal>, &str)> = Vec::new();
        for (i, indicator) in self.indicators.iter().enumerate() {
            if let Some(v) = &indicator.base {
                out.push((format!("indicators[{i}].base"), Some(v.value.0), &v.quote));
            }
            if let Some(g) = &indicator.base_growth {
                out.push((
                    format!("indicators[{i}].baseGrowth"),
                    Some(g.value.0),
                    &g.quote,
                ));
            }
            if let Some(t) = &indicator.target {
                out.push((format!("indicators[{i}].target"), Some(t.value.0), &t.quote));
            }
            if let Some(m) = &indicator.level_missing {
                out.push((format!("indicators[{i}].levelMissing"), None, &m.quote));
            }
        }
        if let Some(structure) = &self.base_structure {
            out.push(("baseStructure".into(), None, &structure.quote));
        }
        let plan = &self.key_projects;
        out.push((
            "keyProjects.total".into(),
            Some(plan.total.value.0),
            &plan.total.quote,
        ));
        for (i, field) in plan.fields.iter().enumerate() {
            out.push((
                format!("keyProjects.fields[{i}]"),
                Some(field.value.0),
                &field.quote,
            ));
        }
        for (i, target) in self.other_targets.iter().enumerate() {
            out.push((
                format!("otherTargets[{i}]"),
                Some(target.value.0),
                &target.quote,
            ));
            if let Some(actual) = &target.base_actual {
                out.push((
                    format!("otherTargets[{i}].baseActual"),
                    Some(actual.value.0),
                    &actual.quote,
                ));
            }
        }
        if let Some(account) = &self.base_account {
            for (field, count) in [
                ("indicators", &account.indicators),
                ("completed", &account.completed),
                ("short", &account.short),
            ] {
                out.push((
                    format!("baseAccount.{field}"),
                    Some(count.0),
                    &account.quote,
                ));
            }
            for (i, shortfall) in account.shortfalls.iter().enumerate() {
                out.push((
                    format!("baseAccount.shortfalls[{i}]"),
                    None,
                    &shortfall.quote,
                ));
                for (k, figure) in shortfall.figures.iter().enumerate() {
                    out.push((
                        format!("baseAccount.shortfalls[{i}].figures[{k}]"),
                        Some(figure.0),
                        &shortfall.quote,
                    ));
                }
            }
        }
        out
    }

    /// Checks that every quote is a verbatim passage of the report's text and holds the
    /// number it backs (as the report writes it, not inside a longer number).
    pub fn check_quotes(&self, report_text: &str) -> Result<()> {
        for (path, value, quote) in self.claims() {
            if quote.is_empty() || !report_text.contains(quote) {
                return Err(invalid(
                    path,
                    "the quote is not verbatim in the report's text",
                ));
            }
            if let Some(value) = value {
                if !holds_number(quote, &canonical(value)) {
                    return Err(invalid(
                        path,
                        format!("the quote does not hold the number {}", canonical(value)),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The indicator with this id and its position.
    pub fn indicator(&self, id: &str) -> Option<(usize, &Indicator)> {
        self.indicators
            .iter()
            .enumerate()
            .find(|(_, indicator)| indicator.id == id)
    }

    /// Position of an indicator the engine requires (checked at load, so always present).
    pub(crate) fn position(&self, id: &str) -> usize {
        self.indicator(id).map_or(0, |(index, _)| index)
    }

    /// The indicators flagged `sector`, in dataset order: what GDP is the sum of in the
    /// GDP mode `sectors`.
    pub fn sectors(&self) -> impl Iterator<Item = &Indicator> + '_ {
        self.indicators.iter().filter(|indicator| indicator.sector)
    }

    /// Whether the report has sectors, and so the GDP mode `sectors`.
    pub fn has_sectors(&self) -> bool {
        self.indicators.iter().any(|indicator| indicator.sector)
    }

    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|unit| unit.id == id)
    }

    /// The preset with this id.
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|preset| preset.id == id)
    }

    /// Decimals shown for figures of an indicator.
    pub fn decimals_of(&self, indicator: &Indicator) -> u32 {
        self.unit(&indicator.unit).map_or(2, |unit| unit.decimals)
    }

    /// The growth a preset of base `official` uses for an indicator: its target, or its
    /// documented stand-in.
    pub fn official_growth(&self, indicator: &Indicator) -> Option<Decimal> {
        if let Some(target) = &indicator.target {
            return Some(target.value.0);
        }
        let stand_in = indicator.stand_in.as_ref()?;
        match stand_in.rule {
            StandInRule::BaseGrowth => indicator.base_growth.as_ref().map(|g| g.value.0),
            StandInRule::TargetOf => {
                let (_, other) = self.indicator(stand_in.id.as_deref()?)?;
                other.target.as_ref().map(|t| t.value.0)
            }
        }
    }

    /// Every text for people with its path in the file (`indicators[0].name`), in file
    /// order: what [`Dataset::check_languages`] checks and what a build leaves out of a
    /// module that shows no text.
    pub fn texts(&self) -> Vec<(String, &Texts)> {
        let mut out = vec![
            ("source.title".to_string(), &self.source.title),
            ("source.publisher".to_string(), &self.source.publisher),
            ("source.place".to_string(), &self.source.place),
        ];
        for (i, unit) in self.units.iter().enumerate() {
            out.push((format!("units[{i}].name"), &unit.name));
        }
        out.push(("deflator.note".to_string(), &self.deflator.note));
        for (i, indicator) in self.indicators.iter().enumerate() {
            out.push((format!("indicators[{i}].name"), &indicator.name));
            if let Some(stand_in) = &indicator.stand_in {
                out.push((format!("indicators[{i}].standIn.why"), &stand_in.why));
            }
            if let Some(missing) = &indicator.level_missing {
                out.push((format!("indicators[{i}].levelMissing.why"), &missing.why));
            }
        }
        for (i, spec) in self.derived.iter().enumerate() {
            out.push((format!("derived[{i}].name"), &spec.name));
        }
        out.push(("keyProjects.name".to_string(), &self.key_projects.name));
        for (i, field) in self.key_projects.fields.iter().enumerate() {
            out.push((format!("keyProjects.fields[{i}].name"), &field.name));
        }
        for (i, target) in self.other_targets.iter().enumerate() {
            out.push((format!("otherTargets[{i}].name"), &target.name));
            out.push((format!("otherTargets[{i}].unitName"), &target.unit_name));
        }
        for (i, preset) in self.presets.iter().enumerate() {
            out.push((format!("presets[{i}].name"), &preset.name));
            out.push((format!("presets[{i}].description"), &preset.description));
        }
        if let Some(account) = &self.base_account {
            for (i, shortfall) in account.shortfalls.iter().enumerate() {
                out.push((format!("baseAccount.shortfalls[{i}].why"), &shortfall.why));
            }
        }
        out
    }

    /// Checks that every text for people is given in exactly the languages `tags` (the
    /// catalogues' set) and none is blank: a language added to the product without its
    /// names and notes, or a stray tag, fails here naming the field and the language.
    pub fn check_languages(&self, tags: &[&str]) -> Result<()> {
        for (path, texts) in self.texts() {
            if let Some(tag) = tags.iter().find(|tag| !texts.0.contains_key(**tag)) {
                return Err(invalid(path, format!("no text in \"{tag}\"")));
            }
            if let Some(tag) = texts.0.keys().find(|tag| !tags.contains(&tag.as_str())) {
                return Err(invalid(
                    path,
                    format!(
                        "\"{tag}\" is not a language of the catalogues ({})",
                        tags.join(", ")
                    ),
                ));
            }
            if let Some((tag, _)) = texts.0.iter().find(|(_, text)| text.trim().is_empty()) {
                return Err(invalid(path, format!("the text in \"{tag}\" is blank")));
            }
        }
        Ok(())
    }

    /// Checks a dataset's consistency (what [`Dataset::from_json`] runs after parsing):
    /// ids, references, ranges, totals and presets; the error names the field and reason.
    pub fn check(&self) -> Result<()> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(invalid(
                "schemaVersion",
                format!(
                    "this build reads version {SCHEMA_VERSION}, the file is {}",
                    self.schema_version
                ),
            ));
        }
        if self.edition == 0 {
            return Err(invalid("edition", "editions count from 1"));
        }
        if !(1900..=2200).contains(&self.years.base) || self.years.plan <= self.years.base {
            return Err(invalid(
                "years",
                "base from 1900 to 2200, and plan after base",
            ));
        }
        let report = &self.source.id;
        if !report.starts_with(|c: char| c.is_ascii_lowercase())
            || report.len() > 40
            || !report
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(invalid(
                "source.id",
                "a-z, digits and -, starting with a letter, at most 40 characters \
                 (share links carry it)",
            ));
        }
        let mut unit_ids = HashSet::new();
        for (i, unit) in self.units.iter().enumerate() {
            if !unit_ids.insert(unit.id.as_str()) {
                return Err(invalid(
                    format!("units[{i}].id"),
                    format!("duplicate unit \"{}\"", unit.id),
                ));
            }
            if unit.decimals > 6 {
                return Err(invalid(
                    format!("units[{i}].decimals"),
                    "at most 6 decimals",
                ));
            }
            if unit.en_shift > 6 || (unit.en_shift > 0) != unit.en_amount.is_some() {
                return Err(invalid(
                    format!("units[{i}].enShift"),
                    "0 to 6, and above 0 exactly when enAmount is given",
                ));
            }
        }
        for (i, target) in self.other_targets.iter().enumerate() {
            if !(-6..=6).contains(&target.en_scale) {
                return Err(invalid(
                    format!("otherTargets[{i}].enScale"),
                    "from -6 to 6",
                ));
            }
        }
        check_range(
            "deflator",
            self.deflator.min.0,
            self.deflator.max.0,
            self.deflator.step.0,
        )?;
        if !(self.deflator.min.0..=self.deflator.max.0).contains(&self.deflator.default.0) {
            return Err(invalid("deflator.default", "outside min..max"));
        }
        let mut ids = HashSet::new();
        for (i, indicator) in self.indicators.iter().enumerate() {
            let at = |field: &str| format!("indicators[{i}].{field}");
            if indicator.id.is_empty()
                || !indicator
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
            {
                return Err(invalid(
                    at("id"),
                    "ids use only a-z and _ (share links rely on it)",
                ));
            }
            if !ids.insert(indicator.id.as_str()) {
                return Err(invalid(
                    at("id"),
                    format!("duplicate id \"{}\"", indicator.id),
                ));
            }
            if self.unit(&indicator.unit).is_none() {
                return Err(invalid(
                    at("unit"),
                    format!("unknown unit \"{}\"", indicator.unit),
                ));
            }
            match (&indicator.base, &indicator.level_missing) {
                (Some(value), None) if value.value.0 <= Decimal::ZERO => {
                    return Err(invalid(at("base.value"), "must be positive"));
                }
                (Some(_), None) if indicator.unit == "index" => {
                    return Err(invalid(
                        at("unit"),
                        "an indicator with a base-year level is not an index",
                    ));
                }
                (None, Some(_)) if indicator.unit != "index" => {
                    return Err(invalid(
                        at("unit"),
                        "an indicator without a base-year level must use the index unit",
                    ));
                }
                (Some(_), Some(_)) => {
                    return Err(invalid(at("levelMissing"), "given together with base"));
                }
                (None, None) => {
                    return Err(invalid(
                        at("base"),
                        "missing; give it or say why in levelMissing",
                    ));
                }
                _ => {}
            }
            let range = &indicator.range;
            check_range(&at("range"), range.min.0, range.max.0, range.step.0)?;
            if range.min.0 <= -Decimal::ONE_HUNDRED {
                return Err(invalid(at("range.min"), "growth must stay above -100%"));
            }
            if indicator.target.is_none() && indicator.stand_in.is_none() {
                return Err(invalid(at("standIn"), "required when there is no target"));
            }
            if let Some(stand_in) = &indicator.stand_in {
                self.check_stand_in(&at("standIn"), indicator, stand_in)?;
            }
            if let Some(added) = &indicator.added {
                if !(2..=self.edition).contains(&added.edition) {
                    return Err(invalid(
                        at("added.edition"),
                        format!(
                            "from 2 to the dataset's edition, {} (first-edition indicators \
                             carry no added)",
                            self.edition
                        ),
                    ));
                }
                // What older links stand for must be a value a link could hold.
                let value = added.older_links.0;
                if decimal_places(value) > crate::scenario::MAX_DECIMALS
                    || value < range.min.0
                    || value > range.max.0
                {
                    return Err(invalid(
                        at("added.olderLinks"),
                        format!(
                            "within the range, at most {} decimals",
                            crate::scenario::MAX_DECIMALS
                        ),
                    ));
                }
            }
        }
        // Sectors sum to GDP in the GDP mode `sectors`: GDP must be there, with a level,
        // and the sectors too.
        if self.has_sectors() {
            for indicator in self.sectors().chain(self.indicator(GDP).map(|(_, i)| i)) {
                if indicator.base.is_none() {
                    return Err(invalid(
                        "indicators",
                        format!("\"{}\" needs a base-year level", indicator.id),
                    ));
                }
            }
            if self.indicator(GDP).map_or(true, |(_, gdp)| gdp.sector) {
                return Err(invalid(
                    "indicators",
                    format!("sectors need an indicator \"{GDP}\" that is not a sector"),
                ));
            }
        }
        self.check_derived()?;
        self.check_key_projects()?;
        self.check_base_account()?;
        self.check_presets()
    }

    /// The account's counts are whole numbers that add up (completed and short make the
    /// plan's count), and its reasons name indicators of this dataset, each once, no more
    /// of them than the report says fell short.
    fn check_base_account(&self) -> Result<()> {
        let Some(account) = &self.base_account else {
            return Ok(());
        };
        for (field, count) in [
            ("indicators", account.indicators.0),
            ("completed", account.completed.0),
            ("short", account.short.0),
        ] {
            if count.is_sign_negative() || !count.fract().is_zero() {
                return Err(invalid(
                    format!("baseAccount.{field}"),
                    "a count: a whole number, 0 or more",
                ));
            }
        }
        if account.completed.0.checked_add(account.short.0) != Some(account.indicators.0) {
            return Err(invalid(
                "baseAccount",
                format!(
                    "completed ({}) and short ({}) do not add up to indicators ({})",
                    canonical(account.completed.0),
                    canonical(account.short.0),
                    canonical(account.indicators.0)
                ),
            ));
        }
        let mut named = HashSet::new();
        for (i, shortfall) in account.shortfalls.iter().enumerate() {
            let at = format!("baseAccount.shortfalls[{i}].of");
            if shortfall.of.is_empty() {
                return Err(invalid(at, "names no indicator"));
            }
            for id in &shortfall.of {
                if self.indicator(id).is_none() {
                    return Err(invalid(at, format!("unknown indicator \"{id}\"")));
                }
                // One reason per indicator: the page shows it beside that indicator.
                if !named.insert(id.as_str()) {
                    return Err(invalid(at, format!("\"{id}\" is named twice")));
                }
            }
        }
        if Decimal::from(named.len()) > account.short.0 {
            return Err(invalid(
                "baseAccount.shortfalls",
                format!(
                    "name {} indicators, more than the {} that fell short",
                    named.len(),
                    canonical(account.short.0)
                ),
            ));
        }
        Ok(())
    }

    fn check_stand_in(&self, at: &str, indicator: &Indicator, stand_in: &StandIn) -> Result<()> {
        match (stand_in.rule, &stand_in.id) {
            (StandInRule::TargetOf, Some(other_id)) => match self.indicator(other_id) {
                Some((_, other)) if other.target.is_some() => Ok(()),
                Some(_) => Err(invalid(
                    format!("{at}.id"),
                    format!("\"{other_id}\" has no target"),
                )),
                None => Err(invalid(
                    format!("{at}.id"),
                    format!("unknown indicator \"{other_id}\""),
                )),
            },
            (StandInRule::TargetOf, None) => {
                Err(invalid(format!("{at}.id"), "target_of needs an id"))
            }
            (StandInRule::BaseGrowth, _) if indicator.base_growth.is_none() => Err(invalid(
                format!("{at}.rule"),
                "base_growth needs baseGrowth",
            )),
            (StandInRule::BaseGrowth, Some(_)) => {
                Err(invalid(format!("{at}.id"), "base_growth takes no id"))
            }
            (StandInRule::BaseGrowth, None) => Ok(()),
        }
    }

    /// Every derived figure: a unique id, the number of inputs its kind takes, each an
    /// indicator with a base-year level, and only the years its kind describes.
    fn check_derived(&self) -> Result<()> {
        let mut ids = HashSet::new();
        for (i, spec) in self.derived.iter().enumerate() {
            let at = |field: &str| format!("derived[{i}].{field}");
            if spec.id.is_empty() || !spec.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(invalid(at("id"), "ids use only a-z and _"));
            }
            if !ids.insert(spec.id.as_str()) {
                return Err(invalid(at("id"), format!("duplicate id \"{}\"", spec.id)));
            }
            let count_ok = match spec.kind.inputs() {
                Some(n) => spec.of.len() == n,
                None => spec.of.len() >= 2,
            };
            if !count_ok {
                return Err(invalid(at("of"), "the wrong number of inputs for its kind"));
            }
            for id in &spec.of {
                match self.indicator(id) {
                    None => return Err(invalid(at("of"), format!("unknown indicator \"{id}\""))),
                    Some((_, indicator)) if indicator.base.is_none() => {
                        return Err(invalid(
                            at("of"),
                            format!("\"{id}\" has no base-year level"),
                        ))
                    }
                    _ => {}
                }
            }
            let base = spec.periods.contains(&PeriodName::Base);
            if spec.periods.is_empty()
                || (base && spec.kind.plan_only())
                || (1..spec.periods.len()).any(|k| spec.periods[k..].contains(&spec.periods[k - 1]))
            {
                return Err(invalid(
                    at("periods"),
                    "base and/or plan, once each (its kind may describe the plan only)",
                ));
            }
        }
        Ok(())
    }

    fn check_key_projects(&self) -> Result<()> {
        let plan = &self.key_projects;
        if self.unit(&plan.unit).is_none() {
            return Err(invalid(
                "keyProjects.unit",
                format!("unknown unit \"{}\"", plan.unit),
            ));
        }
        let mut sum = Decimal::ZERO;
        for field in &plan.fields {
            sum = sum
                .checked_add(field.value.0)
                .ok_or_else(|| invalid("keyProjects.fields", "sum overflows"))?;
        }
        if plan.fields.is_empty() || sum != plan.total.value.0 {
            return Err(invalid(
                "keyProjects.fields",
                format!(
                    "fields sum to {} but the total is {}",
                    canonical(sum),
                    canonical(plan.total.value.0)
                ),
            ));
        }
        Ok(())
    }

    fn check_presets(&self) -> Result<()> {
        let mut ids = HashSet::new();
        for (i, preset) in self.presets.iter().enumerate() {
            if !ids.insert(preset.id.as_str()) {
                return Err(invalid(
                    format!("presets[{i}].id"),
                    format!("duplicate preset \"{}\"", preset.id),
                ));
            }
            // Every preset must produce a scenario the sliders can show.
            crate::scenario::Scenario::from_preset(self, &preset.id).map_err(|e| {
                invalid(
                    format!("presets[{i}]"),
                    format!("does not give a valid scenario: {}", e),
                )
            })?;
        }
        if self.preset("official").is_none() {
            return Err(invalid("presets", "an \"official\" preset is required"));
        }
        Ok(())
    }
}

fn check_range(at: &str, min: Decimal, max: Decimal, step: Decimal) -> Result<()> {
    if min >= max {
        return Err(invalid(format!("{at}.min"), "must be below max"));
    }
    if step <= Decimal::ZERO {
        return Err(invalid(format!("{at}.step"), "must be positive"));
    }
    Ok(())
}

/// Whether `quote` holds `number` as a number of its own: not the tail of a longer one
/// (8 inside 18.8) nor its head (8 inside 8.5 or 80).
fn holds_number(quote: &str, number: &str) -> bool {
    quote.match_indices(number).any(|(at, _)| {
        let before = quote.get(..at).and_then(|head| head.chars().last());
        let mut after = quote.get(at + number.len()..).unwrap_or("").chars();
        let next = after.next();
        let digit_after_point =
            next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit());
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && !next.is_some_and(|c| c.is_ascii_digit())
            && !digit_after_point
    })
}
