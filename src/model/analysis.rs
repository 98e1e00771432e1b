//! Questions delegates ask of a scenario, answered exactly: the growth it takes to reach a
//! level (goal seek, including the growth one sector needs for GDP to reach its target given
//! the other two) and which assumption moves a derived figure most (sensitivity).

use crate::dataset::{self, Dataset};
use crate::error::{Error, Result};
use crate::number::{Arith, Dec};
use crate::projection::{grow, project, Projection, PERCENT_DECIMALS};
use crate::scenario::{GdpMode, Scenario, DEFLATOR_FIELD};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimal places accepted in a typed goal level.
pub const LEVEL_DECIMALS: u32 = 10;

/// What a goal seek aims at.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum Goal {
    /// The indicator's official 2024 target.
    Official,
    /// A 2024 level (or index value for an indicator without a level).
    Level(String),
}

/// The answer of a goal seek, exact.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSeek {
    /// The indicator whose growth was solved for.
    pub solved_for: String,
    /// The indicator whose level was aimed at.
    pub indicator: String,
    /// The level aimed at.
    pub level: Decimal,
    /// Places the level is shown with: its indicator's unit's.
    pub level_decimals: u32,
    /// The growth needed, percent.
    pub growth: Decimal,
    /// The growth rounded to what a scenario can hold (two decimals, half away from zero),
    /// for "apply".
    pub growth_applicable: Decimal,
    /// Whether that growth lies within the slider's range.
    pub within_range: bool,
}

fn unreachable(field: &str) -> Error {
    Error::GoalUnreachable {
        field: field.to_string(),
    }
}

/// The level aimed at for `indicator_id`.
fn goal_level(dataset: &Dataset, indicator_id: &str, goal: &Goal) -> Result<Decimal> {
    let (_, indicator) =
        dataset
            .indicator(indicator_id)
            .ok_or_else(|| Error::UnknownIndicator {
                id: indicator_id.to_string(),
            })?;
    let base = indicator
        .base
        .as_ref()
        .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
    match goal {
        Goal::Official => {
            let target = indicator.target.as_ref().ok_or_else(|| Error::NoTarget {
                id: indicator_id.to_string(),
                plan_year: dataset.years.plan,
            })?;
            grow(indicator_id, base, target.value.0)
        }
        Goal::Level(text) => {
            let level = crate::number::parse_user(indicator_id, text, LEVEL_DECIMALS)?;
            if level.is_sign_negative() {
                return Err(unreachable(indicator_id));
            }
            Ok(level)
        }
    }
}

/// `(level / base − 1) × 100`, checked; below −100 % is impossible.
fn growth_between(field: &str, base: Decimal, level: Decimal) -> Result<Decimal> {
    let growth = level
        .over(base)
        .and_then(|r| r.minus(Decimal::ONE))
        .and_then(|r| r.times(Decimal::ONE_HUNDRED))
        .ok_or_else(|| Error::Overflow {
            field: field.to_string(),
        })?;
    if growth < -Decimal::ONE_HUNDRED {
        return Err(unreachable(field));
    }
    Ok(growth)
}

