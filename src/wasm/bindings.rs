//! The WASM API: thin wrappers that convert JS values, call the core and convert back.
//! Decimals cross as strings; every failure becomes a JS `Error` carrying a stable `code`,
//! `messages` (the message in every language, by tag), `messageZh`, `messageEn` and, where
//! it applies, `field`.

use crate::dataset::Dataset;
use crate::error::Error;
use crate::number::canonical;
use crate::projection;
use crate::report::{Lang, Messages};
use crate::scenario::{parse_assumption, Scenario, ScenarioInput};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A decimal number written as a string, e.g. "6.5". */
export type DecimalString = string;
export type GdpMode = "direct" | "sectors";
export type Qualifier = "at_least" | "above" | "about";
export type PriceBasis = "comparable" | "current";
export type Status = "met" | "short" | "exceeds" | "no_target";

/** Assumptions in percent. Output scenarios always carry every field. */
export interface Scenario {
  growth: Record<string, DecimalString>;
  deflator?: DecimalString;
  gdpMode?: GdpMode;
}

export interface QuotedNumber { value: DecimalString; quote: string; }
export interface Target { value: DecimalString; qualifier: Qualifier; quote: string; }
/** A text for people in every language, by tag: `{zh: "…", en: "…", "zh-Hant": "…"}`. */
export type Texts = Record<string, string>;
export interface StandIn { rule: "target_of" | "base_growth"; id?: string; why: Texts; }
export interface Indicator {
  id: string; name: Texts; shortEn?: string; unit: string; priceBasis: PriceBasis; sector: boolean;
  base?: QuotedNumber; baseGrowth?: QuotedNumber; target?: Target; standIn?: StandIn;
  levelMissing?: { quote: string; why: Texts };
  range: { min: DecimalString; max: DecimalString; step: DecimalString };
  /** For an indicator added after the first edition: when, and the growth older links give it. */
  added?: { edition: number; olderLinks: DecimalString };
}
export interface Preset {
  id: string; name: Texts; description: Texts;
  base: "official" | "base_growth"; offsetPoints: DecimalString;
}
export interface Dataset {
  schemaVersion: number;
  /** Which publication of the report's data this is (1, 2, …); share links record it. */
  edition: number;
  /** `id`: the report's stable id, which share links carry; `place`: what the title names. */
  source: { id: string; file: string; title: Texts; publisher: Texts; place: Texts; date: string };
  /** The base year (of the levels) and the plan year (of the targets). */
  years: { base: number; plan: number };
  units: { id: string; name: Texts; enAmount?: string; enShift?: number; decimals: number }[];
  deflator: { default: DecimalString; min: DecimalString; max: DecimalString; step: DecimalString; note: Texts };
  indicators: Indicator[];
  baseStructure?: { value: string; quote: string };
  keyProjects: { id: string; name: Texts; unit: string; total: QuotedNumber;
    fields: { id: string; name: Texts; value: DecimalString; quote: string }[] };
  otherTargets: { id: string; name: Texts; value: DecimalString; unitName: Texts; enScale?: number;
    qualifier: Qualifier; quote: string; baseActual?: QuotedNumber }[];
  presets: Preset[];
  /** The report's derived figures: a kind of formula over indicators named by id. */
  derived: DerivedSpec[];
  /** The report's own account of the base year's plan, where it gives one. */
  baseAccount?: BaseAccount;
}
/** How the report says the base year's plan went: its counts, verbatim, and its reasons. */
export interface BaseAccount {
  quote: string; indicators: DecimalString; completed: DecimalString; short: DecimalString;
  shortfalls: Shortfall[];
}
/** A reason the report gives for indicators (by id) that missed their base-year targets. */
export interface Shortfall { of: string[]; quote: string; figures?: DecimalString[]; why: Texts; }
export interface DerivedSpec {
  id: string;
  name: Texts;
  kind: "sum_growth" | "sum" | "shares" | "nominal" | "ratio" | "percent_of_nominal"
    | "key_project_shares" | "key_projects_percent_of";
  of: string[]; periods: ("base" | "plan")[];
}
export interface TargetOutcome {
  growth: DecimalString; qualifier: Qualifier; level: DecimalString; gapLevel: DecimalString; gapPoints: DecimalString;
}
export interface Row {
  id: string; unit: string; priceBasis: PriceBasis; hasLevel: boolean; base: DecimalString;
  growth: DecimalString; growthDerived: boolean; projected: DecimalString; projectedExact: DecimalString;
  target?: TargetOutcome; status: Status;
}
export interface Derived {
  impliedGdpGrowth: DecimalString; impliedGdpLevel: DecimalString;
  structureBase: DecimalString[]; structurePlan: DecimalString[]; nominalGdpPlan: DecimalString;
  urbanRuralRatioBase: DecimalString; urbanRuralRatioPlan: DecimalString;
  budgetRevenueToGdpBase: DecimalString; budgetRevenueToGdpPlan: DecimalString;
  faiToGdpBase: DecimalString; faiToGdpPlan: DecimalString;
  impliedGdpGrowthExact: DecimalString; urbanRuralRatioPlanExact: DecimalString;
  budgetRevenueToGdpPlanExact: DecimalString; faiToGdpPlanExact: DecimalString;
  keyProjectsTotal: DecimalString; keyProjects: { id: string; value: DecimalString; share: DecimalString }[];
  keyProjectsToFaiPlan: DecimalString;
}
export interface Projection { gdpMode: GdpMode; deflator: DecimalString; rows: Row[]; derived: Derived; }
/** A QR code: one SVG path drawn over a size × size square (quiet zone included). */
export interface QrPath { size: number; path: string; }
/**
 * A language tag: `zh`, `en`, `zh-Hant` (the catalogues' tags), an alias such as `zh-CN`,
 * `zh-TW` or `zh-HK`, or a longer tag that begins with one (`zh-Hant-TW`, `en-GB`).
 */
