//! The projection engine: plan-year levels from base-year levels and growth assumptions,
//! the gap to each official target, and the derived figures the report declares
//! (`derived` in its dataset: an id, a kind of formula from a closed set, the indicators it
//! reads and its years), keyed by id.
//!
//! All arithmetic is exact decimal with checked operations, and results stay exact: each
//! carries the places it is shown with, and whoever shows it rounds it then, once, half
//! away from zero (`number::round_fixed`). Real and nominal series meet only in ratios to
//! GDP, where real GDP is turned nominal with the deflator assumption.

use crate::dataset::{self, Dataset, DerivedKind, Indicator, PriceBasis, Qualifier};
use crate::error::{Error, Result};
use crate::number::Arith;
use crate::scenario::{GdpMode, Scenario};
use rust_decimal::prelude::ToPrimitive;
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

/// The target side of a row. Exact values: rounding is for whoever shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetOutcome {
    /// Target growth in percent, as the report states it.
    pub growth: Decimal,
    pub qualifier: Qualifier,
    /// The plan-year level the target implies.
    pub level: Decimal,
    /// Projected minus target level.
    pub gap_level: Decimal,
    /// Assumed minus target growth, in percentage points.
    pub gap_points: Decimal,
}

/// One indicator's projection. Every figure is exact; `decimals` says to how many places
/// its levels are shown (percentages are shown to [`PERCENT_DECIMALS`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub unit: String,
    /// Places shown for this indicator's levels: its unit's.
    pub decimals: u32,
    pub price_basis: PriceBasis,
    /// False where the report gives no base-year level and figures are an index (base = 100).
    pub has_level: bool,
    /// The base-year figure: the report's level, or 100 for an index.
    pub base: Decimal,
    /// Growth used, in percent: the assumption, or for GDP in sector mode the implied rate.
    pub growth: Decimal,
    /// True where `growth` was derived (GDP in sector mode) rather than set.
    pub growth_derived: bool,
    /// The projected plan-year figure.
    pub projected: Decimal,
    pub target: Option<TargetOutcome>,
    pub status: Status,
}

/// The year a derived figure describes: the base year, from the report's levels, or the
/// plan year, from the projected ones. Which calendar years these are is the dataset's
/// business (`years`), not the model's.
pub type Period = dataset::PeriodName;

/// The last part of a derived figure's id: `base` or `plan`.
pub fn period_name(period: Period) -> &'static str {
    match period {
        Period::Base => "base",
        Period::Plan => "plan",
    }
}

/// A derived figure's value.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedFigure {
    /// `name.period` or `name.part.period`, e.g. `urban_rural_ratio.plan`,
    /// `structure.tertiary.base` (see the dataset's `derived`).
    pub id: String,
    /// Exact.
    pub value: Decimal,
    /// Places it is shown with.
    pub decimals: u32,
}

/// The derived figures of a projection, in the order the dataset declares them.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub figures: Vec<DerivedFigure>,
}

impl Derived {
    /// The figure with this id.
    pub fn get(&self, id: &str) -> Option<&DerivedFigure> {
        self.find(&[id])
    }

