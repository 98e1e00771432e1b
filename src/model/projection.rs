//! The projection engine: 2024 levels from 2023 baselines and growth assumptions, the gap
//! to each official target, and the derived figures (sector-implied GDP, structure,
//! income ratio, revenue and investment relative to GDP, the key-project plan).
//!
//! All arithmetic is exact decimal with checked operations; results are rounded once, for
//! display, half away from zero, to the unit's precision. Real and nominal series meet
//! only in ratios to GDP, where real GDP is turned nominal with the deflator assumption.

use crate::dataset::{self, Dataset, Indicator, PriceBasis, Qualifier};
use crate::error::{Error, Result};
use crate::number::{canonical, round_fixed, Arith};
use crate::scenario::{GdpMode, Scenario};
use rust_decimal::Decimal;
use serde::Serialize;

/// Decimals shown for percentages and percentage points.
pub const PERCENT_DECIMALS: u32 = 2;
/// Decimals shown for the urban/rural income ratio (the usual 1.79 : 1 form).
pub const RATIO_DECIMALS: u32 = 2;
/// How far, in points, growth may sit from an "about" target and still count as meeting it.
pub const ABOUT_TOLERANCE_POINTS: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// Where a projection stands against its official target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Meets the target (for "about" targets: within the tolerance of it).
    Met,
    /// Falls short of the target.
    Short,
    /// Clearly exceeds an "about" target.
    Exceeds,
    /// The report sets no target for this indicator.
    NoTarget,
}

/// The target side of a row.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetOutcome {
    /// Target growth in percent, as the report states it.
    pub growth: String,
    pub qualifier: Qualifier,
    /// 2024 level the target implies, rounded for display.
    pub level: String,
    /// Projected minus target level, rounded for display.
    pub gap_level: String,
    /// Assumed minus target growth, in percentage points, rounded for display.
    pub gap_points: String,
}

/// One indicator's projection.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub id: String,
    pub unit: String,
    pub price_basis: PriceBasis,
    /// False where the report gives no 2023 level and figures are an index (2023 = 100).
    pub has_level: bool,
    /// The 2023 figure: the report's level, or 100 for an index.
    pub base: String,
    /// Growth used, in percent: the assumption, or for GDP in sector mode the implied rate.
    pub growth: String,
    /// True where `growth` was derived (GDP in sector mode) rather than set.
    pub growth_derived: bool,
    /// The projected 2024 figure, rounded for display.
    pub projected: String,
    /// The projected 2024 figure, unrounded.
    pub projected_exact: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetOutcome>,
    pub status: Status,
}

/// Share of a field in the key-project plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyProjectShare {
    pub id: String,
    pub value: String,
    /// Percent of the plan total.
    pub share: String,
}

/// Figures derived from several indicators.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Derived {
    /// GDP growth implied by the three sectors' growth, percent (whatever the mode).
    pub implied_gdp_growth: String,
    /// The same, unrounded.
    pub implied_gdp_growth_exact: String,
    /// GDP level implied by the three sectors, 100 million yuan at 2023 prices.
    pub implied_gdp_level: String,
    /// Sector shares of 2023 GDP, percent, from the reported levels.
    pub structure_2023: Vec<String>,
    /// Sector shares of 2024 GDP, percent, under the scenario.
    pub structure_2024: Vec<String>,
    /// 2024 GDP at current prices: real level times (1 + deflator).
    pub nominal_gdp_2024: String,
    pub urban_rural_ratio_2023: String,
    pub urban_rural_ratio_2024: String,
    pub urban_rural_ratio_2024_exact: String,
    /// General public budget revenue as percent of GDP.
    pub budget_revenue_to_gdp_2023: String,
    pub budget_revenue_to_gdp_2024: String,
    pub budget_revenue_to_gdp_2024_exact: String,
    /// Fixed-asset investment as percent of GDP.
    pub fai_to_gdp_2023: String,
    pub fai_to_gdp_2024: String,
    pub fai_to_gdp_2024_exact: String,
    pub key_projects_total: String,
    pub key_projects: Vec<KeyProjectShare>,
    /// The key-project plan as percent of projected 2024 fixed-asset investment.
    pub key_projects_to_fai_2024: String,
}