export type Lang = string;
/**
 * The share card: a self-contained SVG document 1080 px wide (its height follows the
 * content), presentation attributes only, no scripts or external references.
 */
export type CardSvg = string;
export type Goal = { kind: "official" } | { kind: "level"; value: DecimalString };
export interface GoalSeek {
  solvedFor: string; indicator: string; level: DecimalString; growthExact: DecimalString;
  growth: DecimalString; growthApplicable: DecimalString; withinRange: boolean;
}
export interface Swing {
  id: string; lowInput: DecimalString; highInput: DecimalString; lowOutput: DecimalString;
  highOutput: DecimalString; swing: DecimalString; swingExact: DecimalString;
}
export interface Sensitivity { output: string; base: DecimalString; swings: Swing[]; }
export interface ExplanationInput {
  name: string; value: DecimalString; source: string;
  kind: "report" | "index" | "assumption" | "deflator" | "figure" | "run" | "goal"; figure?: string; quote?: string;
}
export interface Explanation {
  figure: string; title: string;
  formula: "given" | "grow" | "sum" | "difference" | "ratio" | "percent" | "share_of_sum"
    | "sum_growth" | "percent_of_nominal" | "status" | "sector_goal";
  words: string; numbers: string; exact: DecimalString; shown: DecimalString; shownAmount?: string;
  rounding: string; unit?: string; inputs: ExplanationInput[]; rule?: string;
  status?: "met" | "short" | "exceeds" | "no_target"; verdict?: string;
  account?: { text: string; source: string; quote: string }; varied?: string;
}
export interface McInput { draws: number; seed: number; correlation?: DecimalString; spreads?: Record<string, DecimalString>; }
export interface McRow {
  id: string; spread: DecimalString; p5: DecimalString; p50: DecimalString; p95: DecimalString;
  growthP5: DecimalString; growthP50: DecimalString; growthP95: DecimalString; probability?: DecimalString;
}
export interface McResult { draws: number; seed: number; correlation: DecimalString; rows: McRow[]; fingerprint: string; }
/**
 * Every error thrown by this module. `messages` holds the message in each language the
 * module carries, by tag: all of the catalogues' in the full module (`en`, `zh`,
 * `zh-Hant`), `zh` and `en` in the projection module the page loads first.
 */
