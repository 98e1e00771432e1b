//! An explanation (`explain::Explanation`) in the reader's language: the figure's name,
//! its formula in words and again with the exact numbers put in, the exact result, the
//! rounding that gives the figure shown, and where each number comes from — the report's
//! sentence, the reader's assumption, the deflator default, or another figure. What the
//! page's disclosure, the widget, the WASM export `explain` and `longgang explain` show.

use crate::dataset::{Dataset, Indicator, Qualifier};
use crate::explain::{Explanation, Formula, Input, Official, Quantity, Source};
use crate::number::{canonical, round_fixed};
use crate::projection::Status;
use crate::projection::ABOUT_TOLERANCE_POINTS;
use crate::report::csv::status_label;
use crate::report::lang::{text, Lang};
use crate::report::static_html::{amount, shift_point};
use serde::Serialize;

/// One number put in, in words.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InputView {
    /// What it is ("2023年地区生产总值").
    pub name: String,
    /// Exact, as a plain decimal.
    pub value: String,
    /// Where it comes from, in a sentence.
    pub source: String,
    /// `report`, `index`, `assumption`, `deflator`, `figure`, `run` (an uncertainty run) or
    /// `goal` (a level the reader typed).
    pub kind: &'static str,
    /// The report's sentence within `source`, verbatim, where there is one: for a page
    /// that marks it as Chinese text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// For `figure`: the id of the figure it is, explained in turn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
}

/// What the report itself says of an indicator's base year, beside its figures' working:
/// that it missed its target, and why.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountView {
    /// In words: missed, and the reason.
    pub text: String,
    /// The report's sentence, in the language's words ("The report: “…”").
    pub source: String,
    /// The report's sentence alone, verbatim (within `source`).
    pub quote: String,
}

/// An explanation in one language. Decimals are plain decimal strings.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplanationView {
    pub figure: String,
    /// The figure's name.
    pub title: String,
    /// The formula's code (`grow`, `sum`, `difference`, `ratio`, `percent`,
    /// `share_of_sum`, `sum_growth`, `percent_of_nominal`, `status`, `given`, `sector_goal`).
    pub formula: &'static str,
    /// The formula over the inputs' names.
    pub words: String,
    /// The formula with the exact inputs put in, and its exact result.
    pub numbers: String,
    /// The exact result.
    pub exact: String,
    /// The result as shown: rounded once, half away from zero.
    pub shown: String,
    /// The figure as the table writes it, with its unit, for levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown_amount: Option<String>,
    /// The rounding rule, in words.
    pub rounding: String,
    /// The unit the arithmetic is in, for levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub inputs: Vec<InputView>,
    /// For a status: the target's rule, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// For a status: its code (`met`, `short`, `exceeds`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// For a status: the conclusion, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    /// For a tornado bar's end: which assumption is set to which end of its range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub varied: Option<String>,
    /// For a figure of an indicator the report says missed its base-year target: that,
    /// and the report's reason (context for judging the plan year's target).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountView>,
}

