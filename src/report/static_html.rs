//! The static fallback: a projection as self-contained HTML (a table and an SVG chart) for
//! places that run no scripts — `<noscript>` in embed snippets, feed readers, in-app
//! browsers — and for the embed widget when WebAssembly cannot load.
//!
//! The output needs nothing else: no stylesheet, no script, no inline `style` attribute
//! (so a strict Content-Security-Policy on the host page has nothing to block); the chart
//! uses SVG presentation attributes only. Every piece of text is HTML-escaped.

use crate::dataset::{Dataset, Indicator, Qualifier, Unit};
use crate::error::{Error, Result};
use crate::projection::Status;
use crate::report::csv::status_label;
use crate::report::lang::{text, Lang};
// Rows as `view` shows them: the figures as rounded text, never the model's exact values.
use crate::report::view::{self, ProjectionView, RowView as Row};
use crate::report::words;
use crate::scenario::Scenario;
use std::fmt::Write;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Groups the integer digits of a plain decimal string in threes: `73273.07` → `73,273.07`.
pub fn group_thousands(plain: &str) -> String {
    let (sign, unsigned) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A projected or stated level with its unit as the table writes it (`436.11亿元`,
/// `43.611 bn yuan`, `73,273.07 yuan`); an index (no 2023 level) as the bare number.
pub(crate) fn amount(dataset: &Dataset, indicator: &Indicator, value: &str, lang: Lang) -> String {
    match dataset.unit(&indicator.unit) {
        Some(unit) if indicator.base.is_some() => unit_amount(unit, value, lang),
        _ => group_thousands(value),
    }
}

/// An amount (a plain decimal string) with its unit, as the catalogue's `amount` joins
/// them: in Chinese as the report writes it, in English in the unit English readers
/// expect, with the decimal point moved exactly (409.49亿元 → 40.949 bn yuan: every digit
/// kept).
pub(crate) fn unit_amount(unit: &Unit, value: &str, lang: Lang) -> String {
    let (number, unit) = match &unit.en_amount {
        Some(label) if lang.english_units() => (shift_point(value, unit.en_shift), label.as_str()),
        _ => (value.to_string(), lang.pick(&unit.name)),
    };
    text::Amount {
        number: &group_thousands(&number),
        unit,
    }
    .get(lang)
}

/// `2024-02-04` as the catalogue's `date` writes a day (`2024年2月4日`, `4 February 2024`,
/// the month by its `month.<n>` name); any other text as it is.
pub(crate) fn date(text: &str, lang: Lang) -> String {
    day(text, lang).unwrap_or_else(|| text.to_string())
}

/// A `YYYY-MM-DD` date in the catalogue's words, or `None` for any other text.
pub(crate) fn day(text: &str, lang: Lang) -> Option<String> {
    const MONTHS: [crate::report::lang::Text; 12] = [
        text::MONTH_1,
        text::MONTH_2,
        text::MONTH_3,
        text::MONTH_4,
        text::MONTH_5,
        text::MONTH_6,
        text::MONTH_7,
        text::MONTH_8,
        text::MONTH_9,
        text::MONTH_10,
        text::MONTH_11,
        text::MONTH_12,
    ];
    let mut parts = text.split('-').map(|p| p.parse::<u32>().ok());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(Some(y)), Some(Some(m @ 1..=12)), Some(Some(d)), None) => Some(
            text::Date {
                year: &y.to_string(),
                month: MONTHS[m as usize - 1].get(lang),
                day: &d.to_string(),
            }
            .get(lang),
        ),
        _ => None,
    }
}

