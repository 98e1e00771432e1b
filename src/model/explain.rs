//! How each figure of a projection is made: its formula, the exact numbers put into it,
//! where each of them comes from, and the exact result before it is rounded for showing.
//!
//! An [`Explanation`] is built from the same projection the table shows, so its result is
//! the figure on the page. [`Explanation::recompute`] evaluates the formula again from the
//! inputs it lists, by code of its own, so tests can hold every explanation to its figure.
//! There are no words here: the report layer writes an explanation in the reader's
//! language (`report::explain`).
//!
//! Figures are named by id: an indicator's id is its projected plan-year level, and
//! `<id>.growth`, `<id>.target_level`, `<id>.gap_level`, `<id>.gap_points` and
//! `<id>.status` the rest of its row; `derived.<figure>` is one of the report's derived
//! figures (`derived.urban_rural_ratio.plan`). [`figures`] lists them all. An uncertainty
//! run's figures, `<id>.probability`, `<id>.p5` and `<id>.p95`, are explained from the run
//! ([`explain_uncertainty`]): the draws counted, and the percentile's growth.

use crate::dataset::{Dataset, DerivedKind, Indicator, Qualifier, StandInRule};
use crate::error::{Error, Result};
use crate::number::Arith;
use crate::projection::{
    self, base_level, period_name, Period, Projection, Row, Status, ABOUT_TOLERANCE_POINTS,
    PERCENT_DECIMALS,
};
use crate::scenario::Scenario;
use rust_decimal::Decimal;

/// The formula of a figure, over its inputs in the order [`Explanation::inputs`] lists
/// them (written a, b, c… here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formula {
    /// The input itself: a figure the reader set or the report states.
    Given,
    /// a × (1 + b / 100): a level grown by a rate in percent.
    Grow,
    /// a + b + …
    Sum,
    /// a − b
    Difference,
    /// a / b
    Ratio,
    /// a / b × 100
    Percent,
    /// The input at `part` as percent of the sum of all inputs.
    ShareOfSum { part: usize },
    /// (sum of the second half / sum of the first half − 1) × 100: the growth of a sum,
    /// the first half the base year's terms and the second the plan year's.
    SumGrowth,
    /// a / (b × (1 + c / 100)) × 100: a nominal figure as percent of a real one made nominal.
    PercentOfNominal,
    /// a against b as the target's qualifier reads it (see [`projection::status`]); the
    /// result is a − b in points, the status [`Explanation::status`].
    Status { qualifier: Qualifier },
    /// ((b − c − d − …) ÷ a − 1) × 100: the growth a sector needs, from its base level a,
    /// for GDP to reach b given the other sectors' projected levels c, d, ….
    SectorGoal,
}

/// What an input is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quantity {
    /// An indicator's base-year level (or 100 for an index).
    BaseLevel { id: String },
    /// An indicator's projected plan-year level.
    PlanLevel { id: String },
    /// An indicator's plan-year growth, percent.
    Growth { id: String },
    /// An indicator's target growth, percent.
    TargetGrowth { id: String },
    /// The plan-year level an indicator's target implies.
    TargetLevel { id: String },
    /// The GDP price change assumed, percent.
    Deflator,
    /// A field of the key-project plan, or its total (`id` is the plan's own).
    KeyProject { id: String },
    /// How many draws of an uncertainty run met an indicator's target.
    DrawsMeeting { id: String },
    /// How many draws the run made.
    Draws,
    /// A percentile of an indicator's plan-year growth over the run's draws, percent.
    PercentileGrowth { id: String, percentile: u32 },
    /// The plan-year level a goal seek aims at for an indicator.
    GoalLevel { id: String },
}

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The report states it, in this sentence (verbatim).
    Report { quote: String },
    /// The report gives no level: the figure is an index with the base year at 100; the
    /// sentence shows what the report does give.
    IndexBase { quote: String },
    /// The reader's own assumption; `official` says whether it is what the official
    /// scenario uses, and why.
    Assumption { official: Option<Official> },
    /// The deflator assumption; `default` when it is the report data's default.
    DeflatorAssumption { default: bool },
    /// Another figure of the projection, explained under this id.
    Figure { id: String },
    /// An uncertainty run: its draws, seed, common-factor correlation and this indicator's
    /// spread (points).
    Run {
        draws: u32,
        seed: u32,
        correlation: Decimal,
        spread: Decimal,
    },
    /// Counted among the run's draws: those whose growth reaches `threshold` (above it,
    /// where `strict`), the target's rule.
    Counted { threshold: Decimal, strict: bool },
    /// A level the reader typed as the goal.
    Goal,
}