export interface SimError extends Error {
  code: string; messages: Record<string, string>; messageZh: string; messageEn: string; field?: string;
}
"#;

/// Converts a core error to a JS `Error` with `code`, `messages` (tag → message, every
/// language the module carries: all of the catalogues' in the full module, `zh` and `en`
/// in the one the page loads first, see build.rs), `messageZh` and `messageEn` (the same
/// two texts, as the page has always read them) and `field`; its `message` is the English
/// one.
fn to_js_error(error: Error) -> JsValue {
    let js_error: JsValue = js_sys::Error::new("").into();
    let messages: JsValue = js_sys::Object::new().into();
    // Setting a property on a fresh object cannot fail.
    let set = |object: &JsValue, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
    };
    for lang in Lang::all() {
        let text = JsValue::from_str(&error.message(lang));
        set(&messages, lang.tag(), &text);
        if lang == Lang::ZH {
            set(&js_error, "messageZh", &text);
        }
        if lang == Lang::EN {
            set(&js_error, "messageEn", &text);
            set(&js_error, "message", &text);
        }
    }
    set(&js_error, "code", &JsValue::from_str(error.code()));
    set(&js_error, "messages", &messages);
    if let Some(field) = error.field() {
        set(&js_error, "field", &JsValue::from_str(field));
    }
    js_error
}

/// A Rust value as a fresh JS value, by way of JSON text: one crossing of the boundary
/// and one `JSON.parse`, with a JSON writer far smaller than a general JS-value serializer.
/// Decimals are strings and absent options are left out, so the shapes are those of the
/// TypeScript types above.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    // Writing strings, booleans, whole numbers, arrays and objects to a `Vec` cannot fail;
    // the error's own text is not used, which keeps its formatting code out of the module.
    let json = serde_json::to_string(value)
        .map_err(|_| invalid_input("the result could not be written as JSON".to_string()))?;
    js_sys::JSON::parse(&json)
}

/// Reads plain JS objects field by field. A general deserializer (serde's, with a JSON or
/// JS-value front end) would bring float parsing and formatting into the module for the
/// sake of its error messages; these few shapes need neither.
mod read {
    use super::invalid_input;
    use std::collections::BTreeMap;
    use wasm_bindgen::{JsCast, JsValue};

    /// Checks that `value` is a plain object whose keys are all in `known`.
    pub fn object(value: &JsValue, what: &str, known: &[&str]) -> Result<(), JsValue> {
        if !value.is_object() || value.is_function() || js_sys::Array::is_array(value) {
            return Err(invalid_input(format!("{what}: expected an object")));
        }
        for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                return Err(invalid_input(format!(
                    "{what}: unknown field `{key}`, expected one of {}",
                    known.join(", ")
                )));
            }
        }
        Ok(())
    }

    /// A field's value; `undefined` and `null` read as absent.
    pub fn field(value: &JsValue, key: &str) -> Option<JsValue> {
        js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .filter(|item| !item.is_undefined() && !item.is_null())
    }

    /// A field that must hold a string when present.
    pub fn text(value: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
        field(value, key)
            .map(|item| {
                item.as_string()
                    .ok_or_else(|| invalid_input(format!("`{key}`: expected a string")))
            })
            .transpose()
    }

    /// A field that must hold a whole number from 0 to `u32::MAX`.
    #[cfg(feature = "extras")]
    pub fn whole(value: &JsValue, key: &str) -> Result<u32, JsValue> {
        field(value, key)
            .and_then(|item| item.as_f64())
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
            .map(|n| n as u32)
            .ok_or_else(|| invalid_input(format!("`{key}`: expected a whole number")))
    }

    /// A field holding an object of strings (absent reads as empty).
    pub fn strings(value: &JsValue, key: &str) -> Result<BTreeMap<String, String>, JsValue> {
        let mut map = BTreeMap::new();
        let Some(item) = field(value, key) else {
            return Ok(map);
        };
        if !item.is_object() || js_sys::Array::is_array(&item) {
            return Err(invalid_input(format!("`{key}`: expected an object")));
        }
        for pair in js_sys::Object::entries(item.unchecked_ref()).iter() {
            let pair: js_sys::Array = pair.unchecked_into();
            let (name, text) = (pair.get(0).as_string(), pair.get(1).as_string());
            match (name, text) {
                (Some(name), Some(text)) => map.insert(name, text),
                (name, _) => {
                    return Err(invalid_input(format!(
                        "`{key}.{}`: expected a string",
                        name.unwrap_or_default()
                    )))
                }
            };
        }
        Ok(map)
    }
}

