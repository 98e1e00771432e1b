//! Scenarios: a growth assumption per indicator, the GDP price-change (deflator)
//! assumption and the GDP mode; built from presets or from what a person typed, checked
//! against the dataset, and encoded to and from a compact, versioned, URL-safe string.
//!
//! Share-link format, version 2 (`v2`, what this build writes): tokens joined by `~`, all
//! from the URL-unreserved alphabet so no percent-encoding is ever needed:
//! `v2~<report>~E<edition>~D<deflator>~M<0|1>~<id><growth>~…~C<check>`. `<report>` is the
//! dataset's report id (`longgang-2024`) and `<edition>` the edition of its data the link
//! was made with; then every indicator of that edition in dataset order, every number in
//! canonical form (see [`crate::number::canonical`]). Ids use only `a-z` and `_` and
//! numbers only `-`, digits and `.`, so each token splits unambiguously into key and value.
//! The closing check (three base-36 characters of a hash of all that precedes it) catches
//! links cut short or altered in transit: without it, a link cut inside its last number
//! (`…foreign_trade10` → `…foreign_trade1`) would silently decode to a different scenario.
//!
//! Version 1 (`v1~D<deflator>~M<0|1>~<id><growth>~…~C<check>`) is the same without the
//! report and the edition; every v1 link was made with the first edition of
//! [`V1_REPORT`], and still decodes, to the same scenario, forever.
//!
//! A link lists the indicators of its own edition. An indicator added to the dataset
//! later takes the growth the dataset records for older links (`added.olderLinks`), so
//! publishing a new edition never breaks a link; a link from a newer edition than the
//! dataset, or from another report, gets its own error rather than a guess.
//!
//! Decoding is strict: a string decodes only if it is exactly what encoding the decoded
//! scenario in the link's own form ([`LinkForm`]) gives back, so links are stable and never
//! guessed at.

use crate::dataset::{Dataset, Indicator, PresetBase};
use crate::error::{Error, LinkDamage, Result};
use crate::number::{canonical, decimal_places, parse_plain, parse_user, Arith, Dec};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Most decimal places a growth or deflator assumption may carry.
pub const MAX_DECIMALS: u32 = 2;
/// The share-link format version this build writes.
pub const FORMAT_VERSION: &str = "v2";
/// The report every `v1` link belongs to: v1 links carry no report id and were only ever
/// made with the first edition of this report.
pub const V1_REPORT: &str = "longgang-2024";
/// No valid share link is longer than this; longer input is rejected unread.
pub const MAX_ENCODED_LEN: usize = 2048;

const DEFLATOR_KEY: &str = "D";
const MODE_KEY: &str = "M";
const CHECK_KEY: &str = "C";
const EDITION_KEY: &str = "E";
/// The field name used in errors about the deflator.
pub const DEFLATOR_FIELD: &str = "deflator";

/// How 2024 GDP is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GdpMode {
    /// GDP growth is set directly.
    #[default]
    Direct,
    /// GDP is the sum of the three sectors, each grown by its own assumption.
    Sectors,
}

impl GdpMode {
    /// Reads `direct` or `sectors`.
    pub fn parse(text: &str) -> Result<GdpMode> {
        match text {
            "direct" => Ok(GdpMode::Direct),
            "sectors" => Ok(GdpMode::Sectors),
            other => Err(Error::UnknownGdpMode {
                input: other.to_string(),
            }),
        }
    }

    /// The name used in inputs and outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            GdpMode::Direct => "direct",
            GdpMode::Sectors => "sectors",
        }
    }
}

/// The form a share link is written in: what a link says besides its scenario, and what
/// encoding needs to write it back exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkForm {
    /// Format 1: no report id, made with the first edition of [`V1_REPORT`].
    V1,
    /// Format 2, made with this edition of the dataset's report.
    V2 { edition: u32 },
}

impl LinkForm {
    /// The form this build writes with a dataset: v2 and the dataset's edition.
    pub fn current(dataset: &Dataset) -> LinkForm {
        LinkForm::V2 {
            edition: dataset.edition,
        }
    }

    /// The edition of the data a link of this form was made with.
    pub fn edition(self) -> u32 {
        match self {
            LinkForm::V1 => 1,
            LinkForm::V2 { edition } => edition,
        }
    }
}