/// Moves the decimal point of a plain decimal string `places` to the left, exactly and
/// keeping its trailing zeros: `436.10` → `43.610`, `-2.05` → `-0.205`, `9` → `0.9`.
pub fn shift_point(value: &str, places: u32) -> String {
    if places == 0 {
        return value.to_string();
    }
    let (sign, digits) = value
        .strip_prefix('-')
        .map_or(("", value), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let places = places as usize;
    let padded = format!("{whole:0>width$}", width = places + 1);
    let (head, moved) = padded.split_at(padded.len() - places);
    let head = head.trim_start_matches('0');
    let head = if head.is_empty() { "0" } else { head };
    format!("{sign}{head}.{moved}{fraction}")
}

fn target_text(dataset: &Dataset, indicator: &Indicator, row: &Row, lang: Lang) -> String {
    let Some(target) = &row.target else {
        return text::STATIC_NO_TARGET.get(lang).to_string();
    };
    let growth = &format!("{}%", target.growth);
    let stated = match target.qualifier {
        Qualifier::AtLeast => text::TargetAtLeast { growth }.get(lang),
        Qualifier::Above => text::TargetAbove { growth }.get(lang),
        Qualifier::About => text::TargetAbout { growth }.get(lang),
    };
    format!(
        "{stated} → {}",
        amount(dataset, indicator, &target.level, lang)
    )
}

/// The shape that carries a status without colour.
pub(crate) fn status_glyph(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Short => "▼",
        Status::Exceeds => "▲",
        Status::NoTarget => "–",
    }
}

/// Accepts only web links (http, https) or same-site paths, so a fragment can never carry a
/// `javascript:` or `data:` link.
pub(crate) fn check_open_url(url: &str) -> Result<()> {
    let lower = url.trim_start().to_ascii_lowercase();
    let allowed = lower.starts_with("https://")
        || lower.starts_with("http://")
        || (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with("./")
        || lower.starts_with('#');
    if allowed && !url.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(Error::InvalidInput {
            detail: "the link must be an http(s) address or a path on this site".to_string(),
        })
    }
}

/// Splits a comma-separated list of indicator ids, ignoring spaces and empty items.
pub fn parse_ids(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect()
}

/// Selects the rows to show: the named indicators in the given order, or all of them.
fn selected<'a>(
    dataset: &'a Dataset,
    projection: &'a ProjectionView,
    ids: &[String],
) -> Result<Vec<(&'a Indicator, &'a Row)>> {
    let wanted: Vec<&str> = if ids.is_empty() {
        dataset.indicators.iter().map(|i| i.id.as_str()).collect()
    } else {
        ids.iter().map(String::as_str).collect()
    };
    wanted
        .into_iter()
        .map(|id| {
            let (_, indicator) = dataset
                .indicator(id)
                .ok_or_else(|| Error::UnknownIndicator { id: id.to_string() })?;
            let row = projection
                .rows
                .iter()
                .find(|r| r.id == id)
                .ok_or_else(|| Error::UnknownIndicator { id: id.to_string() })?;
            Ok((indicator, row))
        })
        .collect()
}