/// Why an assumption equals the official scenario's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Official {
    /// The report's target, in this sentence.
    Target { quote: String },
    /// A documented stand-in for a target the report does not set (the indicator's id).
    StandIn { id: String, rule: StandInRule },
}

/// One number put into a formula.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub quantity: Quantity,
    /// Exact.
    pub value: Decimal,
    pub source: Source,
}

/// How a figure is made.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The figure's id (see the module documentation).
    pub figure: String,
    pub formula: Formula,
    pub inputs: Vec<Input>,
    /// The exact result, before rounding.
    pub result: Decimal,
    /// Places the result is shown with, rounded half away from zero.
    pub decimals: u32,
    /// The unit's id for levels; `None` for percentages, points and ratios.
    pub unit: Option<String>,
    /// For a status figure: the status.
    pub status: Option<Status>,
    /// For a tornado bar's end: the assumption set to an end of its range.
    pub varied: Option<Varied>,
}

/// An assumption a sensitivity sets to an end of its range, the others as they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Varied {
    /// An indicator id, or `deflator`.
    pub id: String,
    pub value: Decimal,
    /// True for the range's lowest value, false for its highest.
    pub low: bool,
}

/// The parts of an indicator's row that can be explained, as the ids write them.
const ROW_PARTS: [&str; 5] = [
    "growth",
    "target_level",
    "gap_level",
    "gap_points",
    "status",
];

/// Every figure id of this report, in table order: each indicator's, then the derived
/// figures'. Row parts that need a target are listed only for indicators that have one.
pub fn figures(dataset: &Dataset, projection: &Projection) -> Vec<String> {
    let mut out = Vec::new();
    for indicator in &dataset.indicators {
        out.push(indicator.id.clone());
        for part in ROW_PARTS {
            if part == "growth" || indicator.target.is_some() {
                out.push(format!("{}.{part}", indicator.id));
            }
        }
    }
    out.extend(projection.derived.ids().map(|id| format!("derived.{id}")));
    out
}

/// Explains one figure of `scenario`'s projection.
///
/// # Examples
///
/// ```
/// use longgang_model::explain::{explain, Formula, Source};
/// use longgang_model::Scenario;
/// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
///
/// let scenario = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "7")?;
/// let working = explain(data, &scenario, "gdp")?;
/// assert_eq!(working.formula, Formula::Grow); // base × (1 + growth ÷ 100)
/// let values: Vec<String> = working.inputs.iter().map(|i| i.value.to_string()).collect();
/// assert_eq!(values, ["409.49", "7"]);
/// assert_eq!(working.recompute().map(|r| r.to_string()).as_deref(), Some("438.1543"));
///
/// // The base level comes with the report's own sentence.
/// let base = &working.inputs[0].source;
/// assert!(matches!(base, Source::Report { quote } if quote.contains("生产总值409.49亿元")));
/// # Ok::<(), longgang_model::Error>(())
/// ```
pub fn explain(dataset: &Dataset, scenario: &Scenario, figure: &str) -> Result<Explanation> {
    let projection = projection::project(dataset, scenario)?;
    explain_in(dataset, &projection, figure)
}

/// Explains one figure of a projection already made.
pub fn explain_in(dataset: &Dataset, projection: &Projection, figure: &str) -> Result<Explanation> {
    let unknown = || Error::UnknownFigure {
        figure: figure.to_string(),
    };
    let facts = Facts {
        dataset,
        projection,
    };
    if let Some(derived) = figure.strip_prefix("derived.") {
        return facts.derived(figure, derived).ok_or_else(unknown)?;
    }
    let (id, part) = figure.split_once('.').unwrap_or((figure, ""));
    let (position, indicator) = dataset.indicator(id).ok_or_else(unknown)?;
    let row = projection.rows.get(position).ok_or_else(unknown)?;
    facts
        .row_part(figure, indicator, row, part)
        .ok_or_else(unknown)?
}

/// What explanations are made from.
struct Facts<'a> {
    dataset: &'a Dataset,
    projection: &'a Projection,
}