    /// The figure whose id is these pieces joined by dots (`["structure", "primary",
    /// "base"]`), found without writing the id out.
    pub fn find(&self, pieces: &[&str]) -> Option<&DerivedFigure> {
        self.figures.iter().find(|figure| {
            let mut rest = figure.id.as_str();
            for (i, piece) in pieces.iter().enumerate() {
                let after_dot = if i == 0 {
                    Some(rest)
                } else {
                    rest.strip_prefix('.')
                };
                match after_dot.and_then(|r| r.strip_prefix(piece)) {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            rest.is_empty()
        })
    }

    /// Every figure's id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.figures.iter().map(|figure| figure.id.as_str())
    }

    /// The exact value of the figure with this id.
    pub fn value(&self, id: &str) -> Option<Decimal> {
        self.get(id).map(|figure| figure.value)
    }
}

/// The whole projection of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub gdp_mode: GdpMode,
    /// The GDP price change assumed, percent.
    pub deflator: Decimal,
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

/// `1 + growth / 100`, exactly. With `growth` = m / 10^s, this is (10^(s+2) + m) / 10^(s+2):
/// one integer addition at the scale the sum has anyway — the same decimal a decimal
/// addition would give, without its rescaling. A growth with more places than a scenario
/// holds takes the general way.
fn growth_factor(growth_percent: Decimal) -> Option<Decimal> {
    // A decimal addition of zero returns the other operand as it is.
    if growth_percent.is_zero() {
        return Some(Decimal::ONE);
    }
    let scale = growth_percent.scale() + 2;
    // 10^scale in 64 bits (a 128-bit product is a call in WebAssembly): every growth a
    // scenario holds has a small scale.
    if scale <= 19 {
        let sum =
            i128::from(crate::number::POWERS_OF_TEN[scale as usize]) + growth_percent.mantissa();
        let magnitude = sum.unsigned_abs();
        if magnitude >> 96 == 0 {
            return Some(Decimal::from_parts(
                magnitude as u32,
                (magnitude >> 32) as u32,
                (magnitude >> 64) as u32,
                sum < 0,
                scale,
            ));
        }
    }
    // Otherwise as a decimal addition. Dividing by 100 is exact as a shift of the point;
    // only a value already at full scale needs a division.
    let mut fraction = growth_percent;
    if scale <= 28 {
        fraction.set_scale(scale).ok()?;
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

/// The base-year level of an indicator: the report's, or 100 for an index.
pub fn base_level(indicator: &Indicator) -> Decimal {
    indicator
        .base
        .as_ref()
        .map_or(Decimal::ONE_HUNDRED, |v| v.value.0)
}

/// The sum of the levels of some indicators, found by position.
fn sum_of(dataset: &Dataset, ids: &[String], levels: &[Decimal]) -> Result<Decimal> {
    ids.iter()
        .try_fold(Decimal::ZERO, |sum, id| {
            sum.plus(levels[dataset.position(id)])
        })
        .ok_or_else(|| overflow(dataset::GDP))
}

/// `Σ sectors` (the indicators flagged `sector`) of a list of levels in dataset order.
fn sector_sum(dataset: &Dataset, levels: &[Decimal]) -> Result<Decimal> {
    dataset
        .indicators
        .iter()
        .zip(levels)
        .filter(|(indicator, _)| indicator.sector)
        .try_fold(Decimal::ZERO, |sum, (_, level)| sum.plus(*level))
        .ok_or_else(|| overflow(dataset::GDP))
}

/// The growth from one level to another, percent: `(to / from − 1) × 100`.
fn growth_between(field: &str, from: Decimal, to: Decimal) -> Result<Decimal> {
    to.over(from)
        .and_then(|r| r.minus(Decimal::ONE))
        .and_then(|r| r.times(Decimal::ONE_HUNDRED))
        .ok_or_else(|| overflow(field))
}

/// Projects a scenario. The scenario is validated first, so any input reaching the
/// arithmetic is within the dataset's ranges.
///
/// # Examples
///
/// GDP growing 7% instead of the official 6.5%:
///
/// ```
/// use longgang_model::number::round_fixed;
/// use longgang_model::projection::Status;
/// use longgang_model::{project, Scenario};
/// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
///
/// let scenario = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "7")?;
/// let gdp = &project(data, &scenario)?.rows[0];
/// assert_eq!(gdp.projected.to_string(), "438.1543"); // exact: 409.49 × 1.07, 亿元
/// assert_eq!(round_fixed(gdp.projected, gdp.decimals), "438.15"); // as shown
///
/// // Measured against the target level, 409.49 × 1.065 = 436.10685.
/// let target = gdp.target.as_ref().unwrap();
/// assert_eq!(target.gap_level.to_string(), "2.04745");
/// assert_eq!(gdp.status, Status::Met);
/// # Ok::<(), longgang_model::Error>(())
/// ```
pub fn project(dataset: &Dataset, scenario: &Scenario) -> Result<Projection> {
    scenario.validate(dataset)?;
    let indicators = &dataset.indicators;
    let base: Vec<Decimal> = indicators.iter().map(base_level).collect();
    let mut growth: Vec<Decimal> = indicators
        .iter()
        .map(|indicator| scenario.growth_of(&indicator.id))
        .collect();
    let gdp = dataset.position(dataset::GDP);
    let sector_mode = scenario.gdp_mode == GdpMode::Sectors;
    let mut plan = Vec::with_capacity(indicators.len());
    for (i, indicator) in indicators.iter().enumerate() {
        // GDP from the sectors is their sum, set below once they are grown.
        let level = if sector_mode && i == gdp {
            Decimal::ZERO
        } else {
            grow(&indicator.id, base[i], growth[i])?
        };
        plan.push(level);
    }
    if sector_mode {
        plan[gdp] = sector_sum(dataset, &plan)?;
        growth[gdp] = growth_between(dataset::GDP, sector_sum(dataset, &base)?, plan[gdp])?;
    }

    let mut rows = Vec::with_capacity(indicators.len());
    for (i, indicator) in indicators.iter().enumerate() {
        let (target, status) = match &indicator.target {
            None => (None, Status::NoTarget),
            Some(target) => {
                let level = grow(&indicator.id, base[i], target.value.0)?;
                let outcome = TargetOutcome {
                    growth: target.value.0,
                    qualifier: target.qualifier,
                    level,
                    gap_level: plan[i]
                        .minus(level)
                        .ok_or_else(|| overflow(&indicator.id))?,
                    gap_points: growth[i]
                        .minus(target.value.0)
                        .ok_or_else(|| overflow(&indicator.id))?,
                };
                let status = status(growth[i], target.value.0, target.qualifier);
                (Some(outcome), status)
            }
        };
        rows.push(Row {
            id: indicator.id.clone(),
            unit: indicator.unit.clone(),
            decimals: dataset.decimals_of(indicator),
            price_basis: indicator.price_basis,
            has_level: indicator.base.is_some(),
            base: base[i],
            growth: growth[i],
            growth_derived: sector_mode && i == gdp,
            projected: plan[i],
            target,
            status,
        });
    }
    let levels = Levels {
        dataset,
        base: &base,
        plan: &plan,
        deflator: scenario.deflator.0,
    };
    Ok(Projection {
        gdp_mode: scenario.gdp_mode,
        deflator: scenario.deflator.0,
        rows,
        derived: levels.derive()?,
    })
}

/// What derived figures are computed from: every indicator's level in each period.
struct Levels<'a> {
    dataset: &'a Dataset,
    base: &'a [Decimal],
    plan: &'a [Decimal],
    deflator: Decimal,
}

impl Levels<'_> {
    fn of(&self, period: Period) -> &[Decimal] {
        match period {
            Period::Base => self.base,
            Period::Plan => self.plan,
        }
    }

    /// An input's level at current prices: the plan year's grown by the deflator.
    fn nominal(&self, id: &str, period: Period) -> Result<Decimal> {
        let level = self.level(id, period);
        match period {
            Period::Base => Ok(level),
            Period::Plan => grow("deflator", level, self.deflator),
        }
    }

    fn level(&self, id: &str, period: Period) -> Decimal {
        self.of(period)[self.dataset.position(id)]
    }

    /// Evaluates the dataset's derived figures.
    fn derive(&self) -> Result<Derived> {
        let mut figures = Vec::with_capacity(32);
        for spec in &self.dataset.derived {
            let of = &spec.of;
            let first = of.first().map_or("", String::as_str);
            let second = of.get(1).map_or("", String::as_str);
            let decimals = match spec.kind {
                DerivedKind::Sum | DerivedKind::Nominal => self
                    .dataset
                    .indicator(first)
                    .map_or(2, |(_, indicator)| self.dataset.decimals_of(indicator)),
                DerivedKind::Ratio => RATIO_DECIMALS,
                _ => PERCENT_DECIMALS,
            };
            let name = spec.id.as_str();
            for &period in &spec.periods {
                let mut push = |part: Option<&str>, value: Decimal| {
                    let mut id = String::from(name);
                    for piece in part.into_iter().chain([period_name(period)]) {
                        id.push('.');
                        id.push_str(piece);
                    }
                    figures.push(DerivedFigure {
                        id,
                        value,
                        decimals,
                    });
                };
                let levels = self.of(period);
                match spec.kind {
                    DerivedKind::SumGrowth => push(
                        None,
                        growth_between(
                            name,
                            sum_of(self.dataset, of, self.base)?,
                            sum_of(self.dataset, of, self.plan)?,
                        )?,
                    ),
                    DerivedKind::Sum => push(None, sum_of(self.dataset, of, levels)?),
                    DerivedKind::Shares => {
                        let total = sum_of(self.dataset, of, levels)?;
                        for part in of {
                            push(
                                Some(part),
                                percent_of(name, self.level(part, period), total)?,
                            );
                        }
                    }
                    DerivedKind::Nominal => push(None, self.nominal(first, period)?),
                    DerivedKind::Ratio => push(
                        None,
                        self.level(first, period)
                            .over(self.level(second, period))
                            .ok_or_else(|| overflow(name))?,
                    ),
                    DerivedKind::PercentOfNominal => push(
                        None,
                        percent_of(
                            first,
                            self.level(first, period),
                            self.nominal(second, period)?,
                        )?,
                    ),
                    DerivedKind::KeyProjectShares => {
                        let plan = &self.dataset.key_projects;
                        for field in &plan.fields {
                            let share = percent_of(&plan.id, field.value.0, plan.total.value.0)?;
                            push(Some(&field.id), share);
                        }
                    }
                    DerivedKind::KeyProjectsPercentOf => {
                        let plan = &self.dataset.key_projects;
                        let share =
                            percent_of(&plan.id, plan.total.value.0, self.level(first, period))?;
                        push(None, share);
                    }
                }
            }
        }
        Ok(Derived { figures })
    }
}

/// Projects a deterministic grid of `count` scenarios around `base` and returns every
/// projected plan-year level, exact, scenario by scenario in dataset order.
///
/// Scenario `k` sets indicator `i`'s growth to its growth in `base` plus
/// `((7919·k + 104729·i) mod 2001 − 1000) / 100` points, clamped to the indicator's range,
/// and grows every level by its own growth (the GDP mode and the price change of `base`
/// play no part). The formula is simple enough to reproduce in any language, which is what
/// it is for: benchmarking this engine against others and checking them value by value.
pub fn project_grid(dataset: &Dataset, base: &Scenario, count: u32) -> Result<Vec<Decimal>> {
    let mut out = Vec::with_capacity(count as usize * dataset.indicators.len());
    for_each_grid_level(dataset, base, count, |_, level| out.push(level))?;
    Ok(out)
}

/// Calls `each(indicator position, level)` for every level of [`project_grid`], in its
/// order, without keeping them: for writing them out as they come.
pub fn for_each_grid_level(
    dataset: &Dataset,
    base: &Scenario,
    count: u32,
    mut each: impl FnMut(usize, Decimal),
) -> Result<()> {
    base.validate(dataset)?;
    let columns: Vec<GridColumn> = dataset
        .indicators
        .iter()
        .map(|indicator| GridColumn::new(indicator, base.growth_of(&indicator.id)))
        .collect::<Result<_>>()?;
    // (7919·k + 104729·i) mod 2001, kept up to date by additions: a 64-bit remainder is a
    // division in WebAssembly, where it was most of the work of this loop.
    const MODULUS: i64 = 2001;
    const STEP_K: i64 = 7919 % MODULUS;
    const STEP_I: i64 = 104_729 % MODULUS;
    let mut first = 0;
    for _ in 0..count {
        let mut residue = first;
        for (i, column) in columns.iter().enumerate() {
            let offset = residue - 1000;
            residue += STEP_I;
            if residue >= MODULUS {
                residue -= MODULUS;
            }
            let growth = if offset < column.lowest {
                column.min
            } else if offset > column.highest {
                column.max
            } else if let Some(hundredths) = column.hundredths {
                Decimal::new(hundredths + offset, 2)
            } else {
                column
                    .growth
                    .plus(Decimal::new(offset, 2))
                    .ok_or_else(|| overflow(column.id))?
            };
            each(i, grow(column.id, column.level, growth)?);
        }
        first += STEP_K;
        if first >= MODULUS {
            first -= MODULUS;
        }
    }
    Ok(())
}

/// What every scenario of the grid starts from for one indicator, looked up once.
struct GridColumn<'a> {
    id: &'a str,
    level: Decimal,
    growth: Decimal,
    min: Decimal,
    max: Decimal,
    /// The offsets, in hundredths of a point, below and above which the range clamps the
    /// growth. Offsets are whole hundredths, so comparing them with these replaces two
    /// decimal comparisons a level: `growth + offset / 100 < min` exactly when `offset <
    /// ⌈(min − growth) × 100⌉`, and `> max` when `offset > ⌊(max − growth) × 100⌋`.
    lowest: i64,
    highest: i64,
    /// The growth in hundredths of a point, where it has at most two places (as every
    /// scenario a person sets does): adding an offset is then adding two integers, and
    /// gives the decimal a decimal addition would (scale 2, the same digits).
    hundredths: Option<i64>,
}