/// The growth `indicator_id` needs to reach `goal`. When `solve_for` names a sector and
/// the indicator is GDP, solves for that sector's growth instead, with the other two
/// sectors at the scenario's assumptions (GDP as the sum of the sectors).
///
/// # Examples
///
/// ```
/// use longgang_model::analysis::{goal_seek, Goal};
/// use longgang_model::number::round_fixed;
/// use longgang_model::Scenario;
/// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
///
/// let official = Scenario::from_preset(data, "official")?;
/// let gdp = goal_seek(data, &official, "gdp", &Goal::Official, None)?;
/// assert_eq!(gdp.level.to_string(), "436.10685"); // 409.49 × 1.065, 亿元
/// assert_eq!(round_fixed(gdp.growth, 2), "6.50");
///
/// // With the secondary sector at 5%, the tertiary growth that still makes the GDP target.
/// let slower = official.with_growth(data, "secondary", "5")?;
/// let tertiary = goal_seek(data, &slower, "gdp", &Goal::Official, Some("tertiary"))?;
/// assert_eq!(tertiary.growth_applicable.to_string(), "7.64");
/// # Ok::<(), longgang_model::Error>(())
/// ```
pub fn goal_seek(
    dataset: &Dataset,
    scenario: &Scenario,
    indicator_id: &str,
    goal: &Goal,
    solve_for: Option<&str>,
) -> Result<GoalSeek> {
    scenario.validate(dataset)?;
    let level = goal_level(dataset, indicator_id, goal)?;
    let solved_for = solve_for.unwrap_or(indicator_id);
    let (_, solved) = dataset
        .indicator(solved_for)
        .ok_or_else(|| Error::UnknownIndicator {
            id: solved_for.to_string(),
        })?;
    let growth = if solved_for == indicator_id {
        let base = solved
            .base
            .as_ref()
            .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
        growth_between(indicator_id, base, level)?
    } else {
        if indicator_id != dataset::GDP || !solved.sector {
            return Err(Error::InvalidInput {
                detail: format!(
                    "only a sector can be solved for GDP, not {solved_for} for {indicator_id}"
                ),
            });
        }
        let mut others = Decimal::ZERO;
        for sector in dataset.sectors().filter(|s| s.id != solved_for) {
            let id = sector.id.as_str();
            let projected = grow(id, sector_base(dataset, id), scenario.growth_of(id))?;
            others = others.plus(projected).ok_or_else(|| Error::Overflow {
                field: id.to_string(),
            })?;
        }
        let needed = level.minus(others).ok_or_else(|| Error::Overflow {
            field: solved_for.to_string(),
        })?;
        growth_between(solved_for, sector_base(dataset, solved_for), needed)?
    };
    let applicable = growth.round_dp_with_strategy(2, crate::number::DISPLAY_ROUNDING);
    let level_decimals = dataset
        .indicator(indicator_id)
        .map_or(2, |(_, i)| dataset.decimals_of(i));
    Ok(GoalSeek {
        solved_for: solved_for.to_string(),
        indicator: indicator_id.to_string(),
        level,
        level_decimals,
        growth,
        growth_applicable: applicable,
        within_range: applicable >= solved.range.min.0 && applicable <= solved.range.max.0,
    })
}

fn sector_base(dataset: &Dataset, id: &str) -> Decimal {
    dataset
        .indicator(id)
        .and_then(|(_, i)| i.base.as_ref())
        .map_or(Decimal::ZERO, |v| v.value.0)
}

/// Derived figures a tornado chart can be drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Output {
    /// GDP growth implied by the three sectors, percent.
    GdpGrowth,
    /// Urban / rural income ratio.
    UrbanRuralRatio,
    /// Budget revenue as percent of nominal GDP.
    BudgetToGdp,
    /// Fixed-asset investment as percent of nominal GDP.
    FaiToGdp,
}

impl Output {
    /// Reads an output name.
    pub fn parse(text: &str) -> Result<Output> {
        [
            Output::GdpGrowth,
            Output::UrbanRuralRatio,
            Output::BudgetToGdp,
            Output::FaiToGdp,
        ]
        .into_iter()
        .find(|output| output.name() == text)
        .ok_or_else(|| Error::InvalidInput {
            detail: format!("unknown output “{text}”"),
        })
    }

    /// The output's name, as [`Output::parse`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            Output::GdpGrowth => "gdp_growth",
            Output::UrbanRuralRatio => "urban_rural_ratio",
            Output::BudgetToGdp => "budget_to_gdp",
            Output::FaiToGdp => "fai_to_gdp",
        }
    }

    /// The id of the derived figure this output is (see `projection::DERIVED`).
    pub fn figure_id(self) -> &'static str {
        match self {
            Output::GdpGrowth => "implied_gdp_growth.plan",
            Output::UrbanRuralRatio => "urban_rural_ratio.plan",
            Output::BudgetToGdp => "budget_revenue_to_gdp.plan",
            Output::FaiToGdp => "fai_to_gdp.plan",
        }
    }

    fn read(self, projection: &Projection) -> Result<Decimal> {
        // `sensitivity` has checked that the report declares the figure, and every
        // projection carries every figure its report declares.
        projection
            .derived
            .value(self.figure_id())
            .ok_or_else(|| self.missing())
    }

    /// The error for a report that declares no such figure (its indicators lack the
    /// inputs), named by the output the reader asked for.
    fn missing(self) -> Error {
        Error::NoFigure {
            output: self.name().to_string(),
        }
    }
}