impl Facts<'_> {
    fn row(&self, id: &str) -> Option<(&Indicator, &Row)> {
        let (position, indicator) = self.dataset.indicator(id)?;
        Some((indicator, self.projection.rows.get(position)?))
    }

    /// An indicator's base-year level, with the report's sentence for it.
    fn base(&self, indicator: &Indicator) -> Input {
        let source = match (&indicator.base, &indicator.level_missing) {
            (Some(base), _) => Source::Report {
                quote: base.quote.clone(),
            },
            (None, missing) => Source::IndexBase {
                quote: missing
                    .as_ref()
                    .map_or_else(String::new, |m| m.quote.clone()),
            },
        };
        Input {
            quantity: Quantity::BaseLevel {
                id: indicator.id.clone(),
            },
            value: base_level(indicator),
            source,
        }
    }

    /// An indicator's plan-year growth: the reader's assumption, or for GDP from the
    /// sectors a figure of its own.
    fn growth(&self, indicator: &Indicator, row: &Row) -> Input {
        let source = if row.growth_derived {
            Source::Figure {
                id: format!("{}.growth", indicator.id),
            }
        } else {
            Source::Assumption {
                official: self.official(indicator, row.growth),
            }
        };
        Input {
            quantity: Quantity::Growth {
                id: indicator.id.clone(),
            },
            value: row.growth,
            source,
        }
    }

    /// Why an assumption equals the official scenario's, where it does.
    fn official(&self, indicator: &Indicator, growth: Decimal) -> Option<Official> {
        if self.dataset.official_growth(indicator) != Some(growth) {
            return None;
        }
        if let Some(target) = &indicator.target {
            return Some(Official::Target {
                quote: target.quote.clone(),
            });
        }
        let stand_in = indicator.stand_in.as_ref()?;
        Some(Official::StandIn {
            id: indicator.id.clone(),
            rule: stand_in.rule,
        })
    }

    fn target_growth(&self, indicator: &Indicator) -> Option<Input> {
        let target = indicator.target.as_ref()?;
        Some(Input {
            quantity: Quantity::TargetGrowth {
                id: indicator.id.clone(),
            },
            value: target.value.0,
            source: Source::Report {
                quote: target.quote.clone(),
            },
        })
    }

    /// A level of an indicator in a period, as an input: the base year's from the report,
    /// the plan year's the figure explained under the indicator's id.
    fn level(&self, id: &str, period: Period) -> Option<Input> {
        let (indicator, row) = self.row(id)?;
        Some(match period {
            Period::Base => self.base(indicator),
            Period::Plan => Input {
                quantity: Quantity::PlanLevel { id: id.to_string() },
                value: row.projected,
                source: Source::Figure { id: id.to_string() },
            },
        })
    }

    fn deflator(&self) -> Input {
        let value = self.projection.deflator;
        Input {
            quantity: Quantity::Deflator,
            value,
            source: Source::DeflatorAssumption {
                default: value == self.dataset.deflator.default.0,
            },
        }
    }

    fn row_part(
        &self,
        figure: &str,
        indicator: &Indicator,
        row: &Row,
        part: &str,
    ) -> Option<Result<Explanation>> {
        let level_unit = Some(indicator.unit.clone());
        let explanation = |formula, inputs, result, decimals, unit, status| Explanation {
            figure: figure.to_string(),
            formula,
            inputs,
            result,
            decimals,
            unit,
            status,
            varied: None,
        };
        let target = || row.target.as_ref();
        Some(Ok(match part {
            "" if row.growth_derived => {
                let inputs = self
                    .dataset
                    .sectors()
                    .map(|sector| self.level(&sector.id, Period::Plan))
                    .collect::<Option<Vec<_>>>()?;
                explanation(
                    Formula::Sum,
                    inputs,
                    row.projected,
                    row.decimals,
                    level_unit,
                    None,
                )
            }
            "" => explanation(
                Formula::Grow,
                vec![self.base(indicator), self.growth(indicator, row)],
                row.projected,
                row.decimals,
                level_unit,
                None,
            ),
            "growth" if row.growth_derived => {
                let sectors: Vec<&Indicator> = self.dataset.sectors().collect();
                let mut inputs = Vec::with_capacity(sectors.len() * 2);
                for period in [Period::Base, Period::Plan] {
                    for sector in &sectors {
                        inputs.push(self.level(&sector.id, period)?);
                    }
                }
                explanation(
                    Formula::SumGrowth,
                    inputs,
                    row.growth,
                    PERCENT_DECIMALS,
                    None,
                    None,
                )
            }
            "growth" => explanation(
                Formula::Given,
                vec![self.growth(indicator, row)],
                row.growth,
                PERCENT_DECIMALS,
                None,
                None,
            ),
            "target_level" => explanation(
                Formula::Grow,
                vec![self.base(indicator), self.target_growth(indicator)?],
                target()?.level,
                row.decimals,
                level_unit,
                None,
            ),
            "gap_level" => explanation(
                Formula::Difference,
                vec![
                    self.level(&indicator.id, Period::Plan)?,
                    Input {
                        quantity: Quantity::TargetLevel {
                            id: indicator.id.clone(),
                        },
                        value: target()?.level,
                        source: Source::Figure {
                            id: format!("{}.target_level", indicator.id),
                        },
                    },
                ],
                target()?.gap_level,
                row.decimals,
                level_unit,
                None,
            ),
            "gap_points" | "status" => {
                let formula = if part == "status" {
                    Formula::Status {
                        qualifier: target()?.qualifier,
                    }
                } else {
                    Formula::Difference
                };
                explanation(
                    formula,
                    vec![self.growth(indicator, row), self.target_growth(indicator)?],
                    target()?.gap_points,
                    PERCENT_DECIMALS,
                    None,
                    (part == "status").then_some(row.status),
                )
            }
            _ => return None,
        }))
    }

    /// A derived figure: `name.period` or `name.part.period`.
    fn derived(&self, figure: &str, id: &str) -> Option<Result<Explanation>> {
        let value = self.projection.derived.get(id)?;
        let (rest, period_text) = id.rsplit_once('.')?;
        let period = [Period::Base, Period::Plan]
            .into_iter()
            .find(|p| period_name(*p) == period_text)?;
        let (name, part) = rest
            .split_once('.')
            .map_or((rest, None), |(n, p)| (n, Some(p)));
        let spec = self.dataset.derived.iter().find(|spec| spec.id == name)?;
        let levels = |ids: &[String], period| {
            ids.iter()
                .map(|id| self.level(id, period))
                .collect::<Option<Vec<_>>>()
        };
        let first = spec.of.first().map(String::as_str).unwrap_or_default();
        let second = spec.of.get(1).map(String::as_str).unwrap_or_default();
        let first_unit = || self.row(first).map(|(indicator, _)| indicator.unit.clone());
        let (formula, inputs, unit) = match spec.kind {
            DerivedKind::SumGrowth => {
                let mut inputs = levels(&spec.of, Period::Base)?;
                inputs.extend(levels(&spec.of, Period::Plan)?);
                (Formula::SumGrowth, inputs, None)
            }
            DerivedKind::Sum => (Formula::Sum, levels(&spec.of, period)?, first_unit()),
            DerivedKind::Shares => {
                let part = spec.of.iter().position(|id| Some(id.as_str()) == part)?;
                (
                    Formula::ShareOfSum { part },
                    levels(&spec.of, period)?,
                    None,
                )
            }
            DerivedKind::Nominal => match period {
                Period::Base => (
                    Formula::Given,
                    vec![self.level(first, period)?],
                    first_unit(),
                ),
                Period::Plan => (
                    Formula::Grow,
                    vec![self.level(first, period)?, self.deflator()],
                    first_unit(),
                ),
            },
            DerivedKind::Ratio => (
                Formula::Ratio,
                vec![self.level(first, period)?, self.level(second, period)?],
                None,
            ),
            DerivedKind::PercentOfNominal => {
                let (a, b) = (self.level(first, period)?, self.level(second, period)?);
                match period {
                    Period::Base => (Formula::Percent, vec![a, b], None),
                    Period::Plan => (Formula::PercentOfNominal, vec![a, b, self.deflator()], None),
                }
            }
            DerivedKind::KeyProjectShares => {
                let plan = &self.dataset.key_projects;
                let field = plan.fields.iter().find(|f| Some(f.id.as_str()) == part)?;
                let inputs = vec![
                    Input {
                        quantity: Quantity::KeyProject {
                            id: field.id.clone(),
                        },
                        value: field.value.0,
                        source: Source::Report {
                            quote: field.quote.clone(),
                        },
                    },
                    self.key_project_total(),
                ];
                (Formula::Percent, inputs, None)
            }
            DerivedKind::KeyProjectsPercentOf => (
                Formula::Percent,
                vec![self.key_project_total(), self.level(first, period)?],
                None,
            ),
        };
        Some(Ok(Explanation {
            figure: figure.to_string(),
            formula,
            inputs,
            result: value.value,
            decimals: value.decimals,
            unit,
            status: None,
            varied: None,
        }))
    }

    fn key_project_total(&self) -> Input {
        let plan = &self.dataset.key_projects;
        Input {
            quantity: Quantity::KeyProject {
                id: plan.id.clone(),
            },
            value: plan.total.value.0,
            source: Source::Report {
                quote: plan.total.quote.clone(),
            },
        }
    }
}

