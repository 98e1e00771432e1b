//! Uncertainty: Monte Carlo draws of every growth assumption around the scenario, with a
//! spread (one standard deviation, in points) per assumption and one common factor for
//! correlation, giving per indicator the 5th/50th/95th percentiles of the 2024 value and
//! the probability of meeting the official target.
//!
//! Draws use f64 (exact decimals stay for the deterministic table) from a seeded
//! xoshiro256++ generator and the ziggurat normal method with `libm` for its few
//! transcendental steps, so a seed gives bit-identical results natively and in WebAssembly,
//! and a share link reproduces them. Each draw is kept as a deviation from the deterministic growth; percentiles of the
//! deviation are added back to the exact growth, so zero spread reproduces the table.

use crate::dataset::{self, Dataset};
use crate::error::{Error, Result};
use crate::number::{canonical, Arith, Dec};
use crate::projection::{grow, project, threshold};
use crate::scenario::{GdpMode, Scenario};
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Most draws one run may ask for.
pub const MAX_DRAWS: u32 = 250_000;
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

/// Places the probability of meeting a target is shown with, in percent.
pub const PROBABILITY_DECIMALS: u32 = 1;

/// Uncertainty of one indicator. Levels and rates are exact; `decimals` says to how many
/// places the levels are shown (rates to [`crate::projection::PERCENT_DECIMALS`], the
/// probability to
/// [`PROBABILITY_DECIMALS`]).
#[derive(Debug, Clone, PartialEq)]
pub struct McRow {
    pub id: String,
    /// Places shown for the levels: the indicator's unit's.
    pub decimals: u32,
    /// Spread used, points.
    pub spread: Decimal,
    /// 5th, 50th and 95th percentiles of the plan-year level.
    pub p5: Decimal,
    pub p50: Decimal,
    pub p95: Decimal,
    /// The same percentiles as growth rates, percent.
    pub growth_p5: Decimal,
    pub growth_p50: Decimal,
    pub growth_p95: Decimal,
    /// Share of draws meeting the official target, percent; none without a target.
    pub probability: Option<Decimal>,
    /// How many draws met it (what `probability` is the share of).
    pub met: Option<u64>,
}

/// The result of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct McResult {
    pub draws: u32,
    pub seed: u32,
    pub correlation: Decimal,
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
    match (&indicator.base_growth, dataset.official_growth(indicator)) {
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

    /// Uniform in (0, 1].
    fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by Marsaglia and Tsang's ziggurat (128 layers): one multiply and
    /// one compare for almost every draw; the rare wedge and tail draws use `libm`.
    fn normal(&mut self, table: &Ziggurat) -> f64 {
        loop {
            let hz = (self.next_u64() >> 32) as u32 as i32;
            let iz = (hz & 127) as usize;
            if hz.unsigned_abs() < table.k[iz] {
                return f64::from(hz) * table.w[iz];
            }
            let x = f64::from(hz) * table.w[iz];
            if iz == 0 {
                // The tail beyond R, by Marsaglia's exponential method.
                loop {
                    let tail = -libm::log(self.uniform()) / ZIGGURAT_R;
                    let y = -libm::log(self.uniform());
                    if y + y >= tail * tail {
                        return if hz > 0 {
                            ZIGGURAT_R + tail
                        } else {
                            -ZIGGURAT_R - tail
                        };
                    }
                }
            }
            let wedge = table.f[iz] + self.uniform() * (table.f[iz - 1] - table.f[iz]);
            if wedge < libm::exp(-0.5 * x * x) {
                return x;
            }
        }
    }
}

const ZIGGURAT_R: f64 = 3.442619855899;
const ZIGGURAT_V: f64 = 9.91256303526217e-3;

/// The ziggurat's layer tables, computed once with `libm` (so identical everywhere).
struct Ziggurat {
    k: [u32; 128],
    w: [f64; 128],
    f: [f64; 128],
}