fn invalid_input(detail: String) -> JsValue {
    to_js_error(Error::InvalidInput { detail })
}

fn data() -> Result<&'static Dataset, JsValue> {
    #[cfg(debug_assertions)]
    report_panics_in_development();
    crate::embedded().map_err(to_js_error)
}

#[cfg(debug_assertions)]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// In development builds a panic (a bug: user input never causes one) is written to the
/// console with its message and location before the module traps. Every export passes
/// through `data()`, so the hook is installed before any core code runs.
#[cfg(debug_assertions)]
fn report_panics_in_development() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!("longgang-sim panicked: {info}"))
        }));
    });
}

fn scenario_from_js(value: JsValue) -> Result<Scenario, JsValue> {
    read::object(&value, "scenario", &["growth", "deflator", "gdpMode"])?;
    if read::field(&value, "growth").is_none() {
        return Err(invalid_input(
            "scenario: missing field `growth`".to_string(),
        ));
    }
    let input = ScenarioInput {
        growth: read::strings(&value, "growth")?,
        deflator: read::text(&value, "deflator")?,
        gdp_mode: read::text(&value, "gdpMode")?,
    };
    Scenario::from_input(data()?, &input).map_err(to_js_error)
}

/// The scenario a preset defines.
#[wasm_bindgen(js_name = presetScenario, unchecked_return_type = "Scenario")]
pub fn preset_scenario_js(id: &str) -> Result<JsValue, JsValue> {
    to_js(&Scenario::from_preset(data()?, id).map_err(to_js_error)?)
}

/// Checks and normalises a scenario (fills the default deflator and mode).
#[wasm_bindgen(js_name = normalizeScenario, unchecked_return_type = "Scenario")]
pub fn normalize_scenario_js(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&scenario_from_js(scenario)?)
}