/// Explains a figure of an uncertainty run of `scenario` with `input` (the page's
/// settings): `<id>.probability` (the share of draws meeting the target: counted draws ÷
/// draws × 100) or `<id>.p5` / `<id>.p95` (the level at that percentile of the draws'
/// growth). The run is made again, deterministically, from its seed.
pub fn explain_uncertainty(
    dataset: &Dataset,
    scenario: &Scenario,
    input: &crate::montecarlo::McInput,
    figure: &str,
) -> Result<Explanation> {
    let unknown = || Error::UnknownFigure {
        figure: figure.to_string(),
    };
    let (id, part) = figure.split_once('.').ok_or_else(unknown)?;
    let (position, indicator) = dataset.indicator(id).ok_or_else(unknown)?;
    let result = crate::montecarlo::run(dataset, scenario, input)?;
    let row = result.rows.get(position).ok_or_else(unknown)?;
    let run = Source::Run {
        draws: result.draws,
        seed: result.seed,
        correlation: result.correlation,
        spread: row.spread,
    };
    let (formula, inputs, value, decimals, unit) = match part {
        "probability" => {
            let target = indicator.target.as_ref().ok_or_else(unknown)?;
            let threshold = crate::projection::threshold(target.value.0, target.qualifier);
            let (met, probability) = row.met.zip(row.probability).ok_or_else(unknown)?;
            let inputs = vec![
                Input {
                    quantity: Quantity::DrawsMeeting { id: id.to_string() },
                    value: Decimal::from(met),
                    source: Source::Counted {
                        threshold: threshold.value,
                        strict: threshold.strict,
                    },
                },
                Input {
                    quantity: Quantity::Draws,
                    value: Decimal::from(result.draws),
                    source: run,
                },
            ];
            let places = crate::montecarlo::PROBABILITY_DECIMALS;
            (Formula::Percent, inputs, probability, places, None)
        }
        "p5" | "p95" => {
            let (level, growth, percentile) = if part == "p5" {
                (row.p5, row.growth_p5, 5)
            } else {
                (row.p95, row.growth_p95, 95)
            };
            let facts = Facts {
                dataset,
                projection: &crate::projection::project(dataset, scenario)?,
            };
            let inputs = vec![
                facts.base(indicator),
                Input {
                    quantity: Quantity::PercentileGrowth {
                        id: id.to_string(),
                        percentile,
                    },
                    value: growth,
                    source: run,
                },
            ];
            let unit = Some(indicator.unit.clone());
            (Formula::Grow, inputs, level, row.decimals, unit)
        }
        _ => return Err(unknown()),
    };
    Ok(Explanation {
        figure: figure.to_string(),
        formula,
        inputs,
        result: value,
        decimals,
        unit,
        status: None,
        varied: None,
    })
}