/// Writes an explanation in `lang`. Levels are in the unit the reader sees them in: in
/// English, an amount in 亿元 is in bn yuan, its decimal point moved exactly (409.49 →
/// 40.949), as the table shows it; every level of a formula moves alike, so the formula
/// holds as written.
pub fn view(dataset: &Dataset, explanation: &Explanation, lang: Lang) -> ExplanationView {
    let names: Vec<String> = explanation
        .inputs
        .iter()
        .map(|input| quantity_name(dataset, &input.quantity, lang))
        .collect();
    let values: Vec<String> = explanation
        .inputs
        .iter()
        .map(|input| operand(&in_reader_unit(dataset, input, lang)))
        .collect();
    let unit_of_result = explanation.unit.as_deref().and_then(|id| dataset.unit(id));
    let shift = unit_of_result.map_or(0, |unit| english_shift(unit, lang));
    let exact = shift_point(&canonical(explanation.result), shift);
    let rounded = round_fixed(explanation.result, explanation.decimals);
    let shown = shift_point(&rounded, shift);
    let indicator = explanation
        .unit
        .as_ref()
        .and_then(|_| indicator_of(dataset, &explanation.figure));
    let shown_amount = indicator.map(|indicator| amount(dataset, indicator, &rounded, lang));
    let unit = unit_of_result.map(|unit| {
        let name = match &unit.en_amount {
            Some(label) if shift > 0 => label.as_str(),
            _ => lang.pick(&unit.name),
        };
        text::ExplainUnit { unit: name }.get(lang)
    });
    let words = expression(explanation.formula, &names);
    let rule = match explanation.formula {
        Formula::Status { qualifier } => Some(rule(qualifier, lang)),
        _ => None,
    };
    let status = explanation.status.map(status_code);
    ExplanationView {
        figure: explanation.figure.clone(),
        title: title(dataset, &explanation.figure, &words, lang),
        formula: formula_code(explanation.formula),
        numbers: format!("{} = {exact}", expression(explanation.formula, &values)),
        words,
        exact,
        shown,
        shown_amount,
        rounding: text::ExplainRounding {
            places: &(explanation.decimals + shift).to_string(),
        }
        .get(lang),
        unit,
        inputs: explanation
            .inputs
            .iter()
            .zip(names)
            .map(|(input, name)| input_view(dataset, input, name, lang))
            .collect(),
        rule,
        status,
        verdict: explanation.status.map(|status| {
            text::ExplainVerdict {
                status: status_label(status, lang),
            }
            .get(lang)
        }),
        account: account(dataset, &explanation.figure, lang),
        varied: explanation.varied.as_ref().map(|varied| {
            let name = if varied.id == crate::scenario::DEFLATOR_FIELD {
                text::ExplainDeflator {
                    plan_year: &dataset.years.plan.to_string(),
                }
                .get(lang)
            } else {
                quantity_name(
                    dataset,
                    &Quantity::Growth {
                        id: varied.id.clone(),
                    },
                    lang,
                )
            };
            let value = format!("{}%", canonical(varied.value));
            if varied.low {
                text::ExplainVariedLow {
                    name: &name,
                    value: &value,
                }
                .get(lang)
            } else {
                text::ExplainVariedHigh {
                    name: &name,
                    value: &value,
                }
                .get(lang)
            }
        }),
    }
}

/// The report's account of the base year for the indicator a row figure belongs to, where
/// it says that indicator missed its target.
fn account(dataset: &Dataset, figure: &str, lang: Lang) -> Option<AccountView> {
    let id = figure.strip_prefix("goal.").unwrap_or(figure);
    let id = id.split('.').next()?;
    let shortfall = dataset
        .base_account
        .as_ref()?
        .shortfalls
        .iter()
        .find(|shortfall| shortfall.of.iter().any(|of| of == id))?;
    Some(AccountView {
        text: text::ExplainMissedBase {
            base_year: &dataset.years.base.to_string(),
            why: lang.pick(&shortfall.why),
        }
        .get(lang),
        source: text::ExplainSourceReport {
            quote: &shortfall.quote,
        }
        .get(lang),
        quote: shortfall.quote.clone(),
    })
}

/// The explanation as plain text, a line each: what `longgang explain` prints.
pub fn plain_text(view: &ExplanationView, lang: Lang) -> String {
    let mut out = format!("{}\n  = {}\n  = {}\n", view.title, view.words, view.numbers);
    let line = match &view.shown_amount {
        Some(amount) => text::ExplainShown {
            shown: &view.shown,
            rounding: &view.rounding,
            amount,
        }
        .get(lang),
        None => text::ExplainShownPlain {
            shown: &view.shown,
            rounding: &view.rounding,
        }
        .get(lang),
    };
    out.push_str(&format!("  {line}\n"));
    for line in [&view.varied, &view.unit, &view.rule, &view.verdict]
        .into_iter()
        .flatten()
    {
        out.push_str(&format!("  {line}\n"));
    }
    if let Some(account) = &view.account {
        out.push_str(&format!("  {}\n  {}\n", account.text, account.source));
    }
    out.push_str(&format!("{}\n", text::EXPLAIN_INPUTS.get(lang)));
    for input in &view.inputs {
        out.push_str(&format!(
            "  {} = {} — {}\n",
            input.name, input.value, input.source
        ));
    }
    out
}