impl Ziggurat {
    fn new() -> Ziggurat {
        let m1 = 2_147_483_648.0_f64;
        let mut table = Ziggurat {
            k: [0; 128],
            w: [0.0; 128],
            f: [0.0; 128],
        };
        let mut d = ZIGGURAT_R;
        let mut t = d;
        let q = ZIGGURAT_V / libm::exp(-0.5 * d * d);
        table.k[0] = ((d / q) * m1) as u32;
        table.k[1] = 0;
        table.w[0] = q / m1;
        table.w[127] = d / m1;
        table.f[0] = 1.0;
        table.f[127] = libm::exp(-0.5 * d * d);
        for i in (1..=126).rev() {
            d = libm::sqrt(-2.0 * libm::log(ZIGGURAT_V / d + libm::exp(-0.5 * d * d)));
            table.k[i + 1] = ((d / t) * m1) as u32;
            t = d;
            table.f[i] = libm::exp(-0.5 * d * d);
            table.w[i] = d / m1;
        }
        table
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

/// Nearest-rank index of the `p` quantile (0..1) among `n` samples.
fn rank(p: f64, n: usize) -> usize {
    ((p * n as f64).ceil() as usize).clamp(1, n) - 1
}

/// The 5th, 50th and 95th percentiles by nearest rank. The median is selected first; the
/// other two are then selected within the half each lies in, which halves their cost.
fn percentiles(samples: &mut [f64]) -> [f64; 3] {
    let n = samples.len();
    let (r5, r50, r95) = (rank(0.05, n), rank(0.50, n), rank(0.95, n));
    let (below, median, above) = samples.select_nth_unstable_by(r50, f64::total_cmp);
    let median = *median;
    let low = if r5 < r50 {
        *below.select_nth_unstable_by(r5, f64::total_cmp).1
    } else {
        median
    };
    let high = if r95 > r50 {
        *above
            .select_nth_unstable_by(r95 - r50 - 1, f64::total_cmp)
            .1
    } else {
        median
    };
    [low, median, high]
}

/// Runs the Monte Carlo for a scenario.
///
/// # Examples
///
/// ```
/// use longgang_model::montecarlo::{self, McInput, PROBABILITY_DECIMALS};
/// use longgang_model::number::round_fixed;
/// use longgang_model::Scenario;
/// use std::collections::BTreeMap;
/// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
///
/// let official = Scenario::from_preset(data, "official")?;
/// let spreads = BTreeMap::new(); // none given: each indicator takes its default
/// let input = McInput { draws: 10_000, seed: 42, correlation: None, spreads };
/// let result = montecarlo::run(data, &official, &input)?;
/// let gdp = &result.rows[0];
/// // GDP's default: half the gap between 2023's 8.7% and the 6.5% target.
/// assert_eq!(gdp.spread.to_string(), "1.1");
/// // Growing at the target's own floor ("6.5% 以上") meets it in about half the draws.
/// assert_eq!(round_fixed(gdp.probability.unwrap(), PROBABILITY_DECIMALS), "49.8");
/// // A seed repeats a run exactly, so a share link can carry it.
/// assert_eq!(montecarlo::run(data, &official, &input)?, result);
/// # Ok::<(), longgang_model::Error>(())
/// ```
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
    let growth: Vec<Decimal> = projection.rows.iter().map(|row| row.growth).collect();
    let sector_mode = scenario.gdp_mode == GdpMode::Sectors;
    let gdp = dataset.position(dataset::GDP);
    let sectors: Vec<(usize, f64)> = indicators
        .iter()
        .enumerate()
        .filter(|(_, indicator)| indicator.sector)
        .map(|(index, indicator)| {
            (
                index,
                to_f64(indicator.base.as_ref().map_or(Decimal::ZERO, |v| v.value.0)),
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
    let mut rng = Rng::new(input.seed);
    let table = Ziggurat::new();
    // Draws are made column by column (the common factor first, then each indicator's own
    // term): contiguous writes, and the same sequence on every platform.
    let factors: Vec<f64> = (0..n).map(|_| common * rng.normal(&table)).collect();
    let mut deviations: Vec<Vec<f64>> = sd
        .iter()
        .map(|spread| {
            factors
                .iter()
                .map(|factor| spread * (factor + own * rng.normal(&table)))
                .collect()
        })
        .collect();
    if sector_mode {
        // Draw j of GDP reads draw j of every sector column, so an index is clearest here.
        #[allow(clippy::needless_range_loop)]
        for j in 0..n {
            deviations[gdp][j] = implied(&|i| means[i] + deviations[i][j]) - implied_mean;
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
            .base
            .as_ref()
            .map_or(Decimal::ONE_HUNDRED, |v| v.value.0);
        let decimals = dataset.decimals_of(indicator);
        let quantiles = percentiles(samples);
        let mut level_and_growth = |deviation: f64| -> Result<(Decimal, Decimal)> {
            mix(deviation.to_bits());
            let offset = Decimal::from_f64(deviation).unwrap_or_default().round_dp(8);
            let g = growth[i].plus(offset).ok_or_else(|| Error::Overflow {
                field: indicator.id.clone(),
            })?;
            Ok((grow(&indicator.id, base, g)?, g))
        };
        let (p5, growth_p5) = level_and_growth(quantiles[0])?;
        let (p50, growth_p50) = level_and_growth(quantiles[1])?;
        let (p95, growth_p95) = level_and_growth(quantiles[2])?;
        let counted = indicator.target.as_ref().map(|target| {
            // The table's own rule (met or exceeding), applied to each draw.
            let threshold = threshold(target.value.0, target.qualifier);
            // Margin is exact (zero when the scenario sits on the threshold).
            let margin = to_f64(growth[i].minus(threshold.value).unwrap_or_default());
            let met = samples
                .iter()
                .filter(|d| {
                    if threshold.strict {
                        **d + margin > 0.0
                    } else {
                        **d + margin >= 0.0
                    }
                })
                .count();
            mix(met as u64);
            met as u64
        });
        // met ÷ draws × 100, in that order: the formula its explanation shows and recomputes.
        let probability =
            counted.map(|met| Decimal::from(met) / Decimal::from(n as u64) * Decimal::ONE_HUNDRED);
        rows.push(McRow {
            id: indicator.id.clone(),
            decimals,
            spread: spreads[i],
            p5,
            p50,
            p95,
            growth_p5,
            growth_p50,
            growth_p95,
            probability,
            met: counted,
        });
    }
    Ok(McResult {
        draws: input.draws,
        seed: input.seed,
        correlation,
        rows,
        fingerprint: format!("{hash:016x}"),
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