/// Explains a goal seek's answer (`analysis::goal_seek` with the same arguments): the
/// growth it takes, `((goal ÷ base) − 1) × 100`, or for a sector solved for GDP
/// `((goal − the other sectors) ÷ base − 1) × 100`. Its figure id is `goal.<solved for>`.
pub fn explain_goal_seek(
    dataset: &Dataset,
    scenario: &Scenario,
    indicator_id: &str,
    goal: &crate::analysis::Goal,
    solve_for: Option<&str>,
) -> Result<Explanation> {
    let answer = crate::analysis::goal_seek(dataset, scenario, indicator_id, goal, solve_for)?;
    let projection = crate::projection::project(dataset, scenario)?;
    let facts = Facts {
        dataset,
        projection: &projection,
    };
    let unknown = || Error::UnknownIndicator {
        id: answer.solved_for.clone(),
    };
    let (_, solved) = dataset.indicator(&answer.solved_for).ok_or_else(unknown)?;
    let goal_input = Input {
        quantity: Quantity::GoalLevel {
            id: indicator_id.to_string(),
        },
        value: answer.level,
        source: match goal {
            crate::analysis::Goal::Official => Source::Figure {
                id: format!("{indicator_id}.target_level"),
            },
            crate::analysis::Goal::Level(_) => Source::Goal,
        },
    };
    let mut inputs = vec![facts.base(solved), goal_input];
    let formula = if answer.solved_for == indicator_id {
        Formula::SumGrowth
    } else {
        for sector in dataset.sectors().filter(|s| s.id != answer.solved_for) {
            inputs.push(facts.level(&sector.id, Period::Plan).ok_or_else(unknown)?);
        }
        Formula::SectorGoal
    };
    Ok(Explanation {
        figure: format!("goal.{}", answer.solved_for),
        formula,
        inputs,
        result: answer.growth,
        decimals: PERCENT_DECIMALS,
        unit: None,
        status: None,
        varied: None,
    })
}

