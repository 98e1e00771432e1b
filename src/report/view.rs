//! Results as readers get them: the model's exact values written as text, each figure
//! that is shown rounded for display (half away from zero, to its unit's places) and,
//! where a reader computes further with it, also exact.
//!
//! These are the shapes the page's JavaScript reads (the WASM bindings hand them over as
//! JSON: decimals as strings, absent options left out) and the command line prints; the
//! CSV, the static HTML and the share card show the same texts. The rounding happens here
//! and nowhere in the model, so nothing ever reads a rounded figure back as a number.

use crate::analysis::{GoalSeek, Output, Sensitivity};
use crate::dataset::{Dataset, PriceBasis, Qualifier};
use crate::error::Result;
use crate::montecarlo::{McResult, PROBABILITY_DECIMALS};
use crate::number::{canonical, round_fixed, write_fixed};
use crate::projection::{Derived, Projection, Row, Status, PERCENT_DECIMALS};
use crate::scenario::GdpMode;
use crate::scenario::Scenario;
use serde::Serialize;

/// The target side of a row, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetView {
    /// Target growth in percent, as the report states it.
    pub growth: String,
    pub qualifier: Qualifier,
    /// The level the target implies, rounded for display.
    pub level: String,
    /// Projected minus target level, rounded for display.
    pub gap_level: String,
    /// Assumed minus target growth, in percentage points, rounded for display.
    pub gap_points: String,
}

/// One indicator's projection, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowView {
    pub id: String,
    pub unit: String,
    pub price_basis: PriceBasis,
    pub has_level: bool,
    /// The base-year figure: a reported level as the report writes it; for an index, 100
    /// with its unit's places.
    pub base: String,
    /// Growth used, in percent: an assumption as it was set, a derived rate (GDP from the
    /// sectors) rounded for display.
    pub growth: String,
    pub growth_derived: bool,
    /// The projected level, rounded for display.
    pub projected: String,
    /// The projected level, exact.
    pub projected_exact: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetView>,
    pub status: Status,
}

/// A field of the key-project plan: its planned investment and its share of the total.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyProjectShareView {
    pub id: String,
    /// As the report states it.
    pub value: String,
    /// Percent of the plan's total, rounded for display.
    pub share: String,
}

/// The derived figures as the page reads them, by period (`…Base`, `…Plan`: which calendar
/// years these are is the dataset's `years`). Each field says which figure of the shipped
/// report's `derived` it shows; a report without that figure leaves it empty. Displayed
/// figures are rounded, `…Exact` ones exact.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DerivedView {
    /// `implied_gdp_growth.plan`.
    pub implied_gdp_growth: String,
    pub implied_gdp_growth_exact: String,
    /// `implied_gdp_level.plan`.
    pub implied_gdp_level: String,
    /// `structure.<sector>.base`, sectors in the dataset's order.
    pub structure_base: Vec<String>,
    /// `structure.<sector>.plan`.
    pub structure_plan: Vec<String>,
    /// `nominal_gdp.plan`.
    pub nominal_gdp_plan: String,
    /// `urban_rural_ratio.base` and `.plan`.
    pub urban_rural_ratio_base: String,
    pub urban_rural_ratio_plan: String,
    pub urban_rural_ratio_plan_exact: String,
    /// `budget_revenue_to_gdp.base` and `.plan`.
    pub budget_revenue_to_gdp_base: String,
    pub budget_revenue_to_gdp_plan: String,
    pub budget_revenue_to_gdp_plan_exact: String,
    /// `fai_to_gdp.base` and `.plan`.
    pub fai_to_gdp_base: String,
    pub fai_to_gdp_plan: String,
    pub fai_to_gdp_plan_exact: String,
    /// The plan's total, as the report states it (a figure of the dataset).
    pub key_projects_total: String,
    /// Each field with its `key_projects_share.<field>.plan`.
    pub key_projects: Vec<KeyProjectShareView>,
    /// `key_projects_to_fai.plan`.
    pub key_projects_to_fai_plan: String,
}

/// A whole projection, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectionView {
    pub gdp_mode: GdpMode,
    pub deflator: String,
    pub rows: Vec<RowView>,
    pub derived: DerivedView,
}