/// A figure's name: an indicator's row part from its template, a derived figure as its
/// year and formula in words.
pub fn title(dataset: &Dataset, figure: &str, words: &str, lang: Lang) -> String {
    let years = crate::report::words::years(dataset);
    if let Some(derived) = figure.strip_prefix("derived.") {
        return derived_title(dataset, derived, lang).unwrap_or_else(|| words.to_string());
    }
    // A tornado bar's end: the output's own name.
    if let Some(output) = figure
        .strip_prefix("tornado.")
        .and_then(|rest| rest.split('.').next())
    {
        if let Ok(output) = crate::analysis::Output::parse(output) {
            return derived_title(dataset, output.figure_id(), lang)
                .unwrap_or_else(|| words.to_string());
        }
    }
    if let Some(id) = figure.strip_prefix("goal.") {
        let name = dataset
            .indicator(id)
            .map_or(id, |(_, indicator)| lang.pick(&indicator.name));
        return text::ExplainGoal {
            name,
            plan_year: &years.plan,
        }
        .get(lang);
    }
    let (id, part) = figure.split_once('.').unwrap_or((figure, ""));
    let name = dataset
        .indicator(id)
        .map_or(id, |(_, indicator)| lang.pick(&indicator.name));
    let plan_year = &years.plan;
    match part {
        "growth" => text::ExplainGrowth { name, plan_year }.get(lang),
        "target_level" => text::ExplainTargetLevel { name, plan_year }.get(lang),
        "gap_level" => text::ExplainGapLevel { name }.get(lang),
        "gap_points" => text::ExplainGapPoints { name }.get(lang),
        "status" => text::ExplainStatus { name, plan_year }.get(lang),
        "probability" => text::ExplainProbability { name, plan_year }.get(lang),
        "p5" | "p95" => text::ExplainPercentileLevel {
            name,
            plan_year,
            percentile: part.trim_start_matches('p'),
            end: if part == "p5" {
                text::EXPLAIN_RANGE_LOW.get(lang)
            } else {
                text::EXPLAIN_RANGE_HIGH.get(lang)
            },
        }
        .get(lang),
        _ => text::ExplainProjected { name, plan_year }.get(lang),
    }
}

/// A derived figure's name from the report's data, with its part (a sector, a field of
/// the key-project plan) and its year.
fn derived_title(dataset: &Dataset, id: &str, lang: Lang) -> Option<String> {
    let years = crate::report::words::years(dataset);
    let (rest, period) = id.rsplit_once('.')?;
    let year = if period == "base" {
        &years.base
    } else {
        &years.plan
    };
    let (name, part) = rest
        .split_once('.')
        .map_or((rest, None), |(n, p)| (n, Some(p)));
    let spec = dataset.derived.iter().find(|spec| spec.id == name)?;
    let name = lang.pick(&spec.name);
    Some(match part {
        None => text::ExplainDerived { name, year }.get(lang),
        Some(part) => {
            let part_name = dataset
                .indicator(part)
                .map(|(_, indicator)| lang.pick(&indicator.name))
                .or_else(|| {
                    let plan = &dataset.key_projects;
                    plan.fields
                        .iter()
                        .find(|field| field.id == part)
                        .map(|field| lang.pick(&field.name))
                })
                .unwrap_or(part);
            text::ExplainDerivedPart {
                name,
                part: part_name,
                year,
            }
            .get(lang)
        }
    })
}

/// The indicator a row figure belongs to.
fn indicator_of<'a>(dataset: &'a Dataset, figure: &str) -> Option<&'a Indicator> {
    if figure.starts_with("derived.") {
        // A derived level (a sum, nominal GDP) is in its first input's unit.
        let name = figure.strip_prefix("derived.")?.split('.').next()?;
        let spec = dataset.derived.iter().find(|spec| spec.id == name)?;
        return dataset.indicator(spec.of.first()?).map(|(_, i)| i);
    }
    let id = figure.split('.').next()?;
    dataset.indicator(id).map(|(_, indicator)| indicator)
}