/// A complete, valid set of assumptions (percentages as exact decimals).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    /// Growth in percent for every indicator, keyed by id.
    pub growth: BTreeMap<String, Dec>,
    /// GDP price change in percent, turning real GDP growth into nominal.
    pub deflator: Dec,
    /// Whether GDP is set directly or derived from the sectors.
    pub gdp_mode: GdpMode,
}

/// A scenario as it arrives from outside (the page, the CLI): numbers as typed text.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScenarioInput {
    /// Growth text per indicator id.
    pub growth: BTreeMap<String, String>,
    /// Deflator text; the dataset default when absent.
    #[serde(default)]
    pub deflator: Option<String>,
    /// `direct` or `sectors`; `direct` when absent.
    #[serde(default)]
    pub gdp_mode: Option<String>,
}

impl Scenario {
    /// The scenario a preset defines.
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Scenario;
    /// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
    ///
    /// // The report's own targets: GDP "6.5% 以上".
    /// let official = Scenario::from_preset(data, "official")?;
    /// assert_eq!(official.growth_of("gdp").to_string(), "6.5");
    /// // Two points under the targets.
    /// let cautious = Scenario::from_preset(data, "cautious")?;
    /// assert_eq!(cautious.growth_of("gdp").to_string(), "4.5");
    /// // 2023's own growth carried on.
    /// let momentum = Scenario::from_preset(data, "momentum")?;
    /// assert_eq!(momentum.growth_of("gdp").to_string(), "8.7");
    ///
    /// let unknown = Scenario::from_preset(data, "optimistic").unwrap_err();
    /// assert_eq!(unknown.code(), "unknown_preset");
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    pub fn from_preset(dataset: &Dataset, preset_id: &str) -> Result<Scenario> {
        let preset = dataset
            .preset(preset_id)
            .ok_or_else(|| Error::UnknownPreset {
                name: preset_id.to_string(),
            })?;
        let mut growth = BTreeMap::new();
        for indicator in &dataset.indicators {
            let official =
                dataset
                    .official_growth(indicator)
                    .ok_or_else(|| Error::MissingIndicator {
                        id: indicator.id.clone(),
                    })?;
            let base = match preset.base {
                PresetBase::Official => official,
                PresetBase::BaseGrowth => indicator
                    .base_growth
                    .as_ref()
                    .map_or(official, |g| g.value.0),
            };
            let value = base
                .plus(preset.offset_points.0)
                .ok_or_else(|| Error::Overflow {
                    field: indicator.id.clone(),
                })?;
            growth.insert(indicator.id.clone(), Dec(value));
        }
        let scenario = Scenario {
            growth,
            deflator: dataset.deflator.default,
            gdp_mode: GdpMode::Direct,
        };
        scenario.validate(dataset)?;
        Ok(scenario)
    }

    /// Builds a scenario from typed text, with a specific error for the first bad field.
    pub fn from_input(dataset: &Dataset, input: &ScenarioInput) -> Result<Scenario> {
        let mut growth = BTreeMap::new();
        for (id, text) in &input.growth {
            if id == DEFLATOR_FIELD {
                return Err(Error::UnknownIndicator { id: id.clone() });
            }
            growth.insert(id.clone(), Dec(parse_assumption(dataset, id, text)?));
        }
        let deflator = match &input.deflator {
            Some(text) => Dec(parse_assumption(dataset, DEFLATOR_FIELD, text)?),
            None => dataset.deflator.default,
        };
        let gdp_mode = input
            .gdp_mode
            .as_deref()
            .map_or(Ok(GdpMode::Direct), GdpMode::parse)?;
        let scenario = Scenario {
            growth,
            deflator,
            gdp_mode,
        };
        scenario.validate(dataset)?;
        Ok(scenario)
    }

    /// Returns a copy with one growth assumption changed (typed text), checked.
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::{project, Scenario};
    /// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
    ///
    /// let official = Scenario::from_preset(data, "official")?;
    /// // Text as typed on the page, full-width digits included.
    /// let faster = official.with_growth(data, "gdp", "７")?;
    /// assert_eq!(project(data, &faster)?.rows[0].projected.to_string(), "438.1543");
    /// assert_eq!(official.growth_of("gdp").to_string(), "6.5"); // left as it was
    ///
    /// // Each assumption keeps to its slider's range, −20% to 40% for GDP.
    /// let error = official.with_growth(data, "gdp", "50").unwrap_err();
    /// assert_eq!((error.code(), error.field()), ("out_of_range", Some("gdp")));
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    pub fn with_growth(&self, dataset: &Dataset, id: &str, text: &str) -> Result<Scenario> {
        if id == DEFLATOR_FIELD {
            return Err(Error::UnknownIndicator { id: id.to_string() });
        }
        let mut next = self.clone();
        next.growth
            .insert(id.to_string(), Dec(parse_assumption(dataset, id, text)?));
        Ok(next)
    }