/// The whole projection of one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    pub gdp_mode: GdpMode,
    pub deflator: String,
    pub rows: Vec<Row>,
    pub derived: Derived,
}

fn overflow(field: &str) -> Error {
    Error::Overflow {
        field: field.to_string(),
    }
}

/// `base × (1 + growth / 100)`, checked.
pub fn grow(field: &str, base: Decimal, growth_percent: Decimal) -> Result<Decimal> {
    base.times(growth_factor(growth_percent).ok_or_else(|| overflow(field))?)
        .ok_or_else(|| overflow(field))
}

/// `1 + growth / 100`. Dividing by 100 is exact as a shift of the decimal point, which is
/// far cheaper than a general division; only a value already at full scale needs one.
fn growth_factor(growth_percent: Decimal) -> Option<Decimal> {
    let mut fraction = growth_percent;
    if fraction.scale() + 2 <= 28 {
        fraction.set_scale(fraction.scale() + 2).ok()?;
    } else {
        fraction = fraction.over(Decimal::ONE_HUNDRED)?;
    }
    fraction.plus(Decimal::ONE)
}

/// `numerator / denominator × 100`, checked.
fn percent_of(field: &str, numerator: Decimal, denominator: Decimal) -> Result<Decimal> {
    numerator
        .over(denominator)
        .and_then(|q| q.times(Decimal::ONE_HUNDRED))
        .ok_or_else(|| overflow(field))
}

/// The growth a target asks for: the lowest rate that reaches it, and whether the rate must
/// lie strictly above that. The one statement of the rule, used by [`status`] for the table
/// and by the Monte Carlo for the probability of reaching the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold {
    /// 以上: the figure. 超 / 突破: the figure, exclusive. About: the figure less
    /// [`ABOUT_TOLERANCE_POINTS`].
    pub value: Decimal,
    /// True where growth must exceed `value` (超 / 突破).
    pub strict: bool,
}

impl Threshold {
    /// Whether a growth rate reaches the target.
    pub fn reached_by(self, growth: Decimal) -> bool {
        if self.strict {
            growth > self.value
        } else {
            growth >= self.value
        }
    }
}

/// The threshold of a target (see [`Threshold`]).
pub fn threshold(target: Decimal, qualifier: Qualifier) -> Threshold {
    match qualifier {
        Qualifier::AtLeast => Threshold {
            value: target,
            strict: false,
        },
        Qualifier::Above => Threshold {
            value: target,
            strict: true,
        },
        // Saturating is exact here: targets are small, bounded numbers.
        Qualifier::About => Threshold {
            value: target.minus_saturating(ABOUT_TOLERANCE_POINTS),
            strict: false,
        },
    }
}

/// Status of a growth rate against a target: short below its [`threshold`]; for an "about"
/// target, exceeding it once more than the tolerance above; met otherwise.
pub fn status(growth: Decimal, target: Decimal, qualifier: Qualifier) -> Status {
    if !threshold(target, qualifier).reached_by(growth) {
        Status::Short
    } else if qualifier == Qualifier::About
        && growth > target.plus_saturating(ABOUT_TOLERANCE_POINTS)
    {
        Status::Exceeds
    } else {
        Status::Met
    }
}

fn level_2023(indicator: &Indicator) -> Decimal {
    indicator
        .value_2023
        .as_ref()
        .map_or(Decimal::ONE_HUNDRED, |v| v.value.0)
}