/// Explains one end of a tornado bar (`analysis::sensitivity`): `output` with the
/// assumption `id` at the lowest (`low`) or highest value of its range, the others as in
/// `scenario` (GDP growth read from the sectors, as the tornado reads it). Its figure id is
/// `tornado.<output>.<id>.low|high`.
pub fn explain_sensitivity_end(
    dataset: &Dataset,
    scenario: &Scenario,
    output: crate::analysis::Output,
    id: &str,
    low: bool,
) -> Result<Explanation> {
    let end = if low { "low" } else { "high" };
    let figure = format!("tornado.{}.{id}.{end}", output.name());
    let unknown = || Error::UnknownFigure {
        figure: figure.clone(),
    };
    let sensitivity = crate::analysis::sensitivity(dataset, scenario, output)?;
    let swing = sensitivity
        .swings
        .iter()
        .find(|swing| swing.id == id)
        .ok_or_else(unknown)?;
    let value = if low {
        swing.low_input
    } else {
        swing.high_input
    };
    let mut varied = scenario.clone();
    if output == crate::analysis::Output::GdpGrowth {
        varied.gdp_mode = crate::scenario::GdpMode::Sectors;
    }
    if id == crate::scenario::DEFLATOR_FIELD {
        varied.deflator = crate::number::Dec(value);
    } else {
        varied
            .growth
            .insert(id.to_string(), crate::number::Dec(value));
    }
    let mut explanation = explain(dataset, &varied, &format!("derived.{}", output.figure_id()))?;
    explanation.figure = figure;
    explanation.decimals = sensitivity.decimals;
    explanation.varied = Some(Varied {
        id: id.to_string(),
        value,
        low,
    });
    Ok(explanation)
}

impl Explanation {
    /// The formula evaluated again from the inputs, by code independent of the projection:
    /// equal to [`Explanation::result`] for every explanation this module makes. `None`
    /// where the inputs do not fit the formula or the arithmetic overflows.
    pub fn recompute(&self) -> Option<Decimal> {
        let v: Vec<Decimal> = self.inputs.iter().map(|input| input.value).collect();
        let hundred = Decimal::ONE_HUNDRED;
        let factor = |rate: Decimal| rate.over(hundred).and_then(|r| r.plus(Decimal::ONE));
        let sum = |values: &[Decimal]| {
            values
                .iter()
                .try_fold(Decimal::ZERO, |total, value| total.plus(*value))
        };
        match (self.formula, v.as_slice()) {
            (Formula::Given, [a]) => Some(*a),
            (Formula::Grow, [a, b]) => a.times(factor(*b)?),
            (Formula::Sum, values) if !values.is_empty() => sum(values),
            (Formula::Difference | Formula::Status { .. }, [a, b]) => a.minus(*b),
            (Formula::Ratio, [a, b]) => a.over(*b),
            (Formula::Percent, [a, b]) => a.over(*b)?.times(hundred),
            (Formula::ShareOfSum { part }, values) => {
                values.get(part)?.over(sum(values)?)?.times(hundred)
            }
            (Formula::SumGrowth, values) if values.len() % 2 == 0 && !values.is_empty() => {
                let (base, plan) = values.split_at(values.len() / 2);
                sum(plan)?
                    .over(sum(base)?)?
                    .minus(Decimal::ONE)?
                    .times(hundred)
            }
            (Formula::PercentOfNominal, [a, b, c]) => a.over(b.times(factor(*c)?)?)?.times(hundred),
            (Formula::SectorGoal, [base, goal, others @ ..]) => {
                let needed = goal.minus(sum(others)?)?;
                needed.over(*base)?.minus(Decimal::ONE)?.times(hundred)
            }
            _ => None,
        }
    }