    /// Checks every assumption against the dataset: all indicators present, none unknown,
    /// each within its range and precision.
    pub fn validate(&self, dataset: &Dataset) -> Result<()> {
        for id in self.growth.keys() {
            if dataset.indicator(id).is_none() {
                return Err(Error::UnknownIndicator { id: id.clone() });
            }
        }
        for indicator in &dataset.indicators {
            let value = self
                .growth
                .get(&indicator.id)
                .ok_or_else(|| Error::MissingIndicator {
                    id: indicator.id.clone(),
                })?;
            check_bounds(
                &indicator.id,
                value.0,
                indicator.range.min.0,
                indicator.range.max.0,
            )?;
        }
        // A report without sectors has no GDP to sum them into.
        if self.gdp_mode == GdpMode::Sectors && !dataset.has_sectors() {
            return Err(Error::UnknownGdpMode {
                input: GdpMode::Sectors.as_str().to_string(),
            });
        }
        let spec = &dataset.deflator;
        check_bounds(DEFLATOR_FIELD, self.deflator.0, spec.min.0, spec.max.0)
    }

    /// The growth assumption for an indicator (zero if absent, which validation rules out).
    pub fn growth_of(&self, id: &str) -> Decimal {
        self.growth.get(id).map_or(Decimal::ZERO, |g| g.0)
    }

    /// Encodes to the share-link string (see the module documentation): format v2, made
    /// with the dataset's edition.
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Scenario;
    /// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
    ///
    /// let scenario = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "7")?;
    /// let link = scenario.encode(data);
    /// // Report and edition first, then deflator, GDP mode and every indicator in order.
    /// assert!(link.starts_with("v2~longgang-2024~E1~D0~M0~gdp7~industrial_va8~"));
    /// assert_eq!(Scenario::decode(data, &link)?, scenario);
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    pub fn encode(&self, dataset: &Dataset) -> String {
        self.encode_as(dataset, LinkForm::current(dataset))
    }

    /// Encodes in a given form: the header of its format version and the indicators of its
    /// edition (those added later are left out, as such a link never names them). This is
    /// what decoding a link of that form undoes.
    pub fn encode_as(&self, dataset: &Dataset, form: LinkForm) -> String {
        // Pieces pushed one by one, numbers by `canonical`: no formatting code for the link.
        let mut link = String::from(if form == LinkForm::V1 {
            "v1"
        } else {
            FORMAT_VERSION
        });
        if let LinkForm::V2 { edition } = form {
            for piece in ["~", &dataset.source.id, "~", EDITION_KEY] {
                link.push_str(piece);
            }
            link.push_str(&canonical(Decimal::from(edition)));
        }
        link.push('~');
        link.push_str(DEFLATOR_KEY);
        link.push_str(&canonical(self.deflator.0));
        link.push('~');
        link.push_str(MODE_KEY);
        link.push_str(if self.gdp_mode == GdpMode::Sectors {
            "1"
        } else {
            "0"
        });
        let edition = form.edition();
        for indicator in dataset.indicators.iter().filter(|i| i.edition() <= edition) {
            link.push('~');
            link.push_str(&indicator.id);
            link.push_str(&canonical(self.growth_of(&indicator.id)));
        }
        seal(&link)
    }

    /// Decodes a share-link string of any format version this build reads; the only
    /// accepted form is the canonical one.
    ///
    /// # Examples
    ///
    /// ```
    /// use longgang_model::Scenario;
    /// # let data = &longgang_model::Dataset::from_json(include_str!("../../seeds/reports/longgang-2024/dataset.json"))?;
    ///
    /// let sent = Scenario::from_preset(data, "official")?.with_growth(data, "gdp", "7")?;
    /// let link = sent.encode(data);
    /// let received = Scenario::decode(data, &link)?;
    /// assert_eq!(received.growth_of("gdp").to_string(), "7");
    ///
    /// // A link altered in transit fails its closing check instead of meaning something else.
    /// let altered = link.replace("~gdp7~", "~gdp8~");
    /// let error = Scenario::decode(data, &altered).unwrap_err();
    /// assert_eq!(error.code(), "scenario_malformed");
    /// # Ok::<(), longgang_model::Error>(())
    /// ```
    pub fn decode(dataset: &Dataset, encoded: &str) -> Result<Scenario> {
        Self::decode_link(dataset, encoded).map(|(scenario, _)| scenario)
    }