/// Renders the projection of `scenario` for the chosen indicators (all when empty) as a
/// self-contained HTML fragment. With `open_url`, it ends with a link to the interactive page.
pub fn render(
    dataset: &Dataset,
    scenario: &Scenario,
    indicator_ids: &[String],
    lang: Lang,
    open_url: Option<&str>,
) -> Result<String> {
    if let Some(url) = open_url {
        check_open_url(url)?;
    }
    let projection = view::projection(dataset, &crate::projection::project(dataset, scenario)?);
    let rows = selected(dataset, &projection, indicator_ids)?;
    let mut html = String::new();
    let lang_tag = lang.attribute();
    let title = words::title(dataset, lang);
    let years = words::years(dataset);
    let (base_year, plan_year) = (years.base.as_str(), years.plan.as_str());
    let _ = writeln!(
        html,
        "<figure class=\"longgang-whatif-static\" lang=\"{lang_tag}\">"
    );
    let _ = writeln!(html, "<table>\n<caption>{}</caption>", escape(&title));
    let headers = [
        text::STATIC_INDICATOR.get(lang).to_string(),
        text::StaticBase { base_year }.get(lang),
        text::StaticGrowth { plan_year }.get(lang),
        text::StaticProjected { plan_year }.get(lang),
        text::StaticTarget { plan_year }.get(lang),
        text::STATIC_STATUS.get(lang).to_string(),
    ];
    html.push_str("<thead><tr>");
    for header in headers {
        let _ = write!(html, "<th scope=\"col\">{}</th>", escape(&header));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (indicator, row) in &rows {
        let name = lang.pick(&indicator.name);
        let base = match &indicator.base {
            Some(v) => amount(
                dataset,
                indicator,
                &crate::number::canonical(v.value.0),
                lang,
            ),
            None => text::STATIC_INDEX_BASE.get(lang).to_string(),
        };
        let cells = [
            base,
            format!("{}%", row.growth),
            amount(dataset, indicator, &row.projected, lang),
            target_text(dataset, indicator, row, lang),
            format!(
                "{} {}",
                status_glyph(row.status),
                status_label(row.status, lang)
            ),
        ];
        let _ = write!(
            html,
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th>",
            escape(&row.id),
            escape(name)
        );
        for cell in cells {
            let _ = write!(html, "<td>{}</td>", escape(&cell));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html.push_str(&chart(&rows, plan_year, lang));
    let source = &dataset.source;
    let caption = text::StaticSource {
        title: lang.pick(&source.title),
        date: &date(&source.date, lang),
        publisher: lang.pick(&source.publisher),
    }
    .get(lang);
    let _ = write!(html, "<figcaption>{}", escape(&caption));
    if let Some(url) = open_url {
        let label = text::STATIC_OPEN.get(lang);
        let _ = write!(html, " <a href=\"{}\">{}</a>", escape(url), escape(label));
    }
    html.push_str("</figcaption>\n</figure>\n");
    Ok(html)
}

/// A bar chart of growth assumptions against targets, drawn with SVG presentation attributes.
fn chart(rows: &[(&Indicator, &Row)], plan_year: &str, lang: Lang) -> String {
    const WIDTH: f64 = 520.0;
    const LABEL: f64 = 190.0;
    const ROW: f64 = 22.0;
    let values: Vec<f64> = rows
        .iter()
        .flat_map(|(_, row)| {
            let target = row.target.as_ref().and_then(|t| parse_f64(&t.growth));
            parse_f64(&row.growth).into_iter().chain(target)
        })
        .collect();
    let low = values.iter().fold(0.0_f64, |a, b| a.min(*b)).floor();
    let high = values.iter().fold(1.0_f64, |a, b| a.max(*b)).ceil();
    let plot = WIDTH - LABEL - 50.0;
    let x = |v: f64| LABEL + (v - low) / (high - low) * plot;
    let height = rows.len() as f64 * ROW + 8.0;
    let title = text::StaticChartTitle { plan_year }.get(lang);
    let title = title.as_str();
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape(title),
        width = Whole(WIDTH),
        height = Whole(height),
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(title));
    let _ = writeln!(
        svg,
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"0\" y2=\"{1}\" stroke=\"#777\" stroke-width=\"1\"/>",
        Tenths(x(0.0)),
        Whole(height)
    );
    for (i, (indicator, row)) in rows.iter().enumerate() {
        let y = i as f64 * ROW + 4.0;
        let growth = parse_f64(&row.growth).unwrap_or(0.0);
        let (left, right) = if growth < 0.0 {
            (x(growth), x(0.0))
        } else {
            (x(0.0), x(growth))
        };
        let fill = if row.status == Status::Short {
            "#b42318"
        } else {
            "#0b5cad"
        };
        let name = lang.pick(&indicator.name);
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\" font-size=\"11\" fill=\"currentColor\">{}</text>",
            Tenths(y + 12.0),
            escape(name)
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" fill=\"{fill}\"/>",
            Tenths(left),
            Tenths(y + 2.0),
            Tenths((right - left).max(1.0))
        );
        if let Some(target) = row.target.as_ref().and_then(|t| parse_f64(&t.growth)) {
            let _ = writeln!(
                svg,
                "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"currentColor\" stroke-width=\"2\"/>",
                Tenths(x(target)),
                Tenths(y),
                Tenths(y + 16.0)
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"currentColor\">{}% {}</text>",
            Tenths(WIDTH - 46.0),
            Tenths(y + 12.0),
            escape(&row.growth),
            status_glyph(row.status)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Reads a plain decimal (`-?digits(.digits)?`) as the nearest `f64`, exactly as
/// `str::parse::<f64>` would. The chart only ever reads canonical growth figures (a few
/// digits, at most two decimals), which this handles without the general float parser:
/// both `n` and `10^k` are exact doubles, so one IEEE division rounds `n / 10^k`
/// correctly. Text it cannot read that way gives `None`.
pub(crate) fn parse_f64(text: &str) -> Option<f64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    if whole.is_empty() || (body.contains('.') && fraction.is_empty()) || fraction.len() > 22 {
        return None;
    }
    let mut n: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    if n > 1 << 53 {
        return None;
    }
    let scale = fraction.bytes().fold(1.0, |scale, _| scale * 10.0);
    let value = n as f64 / scale;
    Some(if negative { -value } else { value })
}

/// An `f64` written with one decimal, the same text as `format!("{:.1}", x)`: the exact
/// binary value rounded half to even, a minus sign whenever the sign bit is set. Exact
/// for finite values below 2^64 in magnitude, which covers every chart coordinate.
pub(crate) struct Tenths(pub(crate) f64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let bits = self.0.to_bits();
        let negative = bits >> 63 == 1;
        let exponent = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        // |x| = mantissa × 2^shift
        let (mantissa, shift) = if exponent == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, exponent - 1075)
        };
        let scaled = u128::from(mantissa) * 10;
        let tenths: u128 = if shift >= 0 {
            scaled << shift.min(60)
        } else if shift <= -64 {
            0 // below 2^-11: rounds to 0.0
        } else {
            let s = (-shift) as u32;
            let quotient = scaled >> s;
            let remainder = scaled & ((1u128 << s) - 1);
            let half = 1u128 << (s - 1);
            if remainder > half || (remainder == half && quotient & 1 == 1) {
                quotient + 1
            } else {
                quotient
            }
        };
        let sign = if negative { "-" } else { "" };
        write!(f, "{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

/// A whole-number `f64` (a chart width or height) as `{}` writes it: digits, no point.
struct Whole(f64);

impl std::fmt::Display for Whole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0 as i64)
    }
}

#[cfg(test)]
mod shift_tests {
    use super::shift_point;

    #[test]
    fn the_point_moves_exactly() {
        for (value, places, want) in [
            ("436.11", 1, "43.611"),
            ("436.10", 1, "43.610"),
            ("409.49", 1, "40.949"),
            ("-2.05", 1, "-0.205"),
            ("0.00", 1, "0.000"),
            ("9", 1, "0.9"),
            ("1531.31", 1, "153.131"),
            ("5", 3, "0.005"),
            ("12.5", 0, "12.5"),
        ] {
            assert_eq!(shift_point(value, places), want, "{value} {places}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn thousands_are_grouped() {
        for (plain, grouped) in [
            ("73273.07", "73,273.07"),
            ("1531.31", "1,531.31"),
            ("409.49", "409.49"),
            ("-1234567", "-1,234,567"),
            ("0.00", "0.00"),
        ] {
            assert_eq!(group_thousands(plain), grouped);
        }
    }

    #[test]
    fn tenths_match_std_formatting() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.75,
            1.25,
            2.5,
            -0.25,
            -0.01,
            1e-30,
            -1e-30,
            199.95,
            520.0,
            474.0,
            190.0,
            5e-324,
            1e15,
            123456789.05,
        ];
        for _ in 0..200_000 {
            let r = next();
            values.push((r >> 11) as f64 / (1u64 << 53) as f64 * 1000.0 - 200.0);
            values.push((r % 20_000) as f64 / 40.0 - 100.0);
            values.push(f64::from_bits(r) % 1e6);
        }
        for v in values.into_iter().filter(|v| v.is_finite()) {
            assert_eq!(Tenths(v).to_string(), format!("{v:.1}"), "{v:e}");
        }
    }

    #[test]
    fn growth_figures_parse_like_std() {
        for n in -100_000i64..=100_000 {
            for places in 0..=3 {
                let text = crate::number::canonical(rust_decimal::Decimal::new(n, places));
                assert_eq!(parse_f64(&text), text.parse::<f64>().ok(), "{text}");
            }
        }
        for text in ["", "-", ".5", "5.", "1e3", "+1", "1..2", "abc"] {
            assert_eq!(parse_f64(text), None, "{text}");
        }
        assert_eq!(Whole(520.0).to_string(), "520");
        assert_eq!(Whole(316.0).to_string(), format!("{}", 316.0));
    }
}