/// One bar of a tornado chart: the output with an assumption at each end of its range,
/// exact.
#[derive(Debug, Clone, PartialEq)]
pub struct Swing {
    /// The assumption: an indicator id or `deflator`.
    pub id: String,
    pub low_input: Decimal,
    pub high_input: Decimal,
    /// The output with the assumption at its minimum.
    pub low_output: Decimal,
    pub high_output: Decimal,
    /// |high − low|.
    pub swing: Decimal,
}

/// A tornado chart: every assumption's swing, largest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    pub output: Output,
    /// Places the outputs are shown with: the ratio's swings are hundredths, so it gets
    /// four; percentages two.
    pub decimals: u32,
    /// The output under the scenario as it is.
    pub base: Decimal,
    /// Assumptions that move the output, largest swing first.
    pub swings: Vec<Swing>,
}

/// Whether the report declares the derived figure `id` (`name.period`, as a projection
/// names it).
fn declares(dataset: &Dataset, id: &str) -> bool {
    dataset.derived.iter().any(|spec| {
        let period = id
            .strip_prefix(spec.id.as_str())
            .and_then(|rest| rest.strip_prefix('.'));
        spec.periods
            .iter()
            .any(|&p| period == Some(crate::projection::period_name(p)))
    })
}

/// How far each assumption, across its range on the page, moves `output`. The GDP growth
/// output is read in sector mode (it is the sector-implied rate).
///
/// # Examples
///
/// ```
/// use longgang_model::analysis::{sensitivity, Output};
/// use longgang_model::number::round_fixed;
/// use longgang_model::Scenario;
/// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
///
/// let official = Scenario::from_preset(data, "official")?;
/// let tornado = sensitivity(data, &official, Output::GdpGrowth)?;
/// assert_eq!(round_fixed(tornado.base, tornado.decimals), "6.50");
/// // The largest sector moves GDP growth most: 226.73 of 409.49 亿元 over a 60-point range.
/// let largest = &tornado.swings[0];
/// assert_eq!(largest.id, "tertiary");
/// assert_eq!(round_fixed(largest.swing, tornado.decimals), "33.22");
/// # Ok::<(), longgang_model::Error>(())
/// ```
pub fn sensitivity(dataset: &Dataset, scenario: &Scenario, output: Output) -> Result<Sensitivity> {
    scenario.validate(dataset)?;
    let mut base_scenario = scenario.clone();
    if output == Output::GdpGrowth {
        base_scenario.gdp_mode = GdpMode::Sectors;
    }
    let decimals = if output == Output::UrbanRuralRatio {
        4
    } else {
        PERCENT_DECIMALS
    };
    // A report whose indicators lack the figure's inputs declares no such figure: say so
    // before a sector-mode projection would fail for want of sectors.
    if !declares(dataset, output.figure_id()) {
        return Err(output.missing());
    }
    let base = output.read(&project(dataset, &base_scenario)?)?;
    let mut assumptions: Vec<(String, Decimal, Decimal)> = dataset
        .indicators
        .iter()
        .map(|i| (i.id.clone(), i.range.min.0, i.range.max.0))
        .collect();
    assumptions.push((
        DEFLATOR_FIELD.to_string(),
        dataset.deflator.min.0,
        dataset.deflator.max.0,
    ));
    let mut swings = Vec::new();
    for (id, min, max) in assumptions {
        let at = |value: Decimal| -> Result<Decimal> {
            let mut varied = base_scenario.clone();
            if id == DEFLATOR_FIELD {
                varied.deflator = Dec(value);
            } else {
                varied.growth.insert(id.clone(), Dec(value));
            }
            output.read(&project(dataset, &varied)?)
        };
        let (low, high) = (at(min)?, at(max)?);
        let swing = high
            .minus(low)
            .ok_or_else(|| Error::Overflow { field: id.clone() })?
            .abs();
        if swing.is_zero() {
            continue;
        }
        swings.push(Swing {
            id,
            low_input: min,
            high_input: max,
            low_output: low,
            high_output: high,
            swing,
        });
    }
    swings.sort_by(|a, b| b.swing.cmp(&a.swing).then_with(|| a.id.cmp(&b.id)));
    Ok(Sensitivity {
        output,
        decimals,
        base,
        swings,
    })
}