    /// Decodes a share link and tells the form it was written in, so that
    /// [`Scenario::encode_as`] gives the same string back.
    pub fn decode_link(dataset: &Dataset, encoded: &str) -> Result<(Scenario, LinkForm)> {
        if encoded.is_empty() {
            return Err(Error::ScenarioEmpty);
        }
        if encoded.len() > MAX_ENCODED_LEN {
            return Err(Error::ScenarioTooLong {
                length: encoded.len(),
                max: MAX_ENCODED_LEN,
            });
        }
        if let Some(bad) = encoded.chars().find(|c| !is_link_char(*c)) {
            return Err(malformed(LinkDamage::UnexpectedCharacter {
                character: bad,
            }));
        }
        let version = encoded.split('~').next().unwrap_or_default();
        if version != "v1" && version != FORMAT_VERSION {
            let looks_versioned = version.len() > 1
                && version.starts_with('v')
                && version.bytes().skip(1).all(|b| b.is_ascii_digit());
            return Err(if looks_versioned {
                Error::ScenarioVersion {
                    version: version.to_string(),
                }
            } else {
                malformed(LinkDamage::NoVersion)
            });
        }
        let (body, check) = encoded
            .rsplit_once('~')
            .and_then(|(body, last)| Some((body, last.strip_prefix(CHECK_KEY)?)))
            .ok_or_else(|| malformed(LinkDamage::CheckMissing))?;
        if check != check_code(body) {
            return Err(malformed(LinkDamage::CheckMismatch));
        }
        let mut tokens = body.split('~').skip(1);
        // A v1 link names no report: it can only be one of the report v1 served.
        let (report, form) = if version == "v1" {
            (V1_REPORT, LinkForm::V1)
        } else {
            let report = tokens
                .next()
                .filter(|r| is_report_id(r))
                .ok_or_else(|| malformed(LinkDamage::Report))?;
            let edition = tokens
                .next()
                .and_then(|t| t.strip_prefix(EDITION_KEY))
                .and_then(parse_edition)
                .ok_or_else(|| malformed(LinkDamage::Report))?;
            (report, LinkForm::V2 { edition })
        };
        if report != dataset.source.id.as_str() {
            return Err(Error::ScenarioOtherReport {
                report: report.to_string(),
            });
        }
        // Ids this dataset does not know would have to be guessed at: refuse instead.
        if form.edition() > dataset.edition {
            return Err(Error::ScenarioNewerEdition {
                edition: form.edition(),
                current: dataset.edition,
            });
        }
        let deflator = expect_number(tokens.next(), DEFLATOR_KEY, DEFLATOR_FIELD)?;
        let gdp_mode = match tokens.next() {
            Some("M0") => GdpMode::Direct,
            Some("M1") => GdpMode::Sectors,
            Some(_) | None => return Err(malformed(LinkDamage::GdpMode)),
        };
        let edition = form.edition();
        let mut growth = BTreeMap::new();
        // The link lists its edition's indicators in dataset order; the others take what
        // the dataset records for links made before they were added.
        for indicator in &dataset.indicators {
            if let Some(added) = indicator.added.as_ref().filter(|a| a.edition > edition) {
                growth.insert(indicator.id.clone(), added.older_links);
                continue;
            }
            let Some(token) = tokens.next() else {
                return Err(Error::MissingIndicator {
                    id: indicator.id.clone(),
                });
            };
            let id = id_of(token);
            if id != indicator.id.as_str() {
                return Err(misplaced(dataset, edition, &growth, id, Some(indicator)));
            }
            let value = expect_number(Some(token), id, id)?;
            growth.insert(id.to_string(), Dec(value));
        }
        if let Some(token) = tokens.next() {
            return Err(misplaced(dataset, edition, &growth, id_of(token), None));
        }
        let scenario = Scenario {
            growth,
            deflator: Dec(deflator),
            gdp_mode,
        };
        scenario.validate(dataset)?;
        Ok((scenario, form))
    }
}

/// The id at the start of an indicator token (ids use only `a-z` and `_`).
fn id_of(token: &str) -> &str {
    let split = token
        .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .unwrap_or(token.len());
    token.get(..split).unwrap_or(token)
}

