//! Uncertainty: Monte Carlo draws of every growth assumption around the scenario, with a
//! spread (one standard deviation, in points) per assumption and one common factor for
//! correlation, giving per indicator the 5th/50th/95th percentiles of the 2024 value and
//! the probability of meeting the official target.
//!
//! Draws use f64 (exact decimals stay for the deterministic table) from a seeded
//! xoshiro256++ generator and the polar normal method with `libm`'s logarithm, so a seed
//! gives bit-identical results natively and in WebAssembly, and a share link reproduces
//! them. Each draw is kept as a deviation from the deterministic growth; percentiles of the
//! deviation are added back to the exact growth, so zero spread reproduces the table.

use crate::dataset::{self, Dataset, Qualifier};
use crate::error::{Error, Result};
use crate::number::{canonical, round_fixed, Dec};
use crate::projection::ABOUT_TOLERANCE_POINTS;
use crate::projection::{grow, project, PERCENT_DECIMALS};
use crate::scenario::{GdpMode, Scenario};
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Most draws one run may ask for.
pub const MAX_DRAWS: u32 = 1_000_000;
/// Largest spread, in points.
pub const MAX_SPREAD: Decimal = Decimal::from_parts(20, 0, 0, false, 0);
/// Largest common-factor correlation.
pub const MAX_CORRELATION: Decimal = Decimal::from_parts(95, 0, 0, false, 2);

/// A run's settings as they arrive from outside.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct McInput {
    pub draws: u32,
    pub seed: u32,
    /// Correlation between all growth assumptions through one common factor, 0 to 0.95.
    #[serde(default)]
    pub correlation: Option<String>,
    /// Spread (one standard deviation, points) per indicator; defaults where absent.
    #[serde(default)]
    pub spreads: BTreeMap<String, String>,
}

/// Uncertainty of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct McRow {
    pub id: String,
    /// Spread used, points.
    pub spread: String,
    /// 5th, 50th and 95th percentiles of the 2024 value, rounded for display.
    pub p5: String,
    pub p50: String,
    pub p95: String,
    /// The same percentiles as growth rates, percent.
    pub growth_p5: String,
    pub growth_p50: String,
    pub growth_p95: String,
    /// Share of draws meeting the official target, percent; none without a target.
    pub probability: Option<String>,
}

/// The result of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct McResult {
    pub draws: u32,
    pub seed: u32,
    pub correlation: String,
    pub rows: Vec<McRow>,
    /// A hash of every percentile and count, to compare runs across platforms.
    pub fingerprint: String,
}

/// The documented default spread of an indicator: half the gap between its 2023 growth and
/// its official value, at least 1 point, rounded to 0.1; 2 points where the report gives no
/// 2023 growth.
pub fn default_spread(dataset: &Dataset, id: &str) -> Decimal {
    let Some((_, indicator)) = dataset.indicator(id) else {
        return Decimal::TWO;
    };
    match (&indicator.growth_2023, dataset.official_growth(indicator)) {
        (Some(growth), Some(official)) => {
            let half_gap = (growth.value.0 - official).abs() / Decimal::TWO;
            half_gap
                .max(Decimal::ONE)
                .round_dp_with_strategy(1, crate::number::DISPLAY_ROUNDING)
        }
        _ => Decimal::TWO,
    }
}

/// xoshiro256++, seeded through SplitMix64.
struct Rng {
    s: [u64; 4],
    spare: Option<f64>,
}

impl Rng {
    fn new(seed: u32) -> Rng {
        let mut x = u64::from(seed);
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            s: [next(), next(), next(), next()],
            spare: None,
        }
    }

    fn next_u64(&mut self) -> u64 {
        let result = self.s[0]
            .wrapping_add(self.s[3])
            .rotate_left(23)
            .wrapping_add(self.s[0]);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in [-1, 1).
    fn symmetric(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (2.0 / (1u64 << 53) as f64) - 1.0
    }

    /// Standard normal by Marsaglia's polar method.
    fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare.take() {
            return z;
        }
        loop {
            let (u, v) = (self.symmetric(), self.symmetric());
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                let factor = libm::sqrt(-2.0 * libm::log(s) / s);
                self.spare = Some(v * factor);
                return u * factor;
            }
        }
    }
}