fn quantity_name(dataset: &Dataset, quantity: &Quantity, lang: Lang) -> String {
    let years = crate::report::words::years(dataset);
    let name = |id: &str| {
        dataset
            .indicator(id)
            .map_or(id.to_string(), |(_, i)| lang.pick(&i.name).to_string())
    };
    match quantity {
        Quantity::BaseLevel { id } => text::ExplainBase {
            name: &name(id),
            base_year: &years.base,
        }
        .get(lang),
        Quantity::PlanLevel { id } => text::ExplainProjected {
            name: &name(id),
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::Growth { id } => text::ExplainGrowth {
            name: &name(id),
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::TargetGrowth { id } => text::ExplainTargetGrowth {
            name: &name(id),
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::TargetLevel { id } => text::ExplainTargetLevel {
            name: &name(id),
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::Deflator => text::ExplainDeflator {
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::KeyProject { id } => {
            let plan = &dataset.key_projects;
            let texts = if *id == plan.id {
                Some(&plan.name)
            } else {
                plan.fields.iter().find(|f| f.id == *id).map(|f| &f.name)
            };
            texts.map_or(id.clone(), |t| lang.pick(t).to_string())
        }
        Quantity::DrawsMeeting { id } => text::ExplainDrawsMeeting { name: &name(id) }.get(lang),
        Quantity::Draws => text::EXPLAIN_DRAWS.get(lang).to_string(),
        Quantity::GoalLevel { id } => text::ExplainGoalLevel {
            name: &name(id),
            plan_year: &years.plan,
        }
        .get(lang),
        Quantity::PercentileGrowth { id, percentile } => text::ExplainPercentileGrowth {
            name: &name(id),
            percentile: &percentile.to_string(),
        }
        .get(lang),
    }
}

fn input_view(dataset: &Dataset, input: &Input, name: String, lang: Lang) -> InputView {
    let years = crate::report::words::years(dataset);
    let (kind, source, figure) = match &input.source {
        Source::Report { quote } => (
            "report",
            text::ExplainSourceReport { quote }.get(lang),
            None,
        ),
        Source::IndexBase { quote } => (
            "index",
            text::ExplainSourceIndex {
                quote,
                base_year: &years.base,
            }
            .get(lang),
            None,
        ),
        Source::Assumption { official } => {
            let words = match official {
                None => text::EXPLAIN_SOURCE_ASSUMPTION.get(lang).to_string(),
                Some(Official::Target { quote }) => {
                    text::ExplainSourceAssumptionTarget { quote }.get(lang)
                }
                Some(Official::StandIn { id, .. }) => {
                    let why = dataset
                        .indicator(id)
                        .and_then(|(_, i)| i.stand_in.as_ref())
                        .map_or("", |s| lang.pick(&s.why));
                    text::ExplainSourceAssumptionStandIn { why }.get(lang)
                }
            };
            ("assumption", words, None)
        }
        Source::DeflatorAssumption { default } => {
            let words = if *default {
                text::ExplainSourceDeflatorDefault {
                    note: lang.pick(&dataset.deflator.note),
                }
                .get(lang)
            } else {
                text::EXPLAIN_SOURCE_ASSUMPTION.get(lang).to_string()
            };
            ("deflator", words, None)
        }
        Source::Figure { id } => (
            "figure",
            text::EXPLAIN_SOURCE_FIGURE.get(lang).to_string(),
            Some(id.clone()),
        ),
        Source::Run {
            draws,
            seed,
            correlation,
            spread,
        } => (
            "run",
            text::ExplainSourceRun {
                draws: &draws.to_string(),
                seed: &seed.to_string(),
                correlation: &canonical(*correlation),
                spread: &canonical(*spread),
            }
            .get(lang),
            None,
        ),
        Source::Goal => (
            "goal",
            text::EXPLAIN_SOURCE_GOAL.get(lang).to_string(),
            None,
        ),
        Source::Counted { threshold, strict } => {
            let threshold = &canonical(*threshold);
            let words = if *strict {
                text::ExplainSourceCountedAbove { threshold }.get(lang)
            } else {
                text::ExplainSourceCountedAtLeast { threshold }.get(lang)
            };
            ("run", words, None)
        }
    };
    let quote = match &input.source {
        Source::Report { quote }
        | Source::IndexBase { quote }
        | Source::Assumption {
            official: Some(Official::Target { quote }),
        } => Some(quote.clone()),
        _ => None,
    };
    InputView {
        name,
        value: in_reader_unit(dataset, input, lang),
        source,
        kind,
        figure,
        quote,
    }
}

/// How many places a level in `unit` moves for `lang`: English shows 亿元 as bn yuan.
fn english_shift(unit: &crate::dataset::Unit, lang: Lang) -> u32 {
    if lang.english_units() && unit.en_amount.is_some() {
        unit.en_shift
    } else {
        0
    }
}

/// An input's exact value in the unit the reader sees it in (see [`view`]).
fn in_reader_unit(dataset: &Dataset, input: &Input, lang: Lang) -> String {
    let unit = match &input.quantity {
        Quantity::BaseLevel { id }
        | Quantity::PlanLevel { id }
        | Quantity::TargetLevel { id }
        | Quantity::GoalLevel { id } => dataset
            .indicator(id)
            .filter(|(_, indicator)| indicator.base.is_some())
            .and_then(|(_, indicator)| dataset.unit(&indicator.unit)),
        Quantity::KeyProject { .. } => dataset.unit(&dataset.key_projects.unit),
        Quantity::Growth { .. }
        | Quantity::TargetGrowth { .. }
        | Quantity::Deflator
        | Quantity::DrawsMeeting { .. }
        | Quantity::Draws
        | Quantity::PercentileGrowth { .. } => None,
    };
    let shift = unit.map_or(0, |unit| english_shift(unit, lang));
    shift_point(&canonical(input.value), shift)
}

/// The target's rule, in words.
fn rule(qualifier: Qualifier, lang: Lang) -> String {
    match qualifier {
        Qualifier::AtLeast => text::EXPLAIN_RULE_AT_LEAST.get(lang).to_string(),
        Qualifier::Above => text::EXPLAIN_RULE_ABOVE.get(lang).to_string(),
        Qualifier::About => text::ExplainRuleAbout {
            tolerance: &canonical(ABOUT_TOLERANCE_POINTS),
        }
        .get(lang),
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Met => "met",
        Status::Short => "short",
        Status::Exceeds => "exceeds",
        Status::NoTarget => "no_target",
    }
}

fn formula_code(formula: Formula) -> &'static str {
    match formula {
        Formula::Given => "given",
        Formula::Grow => "grow",
        Formula::Sum => "sum",
        Formula::Difference => "difference",
        Formula::Ratio => "ratio",
        Formula::Percent => "percent",
        Formula::ShareOfSum { .. } => "share_of_sum",
        Formula::SumGrowth => "sum_growth",
        Formula::PercentOfNominal => "percent_of_nominal",
        Formula::SectorGoal => "sector_goal",
        Formula::Status { .. } => "status",
    }
}

/// A number as an operand: a negative one in brackets, so `a − (−1.5)` reads right.
fn operand(value: &str) -> String {
    if value.starts_with('-') {
        format!("({value})")
    } else {
        value.to_string()
    }
}

/// The formula written over `terms` (names or numbers), in the order of the inputs.
pub fn expression(formula: Formula, terms: &[String]) -> String {
    let term = |i: usize| terms.get(i).cloned().unwrap_or_default();
    let joined = |slice: &[String]| slice.join(" + ");
    match formula {
        Formula::Given => term(0),
        Formula::Grow => format!("{} × (1 + {} ÷ 100)", term(0), term(1)),
        Formula::Sum => joined(terms),
        Formula::Difference | Formula::Status { .. } => format!("{} − {}", term(0), term(1)),
        Formula::Ratio => format!("{} ÷ {}", term(0), term(1)),
        Formula::Percent => format!("{} ÷ {} × 100", term(0), term(1)),
        Formula::ShareOfSum { part } => format!("{} ÷ ({}) × 100", term(part), joined(terms)),
        Formula::SumGrowth => {
            let (base, plan) = terms.split_at(terms.len() / 2);
            // A sum in brackets; a single term as it is.
            let group = |part: &[String]| match part {
                [one] => one.clone(),
                many => format!("({})", joined(many)),
            };
            format!("({} ÷ {} − 1) × 100", group(plan), group(base))
        }
        Formula::SectorGoal => {
            let others: Vec<String> = terms.iter().skip(2).cloned().collect();
            format!(
                "(({} − {}) ÷ {} − 1) × 100",
                term(1),
                others.join(" − "),
                term(0)
            )
        }
        Formula::PercentOfNominal => format!(
            "{} ÷ ({} × (1 + {} ÷ 100)) × 100",
            term(0),
            term(1),
            term(2)
        ),
    }
}