    /// For a status figure, the status evaluated again from its two inputs (growth, then
    /// target), by the rule written out: short below the threshold (the target; for
    /// "about", the target less the tolerance; for "more than", the target itself too);
    /// for "about", exceeding once more than the tolerance above.
    pub fn recompute_status(&self) -> Option<Status> {
        let Formula::Status { qualifier } = self.formula else {
            return None;
        };
        let [growth, target] = [self.inputs.first()?.value, self.inputs.get(1)?.value];
        let tolerance = ABOUT_TOLERANCE_POINTS;
        Some(match qualifier {
            Qualifier::AtLeast if growth >= target => Status::Met,
            Qualifier::Above if growth > target => Status::Met,
            Qualifier::About if growth > target.plus(tolerance)? => Status::Exceeds,
            Qualifier::About if growth >= target.minus(tolerance)? => Status::Met,
            _ => Status::Short,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An explanation of `formula` over inputs of these values (their kind and source do
    /// not enter the arithmetic).
    fn case(formula: Formula, values: &[&str]) -> Explanation {
        let input = |value: &&str| Input {
            quantity: Quantity::Deflator,
            value: value.parse().unwrap(),
            source: Source::DeflatorAssumption { default: true },
        };
        Explanation {
            figure: String::new(),
            formula,
            inputs: values.iter().map(input).collect(),
            result: Decimal::ZERO,
            decimals: 2,
            unit: None,
            status: None,
            varied: None,
        }
    }

    #[test]
    fn formulas_recompute_from_their_inputs() {
        let cases: &[(Formula, &[&str], &str)] = &[
            (Formula::Grow, &["409.49", "6.5"], "436.10685"),
            (Formula::Sum, &["1", "2.5"], "3.5"),
            (Formula::Difference, &["7", "6.5"], "0.5"),
            (Formula::Percent, &["1", "4"], "25"),
            (Formula::ShareOfSum { part: 1 }, &["1", "3"], "75"),
            (Formula::SumGrowth, &["2", "2", "3", "3"], "50"),
            (Formula::PercentOfNominal, &["11", "100", "10"], "10"),
        ];
        for (formula, values, expected) in cases {
            let result = case(*formula, values).recompute();
            assert_eq!(result, expected.parse().ok(), "{formula:?} over {values:?}");
        }
        // Inputs that do not fit the formula give nothing rather than a wrong number.
        assert_eq!(case(Formula::Grow, &["1"]).recompute(), None);
        assert_eq!(case(Formula::Ratio, &["1", "0"]).recompute(), None);
        assert_eq!(case(Formula::SumGrowth, &["1", "2", "3"]).recompute(), None);
    }

    #[test]
    fn the_status_rule_written_out() {
        let cases = [
            (Qualifier::AtLeast, "6.5", "6.5", Status::Met),
            (Qualifier::AtLeast, "6.4", "6.5", Status::Short),
            (Qualifier::Above, "8", "8", Status::Short),
            (Qualifier::About, "7.5", "8", Status::Met),
            (Qualifier::About, "7.4", "8", Status::Short),
            (Qualifier::About, "8.5", "8", Status::Met),
            (Qualifier::About, "8.6", "8", Status::Exceeds),
        ];
        for (qualifier, growth, target, expected) in cases {
            let status = case(Formula::Status { qualifier }, &[growth, target]).recompute_status();
            assert_eq!(
                status,
                Some(expected),
                "{qualifier:?}: {growth} against {target}"
            );
        }
    }
}