fn bounded(field: &str, text: &str, max: Decimal) -> Result<Decimal> {
    let value = crate::number::parse_user(field, text, 2)?;
    if value < Decimal::ZERO || value > max {
        return Err(Error::OutOfRange {
            field: field.to_string(),
            min: "0".to_string(),
            max: canonical(max),
        });
    }
    Ok(value)
}

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// The value at `p` (0..1) of sorted-on-demand samples, by nearest rank.
fn percentile(samples: &mut [f64], p: f64) -> f64 {
    let rank = ((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1;
    let (_, value, _) = samples.select_nth_unstable_by(rank, f64::total_cmp);
    *value
}

/// Runs the Monte Carlo for a scenario.
pub fn run(dataset: &Dataset, scenario: &Scenario, input: &McInput) -> Result<McResult> {
    scenario.validate(dataset)?;
    if input.draws == 0 || input.draws > MAX_DRAWS {
        return Err(Error::OutOfRange {
            field: "draws".to_string(),
            min: "1".to_string(),
            max: MAX_DRAWS.to_string(),
        });
    }
    for id in input.spreads.keys() {
        if dataset.indicator(id).is_none() {
            return Err(Error::UnknownIndicator { id: id.clone() });
        }
    }
    let correlation = match &input.correlation {
        Some(text) => bounded("correlation", text, MAX_CORRELATION)?,
        None => Decimal::ZERO,
    };
    let projection = project(dataset, scenario)?;
    let indicators = &dataset.indicators;
    let spreads: Vec<Decimal> = indicators
        .iter()
        .map(|i| match input.spreads.get(&i.id) {
            Some(text) => bounded(&i.id, text, MAX_SPREAD),
            None => Ok(default_spread(dataset, &i.id)),
        })
        .collect::<Result<_>>()?;
    // Deterministic growth per indicator (exact), as used by the table.
    let growth: Vec<Decimal> = projection
        .rows
        .iter()
        .map(|row| {
            if row.growth_derived {
                derived_growth(&projection)
            } else {
                Ok(scenario.growth_of(&row.id))
            }
        })
        .collect::<Result<_>>()?;
    let sector_mode = scenario.gdp_mode == GdpMode::Sectors;
    let gdp = dataset.position(dataset::GDP);
    let sectors: Vec<(usize, f64)> = dataset::SECTORS
        .iter()
        .map(|id| {
            let index = dataset.position(id);
            (
                index,
                to_f64(
                    indicators[index]
                        .value_2023
                        .as_ref()
                        .map_or(Decimal::ZERO, |v| v.value.0),
                ),
            )
        })
        .collect();
    let sector_total: f64 = sectors.iter().map(|s| s.1).sum();
    let implied = |g: &dyn Fn(usize) -> f64| -> f64 {
        let level: f64 = sectors
            .iter()
            .map(|(i, base)| base * (1.0 + g(*i) / 100.0))
            .sum();
        (level / sector_total - 1.0) * 100.0
    };
    let means: Vec<f64> = growth.iter().map(|g| to_f64(*g)).collect();
    let implied_mean = implied(&|i| means[i]);

    let n = input.draws as usize;
    let common = libm::sqrt(to_f64(correlation));
    let own = libm::sqrt(1.0 - to_f64(correlation));
    let sd: Vec<f64> = spreads.iter().map(|s| to_f64(*s)).collect();
    let mut deviations: Vec<Vec<f64>> = vec![Vec::with_capacity(n); indicators.len()];
    let mut rng = Rng::new(input.seed);
    let mut draw = vec![0.0; indicators.len()];
    for _ in 0..n {
        let factor = rng.normal();
        for (i, d) in draw.iter_mut().enumerate() {
            *d = sd[i] * (common * factor + own * rng.normal());
        }
        if sector_mode {
            draw[gdp] = implied(&|i| means[i] + draw[i]) - implied_mean;
        }
        for (i, d) in draw.iter().enumerate() {
            deviations[i].push(*d);
        }
    }

    let mut rows = Vec::with_capacity(indicators.len());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |bits: u64| {
        for byte in bits.to_le_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (i, indicator) in indicators.iter().enumerate() {
        let samples = &mut deviations[i];
        let base = indicator
            .value_2023
            .as_ref()
            .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
        let decimals = dataset.decimals_of(indicator);
        let mut level_and_growth = |p: f64| -> Result<(String, String)> {
            let deviation = percentile(samples, p);
            mix(deviation.to_bits());
            let offset = Decimal::from_f64(deviation).unwrap_or_default().round_dp(8);
            let g = growth[i]
                .checked_add(offset)
                .ok_or_else(|| Error::Overflow {
                    field: indicator.id.clone(),
                })?;
            Ok((
                round_fixed(grow(&indicator.id, base, g)?, decimals),
                round_fixed(g, PERCENT_DECIMALS),
            ))
        };
        let (p5, growth_p5) = level_and_growth(0.05)?;
        let (p50, growth_p50) = level_and_growth(0.50)?;
        let (p95, growth_p95) = level_and_growth(0.95)?;
        let probability = indicator.target_2024.as_ref().map(|target| {
            let threshold = match target.qualifier {
                Qualifier::About => target.value.0 - ABOUT_TOLERANCE_POINTS,
                _ => target.value.0,
            };
            // Margin is exact (zero when the scenario sits on the threshold).
            let margin = to_f64(growth[i] - threshold);
            let strict = target.qualifier == Qualifier::Above;
            let met = samples
                .iter()
                .filter(|d| {
                    if strict {
                        **d + margin > 0.0
                    } else {
                        **d + margin >= 0.0
                    }
                })
                .count();
            mix(met as u64);
            let share = Decimal::from(met as u64) * Decimal::ONE_HUNDRED / Decimal::from(n as u64);
            round_fixed(share, 1)
        });
        rows.push(McRow {
            id: indicator.id.clone(),
            spread: canonical(spreads[i]),
            p5,
            p50,
            p95,
            growth_p5,
            growth_p50,
            growth_p95,
            probability,
        });
    }
    Ok(McResult {
        draws: input.draws,
        seed: input.seed,
        correlation: canonical(correlation),
        rows,
        fingerprint: format!("{hash:016x}"),
    })
}

fn derived_growth(projection: &crate::projection::Projection) -> Result<Decimal> {
    projection
        .derived
        .implied_gdp_growth_exact
        .parse::<Decimal>()
        .map_err(|_| Error::Overflow {
            field: dataset::GDP.to_string(),
        })
}

/// The default spreads of every indicator, for the page's inputs.
pub fn default_spreads(dataset: &Dataset) -> BTreeMap<String, Dec> {
    dataset
        .indicators
        .iter()
        .map(|i| (i.id.clone(), Dec(default_spread(dataset, &i.id))))
        .collect()
}