/// Why the indicator token `id` is not the one a link of `edition` lists next (`due`,
/// `None` past the last): unknown to that edition (an indicator added after it is as
/// unknown as any other), already given, or out of order.
fn misplaced(
    dataset: &Dataset,
    edition: u32,
    given: &BTreeMap<String, Dec>,
    id: &str,
    due: Option<&Indicator>,
) -> Error {
    match dataset.indicator(id) {
        Some((position, indicator)) if indicator.edition() <= edition => {
            if given.contains_key(id) {
                Error::DuplicateIndicator { id: id.to_string() }
            } else {
                malformed(LinkDamage::OutOfOrder {
                    id: id.to_string(),
                    position: position + 1,
                    expected: due.map(|i| i.id.clone()),
                })
            }
        }
        _ => Error::UnknownIndicator { id: id.to_string() },
    }
}

/// Whether a token has the shape of a report id (the dataset check holds ids to it).
fn is_report_id(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_lowercase())
        && token
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An edition in canonical form: digits, no leading zero, from 1. (Read digit by digit:
/// the first module the page loads carries no general integer parser.)
fn parse_edition(text: &str) -> Option<u32> {
    if text.starts_with('0') || text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u32, |edition, digit| {
        let digit = digit.checked_sub(b'0').filter(|d| *d <= 9)?;
        edition.checked_mul(10)?.checked_add(u32::from(digit))
    })
}

/// Reads a typed assumption for one indicator id or for [`DEFLATOR_FIELD`], checking
/// form, precision and range. This is what a number box on the page calls.
pub fn parse_assumption(dataset: &Dataset, field: &str, text: &str) -> Result<Decimal> {
    let (min, max) = if field == DEFLATOR_FIELD {
        (dataset.deflator.min.0, dataset.deflator.max.0)
    } else {
        let (_, indicator) = dataset
            .indicator(field)
            .ok_or_else(|| Error::UnknownIndicator {
                id: field.to_string(),
            })?;
        (indicator.range.min.0, indicator.range.max.0)
    };
    let value = parse_user(field, text, MAX_DECIMALS)?;
    check_bounds(field, value, min, max)?;
    Ok(value)
}

/// Appends the closing check token to a link body (everything before `~C`).
pub fn seal(body: &str) -> String {
    format!("{body}~{CHECK_KEY}{}", check_code(body))
}

/// Three base-36 characters of a 32-bit FNV-1a hash: enough to catch truncation and
/// typing slips (one wrong link in 46,656 slips through), cheap to compute in any language.
fn check_code(body: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in body.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    let value = hash % (36 * 36 * 36);
    // Written digit by digit as characters: ASCII needs no UTF-8 conversion.
    let digit = |n: u32| char::from(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
    [digit(value / (36 * 36)), digit(value / 36), digit(value)]
        .iter()
        .collect()
}

fn malformed(reason: LinkDamage) -> Error {
    Error::ScenarioMalformed { reason }
}

/// The URL-unreserved characters the link format is written in.
fn is_link_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~')
}

/// Reads `<key><canonical number>` from a token.
fn expect_number(token: Option<&str>, key: &str, field: &str) -> Result<Decimal> {
    let token = token.ok_or_else(|| {
        malformed(LinkDamage::TokenMissing {
            field: field.to_string(),
        })
    })?;
    let text = token.strip_prefix(key).ok_or_else(|| {
        malformed(LinkDamage::WrongToken {
            field: field.to_string(),
            found: token.to_string(),
        })
    })?;
    let value = parse_plain(text).ok_or_else(|| Error::NotANumber {
        field: field.to_string(),
        input: text.to_string(),
    })?;
    let written = canonical(value);
    if written != text {
        return Err(malformed(LinkDamage::NotCanonical {
            field: field.to_string(),
            found: text.to_string(),
            canonical: written,
        }));
    }
    Ok(value)
}

fn check_bounds(field: &str, value: Decimal, min: Decimal, max: Decimal) -> Result<()> {
    if decimal_places(value) > MAX_DECIMALS {
        return Err(Error::TooPrecise {
            field: field.to_string(),
            max_decimals: MAX_DECIMALS,
        });
    }
    if value < min || value > max {
        return Err(Error::OutOfRange {
            field: field.to_string(),
            min: canonical(min),
            max: canonical(max),
        });
    }
    Ok(())
}