/// Projects a scenario.
#[wasm_bindgen(js_name = project, unchecked_return_type = "Projection")]
pub fn project_js(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<JsValue, JsValue> {
    let scenario = scenario_from_js(scenario)?;
    let dataset = data()?;
    let projection = projection::project(dataset, &scenario).map_err(to_js_error)?;
    to_js(&crate::report::view::projection(dataset, &projection))
}

/// Encodes a scenario as a share-link string.
#[wasm_bindgen(js_name = encodeScenario)]
pub fn encode_scenario_js(
    #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
) -> Result<String, JsValue> {
    let scenario = scenario_from_js(scenario)?;
    Ok(scenario.encode(data()?))
}

/// Decodes a share-link string.
#[wasm_bindgen(js_name = decodeScenario, unchecked_return_type = "Scenario")]
pub fn decode_scenario_js(encoded: &str) -> Result<JsValue, JsValue> {
    to_js(&Scenario::decode(data()?, encoded).map_err(to_js_error)?)
}

/// Reads a typed growth figure for one indicator (or `deflator`): returns its canonical
/// text, or throws the specific error (not a number, too precise, out of range).
#[wasm_bindgen(js_name = parseGrowth)]
pub fn parse_growth_js(field: &str, text: &str) -> Result<String, JsValue> {
    let value = parse_assumption(data()?, field, text).map_err(to_js_error)?;
    Ok(canonical(value))
}

#[cfg(feature = "extras")]
pub use extras::*;

/// Exports of the `extras` feature: the dataset with its texts, the analyses, the
/// uncertainty run, CSV, QR code, static HTML and the share card, in the second module the
/// page loads only when a reader needs one of them.
#[cfg(feature = "extras")]
mod extras {
    use super::*;
    use crate::number::Arith;
    use crate::report::csv as export;

    /// Monte Carlo percentiles and probabilities of meeting the targets.
    #[wasm_bindgen(js_name = monteCarlo, unchecked_return_type = "McResult")]
    pub fn monte_carlo_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        #[wasm_bindgen(unchecked_param_type = "McInput")] settings: JsValue,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let settings = mc_settings(&settings)?;
        let result = crate::montecarlo::run(data()?, &scenario, &settings).map_err(to_js_error)?;
        to_js(&crate::report::view::monte_carlo(&result))
    }

    /// An uncertainty run's settings, read from JavaScript.
    fn mc_settings(settings: &JsValue) -> Result<crate::montecarlo::McInput, JsValue> {
        read::object(
            settings,
            "settings",
            &["draws", "seed", "correlation", "spreads"],
        )?;
        Ok(crate::montecarlo::McInput {
            draws: read::whole(settings, "draws")?,
            seed: read::whole(settings, "seed")?,
            correlation: read::text(settings, "correlation")?,
            spreads: read::strings(settings, "spreads")?,
        })
    }

    /// How a figure of an uncertainty run is made (`<id>.probability`, `<id>.p5`,
    /// `<id>.p95`), in `lang`: the run is made again from `settings` and its seed.
    #[wasm_bindgen(js_name = explainUncertainty, unchecked_return_type = "Explanation")]
    pub fn explain_uncertainty_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        #[wasm_bindgen(unchecked_param_type = "McInput")] settings: JsValue,
        figure: &str,
        lang: &str,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let settings = mc_settings(&settings)?;
        let lang = parse_lang(lang)?;
        let dataset = data()?;
        let explanation =
            crate::explain::explain_uncertainty(dataset, &scenario, &settings, figure)
                .map_err(to_js_error)?;
        to_js(&crate::report::explain::view(dataset, &explanation, lang))
    }

    /// The projection as RFC 4180 CSV (no byte-order mark), in the language `lang` names.
    #[wasm_bindgen(js_name = projectionCsv)]
    pub fn projection_csv_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
    ) -> Result<String, JsValue> {
        let lang = parse_lang(lang)?;
        let scenario = scenario_from_js(scenario)?;
        let dataset = data()?;
        let projection = projection::project(dataset, &scenario).map_err(to_js_error)?;
        Ok(export::to_csv(dataset, &projection, lang))
    }

    /// `a − b` of two decimal strings, rounded half away from zero to `decimals` places.
    #[wasm_bindgen(js_name = difference)]
    pub fn difference_js(a: &str, b: &str, decimals: u32) -> Result<String, JsValue> {
        let parse = |text: &str| {
            crate::number::parse_plain(text).ok_or_else(|| {
                to_js_error(Error::NotANumber {
                    field: "difference".to_string(),
                    input: text.to_string(),
                })
            })
        };
        let value = parse(a)?.minus(parse(b)?).ok_or_else(|| {
            to_js_error(Error::Overflow {
                field: "difference".to_string(),
            })
        })?;
        Ok(crate::number::round_fixed(value, decimals.min(10)))
    }

    fn parse_lang(lang: &str) -> Result<Lang, JsValue> {
        Lang::parse(lang).map_err(to_js_error)
    }

    /// The QR code of a text (the share link) as SVG path data over a `size` square.
    #[wasm_bindgen(js_name = qrPath, unchecked_return_type = "QrPath")]
    pub fn qr_path_js(text: &str) -> Result<JsValue, JsValue> {
        to_js(&crate::report::qr::svg_path(text).map_err(to_js_error)?)
    }

    /// The static fallback HTML for a scenario: the chosen indicators (comma-separated ids, all
    /// when empty) as a table and an SVG chart, with a link to `openUrl` when given.
    #[wasm_bindgen(js_name = renderStatic)]
    pub fn render_static_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        indicators: &str,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
        open_url: Option<String>,
    ) -> Result<String, JsValue> {
        let lang = parse_lang(lang)?;
        let scenario = scenario_from_js(scenario)?;
        let ids = crate::report::static_html::parse_ids(indicators);
        crate::report::static_html::render(data()?, &scenario, &ids, lang, open_url.as_deref())
            .map_err(to_js_error)
    }

    /// The share card of a scenario: an SVG image 1080 px wide in `lang`, with the QR code
    /// of `openUrl` when given (an http(s) address or a path on this site).
    #[wasm_bindgen(js_name = cardSvg, unchecked_return_type = "CardSvg")]
    pub fn card_svg_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
        open_url: Option<String>,
    ) -> Result<String, JsValue> {
        let lang = parse_lang(lang)?;
        let scenario = scenario_from_js(scenario)?;
        crate::report::card::card_svg(data()?, &scenario, lang, open_url.as_deref())
            .map_err(to_js_error)
    }

    /// The growth an indicator needs to reach a goal (`{kind: "official"}` or
    /// `{kind: "level", value: "450"}`); with `solveFor` a sector, the growth that sector needs
    /// for GDP to reach the goal given the other two.
    #[wasm_bindgen(js_name = goalSeek, unchecked_return_type = "GoalSeek")]
    pub fn goal_seek_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        indicator: &str,
        #[wasm_bindgen(unchecked_param_type = "Goal")] goal: JsValue,
        solve_for: Option<String>,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let goal = goal_from_js(&goal)?;
        let answer =
            crate::analysis::goal_seek(data()?, &scenario, indicator, &goal, solve_for.as_deref());
        to_js(&crate::report::view::goal_seek(
            &answer.map_err(to_js_error)?,
        ))
    }

    /// A goal as JavaScript gives it: `{kind: "official"}` or `{kind: "level", value}`.
    fn goal_from_js(goal: &JsValue) -> Result<crate::analysis::Goal, JsValue> {
        read::object(goal, "goal", &["kind", "value"])?;
        match (
            read::text(goal, "kind")?.as_deref(),
            read::text(goal, "value")?,
        ) {
            (Some("official"), None) => Ok(crate::analysis::Goal::Official),
            (Some("level"), Some(value)) => Ok(crate::analysis::Goal::Level(value)),
            _ => Err(invalid_input(
                "goal: expected {kind: \"official\"} or {kind: \"level\", value: \"…\"}"
                    .to_string(),
            )),
        }
    }

    /// How a goal seek's answer is made (the arguments of `goalSeek`), in `lang`.
    #[wasm_bindgen(js_name = explainGoalSeek, unchecked_return_type = "Explanation")]
    pub fn explain_goal_seek_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        indicator: &str,
        #[wasm_bindgen(unchecked_param_type = "Goal")] goal: JsValue,
        solve_for: Option<String>,
        lang: &str,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let goal = goal_from_js(&goal)?;
        let lang = parse_lang(lang)?;
        let dataset = data()?;
        let explanation = crate::explain::explain_goal_seek(
            dataset,
            &scenario,
            indicator,
            &goal,
            solve_for.as_deref(),
        )
        .map_err(to_js_error)?;
        to_js(&crate::report::explain::view(dataset, &explanation, lang))
    }

    /// Tornado data: how far each assumption across its range moves `output`
    /// (`gdp_growth`, `urban_rural_ratio`, `budget_to_gdp`, `fai_to_gdp`).
    #[wasm_bindgen(js_name = sensitivity, unchecked_return_type = "Sensitivity")]
    pub fn sensitivity_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        output: &str,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let output = crate::analysis::Output::parse(output).map_err(to_js_error)?;
        let result =
            crate::analysis::sensitivity(data()?, &scenario, output).map_err(to_js_error)?;
        to_js(&crate::report::view::sensitivity(&result))
    }

    /// How one figure of the scenario's projection is made, in `lang`: its formula in
    /// words and with the exact numbers, the exact result and its rounding, and where each
    /// number comes from. `figure` is an indicator id, `<id>.growth|target_level|gap_level|
    /// gap_points|status` or `derived.<figure>`; `explainableFigures` lists them.
    #[wasm_bindgen(js_name = explain, unchecked_return_type = "Explanation")]
    pub fn explain_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        figure: &str,
        lang: &str,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let lang = parse_lang(lang)?;
        let dataset = data()?;
        let explanation =
            crate::explain::explain(dataset, &scenario, figure).map_err(to_js_error)?;
        to_js(&crate::report::explain::view(dataset, &explanation, lang))
    }

    /// Every figure id `explain` takes for this scenario, in table order.
    #[wasm_bindgen(js_name = explainableFigures, unchecked_return_type = "string[]")]
    pub fn explainable_figures_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let dataset = data()?;
        let projection = crate::project(dataset, &scenario).map_err(to_js_error)?;
        to_js(&crate::explain::figures(dataset, &projection))
    }

    /// How one end of a tornado bar is made (`sensitivity`'s `output`, with `assumption` at
    /// the `end` of its range, `low` or `high`), in `lang`.
    #[wasm_bindgen(js_name = explainSensitivity, unchecked_return_type = "Explanation")]
    pub fn explain_sensitivity_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        output: &str,
        assumption: &str,
        #[wasm_bindgen(unchecked_param_type = "\"low\" | \"high\"")] end: &str,
        lang: &str,
    ) -> Result<JsValue, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        let output = crate::analysis::Output::parse(output).map_err(to_js_error)?;
        let low = match end {
            "low" => true,
            "high" => false,
            other => {
                return Err(invalid_input(format!(
                    "end: expected \"low\" or \"high\", not {other:?}"
                )))
            }
        };
        let lang = parse_lang(lang)?;
        let dataset = data()?;
        let explanation =
            crate::explain::explain_sensitivity_end(dataset, &scenario, output, assumption, low)
                .map_err(to_js_error)?;
        to_js(&crate::report::explain::view(dataset, &explanation, lang))
    }

    /// Every projected level of a deterministic grid of `count` scenarios around `scenario`
    /// (see `projection::project_grid`), one per line: for benchmarks and cross-checks.
    #[wasm_bindgen(js_name = projectGrid)]
    pub fn project_grid_js(
        #[wasm_bindgen(unchecked_param_type = "Scenario")] scenario: JsValue,
        count: u32,
    ) -> Result<String, JsValue> {
        let scenario = scenario_from_js(scenario)?;
        // 14 figures a scenario, split into as many strings by the page: more than this
        // would exhaust a browser tab's memory.
        if count > 200_000 {
            return Err(to_js_error(Error::OutOfRange {
                field: "count".to_string(),
                min: "0".to_string(),
                max: "200000".to_string(),
            }));
        }
        crate::report::view::grid_text(data()?, &scenario, count).map_err(to_js_error)
    }

    /// The documented default spread (points) of every indicator.
    #[wasm_bindgen(js_name = defaultSpreads, unchecked_return_type = "Record<string, DecimalString>")]
    pub fn default_spreads_js() -> Result<JsValue, JsValue> {
        to_js(&crate::montecarlo::default_spreads(data()?))
    }

    /// The dataset: indicators, baselines, targets, quotes, presets. (The page reads the same
    /// JSON from the `dataset.json` file the site serves; this module built without `extras`
    /// carries only the figures.)
    #[wasm_bindgen(js_name = dataset, unchecked_return_type = "Dataset")]
    pub fn dataset_js() -> Result<JsValue, JsValue> {
        data()?;
        // The JSON build.rs wrote from the checked dataset: the same text `to_js` would make.
        js_sys::JSON::parse(crate::embedded::generated::dataset_json())
    }

    /// The presets (id, names, descriptions, formula).
    #[wasm_bindgen(js_name = presets, unchecked_return_type = "Preset[]")]
    pub fn presets_js() -> Result<JsValue, JsValue> {
        data()?;
        js_sys::JSON::parse(crate::embedded::generated::presets_json())
    }
}