/// A row as shown.
pub fn row(row: &Row) -> RowView {
    RowView {
        id: row.id.clone(),
        unit: row.unit.clone(),
        price_basis: row.price_basis,
        has_level: row.has_level,
        base: if row.has_level {
            canonical(row.base)
        } else {
            round_fixed(row.base, row.decimals)
        },
        growth: if row.growth_derived {
            round_fixed(row.growth, PERCENT_DECIMALS)
        } else {
            canonical(row.growth)
        },
        growth_derived: row.growth_derived,
        projected: round_fixed(row.projected, row.decimals),
        projected_exact: canonical(row.projected),
        target: row.target.as_ref().map(|target| TargetView {
            growth: canonical(target.growth),
            qualifier: target.qualifier,
            level: round_fixed(target.level, row.decimals),
            gap_level: round_fixed(target.gap_level, row.decimals),
            gap_points: round_fixed(target.gap_points, PERCENT_DECIMALS),
        }),
        status: row.status,
    }
}

/// Reads derived figures by id. The model computes every figure of its table for every
/// projection, so none is ever missing; if one were, it would show as an empty text rather
/// than stop the page (the tests check that none is empty).
struct Figures<'a>(&'a Derived);

impl Figures<'_> {
    fn shown(&self, id: &[&str]) -> String {
        self.0
            .find(id)
            .map(|figure| round_fixed(figure.value, figure.decimals))
            .unwrap_or_default()
    }

    fn exact(&self, id: &[&str]) -> String {
        self.0
            .find(id)
            .map(|figure| canonical(figure.value))
            .unwrap_or_default()
    }

    /// The figures `name.<part>.period` for each part, in order.
    fn parts(&self, name: &str, parts: &[&str], period: &str) -> Vec<String> {
        let mut out = Vec::with_capacity(parts.len());
        for part in parts {
            out.push(self.shown(&[name, part, period]));
        }
        out
    }
}

/// A projection as shown.
pub fn projection(dataset: &Dataset, projection: &Projection) -> ProjectionView {
    let figures = Figures(&projection.derived);
    let sectors: Vec<&str> = dataset.sectors().map(|s| s.id.as_str()).collect();
    let plan = &dataset.key_projects;
    let derived = DerivedView {
        implied_gdp_growth: figures.shown(&["implied_gdp_growth", "plan"]),
        implied_gdp_growth_exact: figures.exact(&["implied_gdp_growth", "plan"]),
        implied_gdp_level: figures.shown(&["implied_gdp_level", "plan"]),
        structure_base: figures.parts("structure", &sectors, "base"),
        structure_plan: figures.parts("structure", &sectors, "plan"),
        nominal_gdp_plan: figures.shown(&["nominal_gdp", "plan"]),
        urban_rural_ratio_base: figures.shown(&["urban_rural_ratio", "base"]),
        urban_rural_ratio_plan: figures.shown(&["urban_rural_ratio", "plan"]),
        urban_rural_ratio_plan_exact: figures.exact(&["urban_rural_ratio", "plan"]),
        budget_revenue_to_gdp_base: figures.shown(&["budget_revenue_to_gdp", "base"]),
        budget_revenue_to_gdp_plan: figures.shown(&["budget_revenue_to_gdp", "plan"]),
        budget_revenue_to_gdp_plan_exact: figures.exact(&["budget_revenue_to_gdp", "plan"]),
        fai_to_gdp_base: figures.shown(&["fai_to_gdp", "base"]),
        fai_to_gdp_plan: figures.shown(&["fai_to_gdp", "plan"]),
        fai_to_gdp_plan_exact: figures.exact(&["fai_to_gdp", "plan"]),
        key_projects_total: canonical(plan.total.value.0),
        key_projects: plan
            .fields
            .iter()
            .map(|field| KeyProjectShareView {
                id: field.id.clone(),
                value: canonical(field.value.0),
                share: figures.shown(&["key_projects_share", &field.id, "plan"]),
            })
            .collect(),
        key_projects_to_fai_plan: figures.shown(&["key_projects_to_fai", "plan"]),
    };
    ProjectionView {
        gdp_mode: projection.gdp_mode,
        deflator: canonical(projection.deflator),
        rows: projection.rows.iter().map(row).collect(),
        derived,
    }
}

/// The answer of a goal seek, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalSeekView {
    pub solved_for: String,
    pub indicator: String,
    /// The level aimed at, rounded for display.
    pub level: String,
    /// The growth needed, exact.
    pub growth_exact: String,
    /// The growth needed, rounded for display.
    pub growth: String,
    /// What "apply" sets the slider to: the growth with the two places a scenario holds.
    pub growth_applicable: String,
    pub within_range: bool,
}