/// Projects a scenario. The scenario is validated first, so any input reaching the
/// arithmetic is within the dataset's ranges.
pub fn project(dataset: &Dataset, scenario: &Scenario) -> Result<Projection> {
    scenario.validate(dataset)?;

    let sector_levels: Vec<(Decimal, Decimal)> = dataset::SECTORS
        .iter()
        .map(|id| {
            let base = level_2023(&dataset.indicators[dataset.position(id)]);
            Ok((base, grow(id, base, scenario.growth_of(id))?))
        })
        .collect::<Result<_>>()?;
    let sum = |pick: fn(&(Decimal, Decimal)) -> Decimal| {
        sector_levels
            .iter()
            .map(pick)
            .try_fold(Decimal::ZERO, |acc, v| acc.plus(v))
    };
    let sectors_2023 = sum(|s| s.0).ok_or_else(|| overflow(dataset::GDP))?;
    let sectors_2024 = sum(|s| s.1).ok_or_else(|| overflow(dataset::GDP))?;
    let implied_growth = sectors_2024
        .over(sectors_2023)
        .and_then(|r| r.minus(Decimal::ONE))
        .and_then(|r| r.times(Decimal::ONE_HUNDRED))
        .ok_or_else(|| overflow(dataset::GDP))?;

    let mut rows = Vec::with_capacity(dataset.indicators.len());
    let mut projected_levels = Vec::with_capacity(dataset.indicators.len());
    for indicator in &dataset.indicators {
        let decimals = dataset.decimals_of(indicator);
        let base = level_2023(indicator);
        let derived_gdp = indicator.id == dataset::GDP && scenario.gdp_mode == GdpMode::Sectors;
        let growth = if derived_gdp {
            implied_growth
        } else {
            scenario.growth_of(&indicator.id)
        };
        let projected = if derived_gdp {
            sectors_2024
        } else {
            grow(&indicator.id, base, growth)?
        };
        let target = match &indicator.target_2024 {
            None => None,
            Some(target) => {
                let target_level = grow(&indicator.id, base, target.value.0)?;
                let gap_level = projected
                    .minus(target_level)
                    .ok_or_else(|| overflow(&indicator.id))?;
                let gap_points = growth
                    .minus(target.value.0)
                    .ok_or_else(|| overflow(&indicator.id))?;
                Some((
                    TargetOutcome {
                        growth: canonical(target.value.0),
                        qualifier: target.qualifier,
                        level: round_fixed(target_level, decimals),
                        gap_level: round_fixed(gap_level, decimals),
                        gap_points: round_fixed(gap_points, PERCENT_DECIMALS),
                    },
                    status(growth, target.value.0, target.qualifier),
                ))
            }
        };
        let (target, status) = match target {
            Some((outcome, status)) => (Some(outcome), status),
            None => (None, Status::NoTarget),
        };
        rows.push(Row {
            id: indicator.id.clone(),
            unit: indicator.unit.clone(),
            price_basis: indicator.price_basis,
            has_level: indicator.value_2023.is_some(),
            base: indicator.value_2023.as_ref().map_or_else(
                || round_fixed(Decimal::ONE_HUNDRED, decimals),
                |v| canonical(v.value.0),
            ),
            growth: if derived_gdp {
                round_fixed(growth, PERCENT_DECIMALS)
            } else {
                canonical(growth)
            },
            growth_derived: derived_gdp,
            projected: round_fixed(projected, decimals),
            projected_exact: canonical(projected),
            target,
            status,
        });
        projected_levels.push(projected);
    }

    let sector_totals = (sectors_2023, sectors_2024);
    let derived = derive(
        dataset,
        scenario,
        &projected_levels,
        &sector_levels,
        sector_totals,
        implied_growth,
    )?;
    Ok(Projection {
        gdp_mode: scenario.gdp_mode,
        deflator: canonical(scenario.deflator.0),
        rows,
        derived,
    })
}