impl GridColumn<'_> {
    fn new(indicator: &Indicator, growth: Decimal) -> Result<GridColumn<'_>> {
        let (min, max) = (indicator.range.min.0, indicator.range.max.0);
        let hundredths = |bound: Decimal| {
            bound
                .minus(growth)
                .and_then(|d| d.times(Decimal::ONE_HUNDRED))
                .ok_or_else(|| overflow(&indicator.id))
        };
        Ok(GridColumn {
            id: &indicator.id,
            level: base_level(indicator),
            growth,
            min,
            max,
            lowest: whole(hundredths(min)?.ceil()),
            highest: whole(hundredths(max)?.floor()),
            hundredths: (growth.scale() <= 2)
                .then(|| growth.times(Decimal::ONE_HUNDRED))
                .flatten()
                .and_then(|h| h.to_i64()),
        })
    }
}

/// A whole decimal as an `i64`, saturating.
fn whole(value: Decimal) -> i64 {
    value.to_i64().unwrap_or(if value.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `1 + growth / 100` the way a decimal addition gives it, to compare with.
    fn by_addition(growth: Decimal) -> Option<Decimal> {
        let mut fraction = growth;
        if fraction.scale() + 2 <= 28 {
            fraction.set_scale(fraction.scale() + 2).ok()?;
        } else {
            fraction = fraction.checked_div(Decimal::ONE_HUNDRED)?;
        }
        fraction.checked_add(Decimal::ONE)
    }

    #[test]
    fn growth_factors_are_the_decimals_an_addition_gives() {
        let mut next = crate::xorshift(0x2545_f491_4f6c_dd1d);
        let mut growths = vec![
            Decimal::ZERO,
            Decimal::new(65, 1),
            Decimal::new(-100, 0),
            Decimal::new(-2000, 2),
            Decimal::MAX,
            Decimal::MIN,
        ];
        for _ in 0..100_000 {
            let (a, b) = (next(), next());
            let mantissa = (i128::from(a as i64) << 32 | i128::from(b >> 32)) >> (b % 96);
            growths.push(Decimal::from_i128_with_scale(
                mantissa % (1i128 << 95),
                (a % 29) as u32,
            ));
        }
        for growth in growths {
            // The same value with the same scale: the same bits.
            assert_eq!(
                growth_factor(growth).map(|d| d.serialize()),
                by_addition(growth).map(|d| d.serialize()),
                "{growth}"
            );
        }
    }
}