/// A goal seek's answer as shown.
pub fn goal_seek(answer: &GoalSeek) -> GoalSeekView {
    GoalSeekView {
        solved_for: answer.solved_for.clone(),
        indicator: answer.indicator.clone(),
        level: round_fixed(answer.level, answer.level_decimals),
        growth_exact: canonical(answer.growth),
        growth: round_fixed(answer.growth, PERCENT_DECIMALS),
        growth_applicable: canonical(answer.growth_applicable),
        within_range: answer.within_range,
    }
}

/// One bar of a tornado chart, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SwingView {
    pub id: String,
    /// The ends of the assumption's range, as the dataset states them.
    pub low_input: String,
    pub high_input: String,
    /// The output at each end, rounded for display.
    pub low_output: String,
    pub high_output: String,
    /// |high − low|, rounded for display.
    pub swing: String,
    /// |high − low|, exact: the chart draws and orders by it.
    pub swing_exact: String,
}

/// A tornado chart, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitivityView {
    pub output: Output,
    /// The output under the scenario as it is, rounded for display.
    pub base: String,
    pub swings: Vec<SwingView>,
}

/// A tornado chart as shown.
pub fn sensitivity(result: &Sensitivity) -> SensitivityView {
    let places = result.decimals;
    SensitivityView {
        output: result.output,
        base: round_fixed(result.base, places),
        swings: result
            .swings
            .iter()
            .map(|swing| SwingView {
                id: swing.id.clone(),
                low_input: canonical(swing.low_input),
                high_input: canonical(swing.high_input),
                low_output: round_fixed(swing.low_output, places),
                high_output: round_fixed(swing.high_output, places),
                swing: round_fixed(swing.swing, places),
                swing_exact: canonical(swing.swing),
            })
            .collect(),
    }
}

/// The uncertainty of one indicator, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct McRowView {
    pub id: String,
    pub spread: String,
    /// Percentiles of the plan-year level, rounded for display.
    pub p5: String,
    pub p50: String,
    pub p95: String,
    /// The same as growth rates, rounded for display.
    pub growth_p5: String,
    pub growth_p50: String,
    pub growth_p95: String,
    /// The chance of meeting the target, percent, rounded for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability: Option<String>,
}

/// A Monte Carlo run, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct McResultView {
    pub draws: u32,
    pub seed: u32,
    pub correlation: String,
    pub rows: Vec<McRowView>,
    pub fingerprint: String,
}

/// A Monte Carlo run as shown.
pub fn monte_carlo(result: &McResult) -> McResultView {
    let percent = |value| round_fixed(value, PERCENT_DECIMALS);
    McResultView {
        draws: result.draws,
        seed: result.seed,
        correlation: canonical(result.correlation),
        rows: result
            .rows
            .iter()
            .map(|row| McRowView {
                id: row.id.clone(),
                spread: canonical(row.spread),
                p5: round_fixed(row.p5, row.decimals),
                p50: round_fixed(row.p50, row.decimals),
                p95: round_fixed(row.p95, row.decimals),
                growth_p5: percent(row.growth_p5),
                growth_p50: percent(row.growth_p50),
                growth_p95: percent(row.growth_p95),
                probability: row
                    .probability
                    .map(|share| round_fixed(share, PROBABILITY_DECIMALS)),
            })
            .collect(),
        fingerprint: result.fingerprint.clone(),
    }
}

/// Every level of the benchmark grid (`projection::project_grid`) rounded for display, one
/// per line: what `projectGrid` hands JavaScript. Written straight into one text, so a
/// level costs no allocation of its own.
pub fn grid_text(dataset: &Dataset, base: &Scenario, count: u32) -> Result<String> {
    let places: Vec<u32> = dataset
        .indicators
        .iter()
        .map(|indicator| dataset.decimals_of(indicator))
        .collect();
    // About eight characters a level ("1410.14" and a line break).
    let mut out = Vec::with_capacity(count as usize * places.len() * 9);
    crate::projection::for_each_grid_level(dataset, base, count, |i, level| {
        if !out.is_empty() {
            out.push(b'\n');
        }
        write_fixed(&mut out, level, places[i]);
    })?;
    // Digits, signs, points and line breaks only: always valid UTF-8.
    Ok(String::from_utf8(out).unwrap_or_default())
}