fn derive(
    dataset: &Dataset,
    scenario: &Scenario,
    projected: &[Decimal],
    sectors: &[(Decimal, Decimal)],
    (sectors_2023, sectors_2024): (Decimal, Decimal),
    implied_growth: Decimal,
) -> Result<Derived> {
    let base_of = |id: &str| level_2023(&dataset.indicators[dataset.position(id)]);
    let projected_of = |id: &str| projected[dataset.position(id)];
    let pct = |field: &str, a: Decimal, b: Decimal| -> Result<String> {
        Ok(round_fixed(percent_of(field, a, b)?, PERCENT_DECIMALS))
    };

    let gdp_2023 = base_of(dataset::GDP);
    let real_gdp_2024 = projected_of(dataset::GDP);
    // Real GDP meets nominal series only here: turn it nominal with the deflator.
    let nominal_gdp_2024 = grow("deflator", real_gdp_2024, scenario.deflator.0)?;
    let shares =
        |pick: fn(&(Decimal, Decimal)) -> Decimal, total: Decimal| -> Result<Vec<String>> {
            sectors
                .iter()
                .map(|s| pct("structure", pick(s), total))
                .collect()
        };
    let ratio_of = |a: Decimal, b: Decimal| -> Result<Decimal> {
        a.over(b).ok_or_else(|| overflow("urban_rural_ratio"))
    };
    let ratio_2024 = ratio_of(
        projected_of(dataset::URBAN_INCOME),
        projected_of(dataset::RURAL_INCOME),
    )?;
    let budget_2024 = percent_of(
        dataset::BUDGET_REVENUE,
        projected_of(dataset::BUDGET_REVENUE),
        nominal_gdp_2024,
    )?;
    let fai_2024 = percent_of(dataset::FAI, projected_of(dataset::FAI), nominal_gdp_2024)?;
    let plan = &dataset.key_projects;
    let key_projects = plan
        .fields
        .iter()
        .map(|field| {
            Ok(KeyProjectShare {
                id: field.id.clone(),
                value: canonical(field.value.0),
                share: pct(&plan.id, field.value.0, plan.total.value.0)?,
            })
        })
        .collect::<Result<_>>()?;

    Ok(Derived {
        implied_gdp_growth: round_fixed(implied_growth, PERCENT_DECIMALS),
        implied_gdp_growth_exact: canonical(implied_growth),
        implied_gdp_level: round_fixed(sectors_2024, 2),
        structure_2023: shares(|s| s.0, sectors_2023)?,
        structure_2024: shares(|s| s.1, sectors_2024)?,
        nominal_gdp_2024: round_fixed(nominal_gdp_2024, 2),
        urban_rural_ratio_2023: round_fixed(
            ratio_of(
                base_of(dataset::URBAN_INCOME),
                base_of(dataset::RURAL_INCOME),
            )?,
            RATIO_DECIMALS,
        ),
        urban_rural_ratio_2024: round_fixed(ratio_2024, RATIO_DECIMALS),
        urban_rural_ratio_2024_exact: canonical(ratio_2024),
        budget_revenue_to_gdp_2023: pct(
            dataset::BUDGET_REVENUE,
            base_of(dataset::BUDGET_REVENUE),
            gdp_2023,
        )?,
        budget_revenue_to_gdp_2024: round_fixed(budget_2024, PERCENT_DECIMALS),
        budget_revenue_to_gdp_2024_exact: canonical(budget_2024),
        fai_to_gdp_2023: pct(dataset::FAI, base_of(dataset::FAI), gdp_2023)?,
        fai_to_gdp_2024: round_fixed(fai_2024, PERCENT_DECIMALS),
        fai_to_gdp_2024_exact: canonical(fai_2024),
        key_projects_total: canonical(plan.total.value.0),
        key_projects,
        key_projects_to_fai_2024: pct(&plan.id, plan.total.value.0, projected_of(dataset::FAI))?,
    })
}

/// Projects a deterministic grid of `count` scenarios around `base` and returns every
/// projected 2024 level, rounded for display, scenario by scenario in dataset order.
///
/// Scenario `k` sets indicator `i`'s growth to its growth in `base` plus
/// `((7919·k + 104729·i) mod 2001 − 1000) / 100` points, clamped to the indicator's range.
/// The formula is simple enough to reproduce in any language, which is what it is for:
/// benchmarking this engine against others and checking them value by value.
pub fn project_grid(dataset: &Dataset, base: &Scenario, count: u32) -> Result<Vec<String>> {
    base.validate(dataset)?;
    let mut out = Vec::with_capacity(count as usize * dataset.indicators.len());
    for k in 0..u64::from(count) {
        for (i, indicator) in dataset.indicators.iter().enumerate() {
            let offset = ((7919 * k + 104_729 * i as u64) % 2001) as i64 - 1000;
            let growth = base
                .growth_of(&indicator.id)
                .plus(Decimal::new(offset, 2))
                .ok_or_else(|| overflow(&indicator.id))?
                .clamp(indicator.range.min.0, indicator.range.max.0);
            let level = grow(&indicator.id, level_2023(indicator), growth)?;
            out.push(round_fixed(level, dataset.decimals_of(indicator)));
        }
    }
    Ok(out)
}
