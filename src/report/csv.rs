//! Plain-text renderings of a projection in any language of the catalogues: CSV (RFC 4180)
//! for spreadsheets and an aligned text table for terminals. Shared by the CLI and the page.

use crate::dataset::{Dataset, PriceBasis, Qualifier};
use crate::projection::{Projection, Status};
pub use crate::report::lang::Lang;
use crate::report::lang::{text, Text};
use crate::report::{view, words};

/// Label of a status (`status.*`).
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Met => text::STATUS_MET,
        Status::Short => text::STATUS_SHORT,
        Status::Exceeds => text::STATUS_EXCEEDS,
        Status::NoTarget => text::STATUS_NO_TARGET,
    }
    .get(lang)
}

/// Label of a target qualifier (`qualifier.*`).
pub fn qualifier_label(qualifier: Qualifier, lang: Lang) -> &'static str {
    match qualifier {
        Qualifier::AtLeast => text::QUALIFIER_AT_LEAST,
        Qualifier::Above => text::QUALIFIER_ABOVE,
        Qualifier::About => text::QUALIFIER_ABOUT,
    }
    .get(lang)
}

fn price_basis_label(basis: PriceBasis, lang: Lang) -> &'static str {
    match basis {
        PriceBasis::Comparable => text::PRICE_BASIS_COMPARABLE,
        PriceBasis::Current => text::PRICE_BASIS_CURRENT,
    }
    .get(lang)
}

/// The column headings (`csv.*`) in column order, naming the report's years.
fn headers(dataset: &Dataset, lang: Lang) -> Vec<String> {
    let years = words::years(dataset);
    let (base_year, plan_year) = (years.base.as_str(), years.plan.as_str());
    let plain = |text: Text| text.get(lang).to_string();
    vec![
        plain(text::CSV_ID),
        plain(text::CSV_INDICATOR),
        plain(text::CSV_UNIT),
        plain(text::CSV_PRICE_BASIS),
        text::CsvBase { base_year }.get(lang),
        text::CsvBaseGrowth { base_year }.get(lang),
        plain(text::CSV_GROWTH),
        text::CsvProjected { plan_year }.get(lang),
        plain(text::CSV_TARGET_GROWTH),
        plain(text::CSV_TARGET_TYPE),
        text::CsvTargetLevel { plan_year }.get(lang),
        plain(text::CSV_GAP_LEVEL),
        plain(text::CSV_GAP_POINTS),
        plain(text::CSV_STATUS),
    ]
}

/// The projection as rows of cells, header first, in the given language.
pub fn cells(dataset: &Dataset, projection: &Projection, lang: Lang) -> Vec<Vec<String>> {
    let headers = headers(dataset, lang);
    let mut out = vec![headers];
    for row in projection.rows.iter().map(view::row) {
        let Some((_, indicator)) = dataset.indicator(&row.id) else {
            continue;
        };
        let unit = dataset.unit(&row.unit).map_or("", |u| lang.pick(&u.name));
        let base_growth = indicator
            .base_growth
            .as_ref()
            .map(|g| crate::number::canonical(g.value.0));
        let target = row.target.as_ref();
        out.push(vec![
            row.id.clone(),
            lang.pick(&indicator.name).to_string(),
            unit.to_string(),
            price_basis_label(row.price_basis, lang).to_string(),
            row.base.clone(),
            base_growth.unwrap_or_default(),
            row.growth.clone(),
            row.projected.clone(),
            target.map(|t| t.growth.clone()).unwrap_or_default(),
            target
                .map(|t| qualifier_label(t.qualifier, lang).to_string())
                .unwrap_or_default(),
            target.map(|t| t.level.clone()).unwrap_or_default(),
            target.map(|t| t.gap_level.clone()).unwrap_or_default(),
            target.map(|t| t.gap_points.clone()).unwrap_or_default(),
            status_label(row.status, lang).to_string(),
        ]);
    }
    out
}

/// CSV per RFC 4180: CRLF line ends, fields quoted where they hold a comma, quote or line
/// break. No byte-order mark (callers writing files for spreadsheets add one).
pub fn to_csv(dataset: &Dataset, projection: &Projection, lang: Lang) -> String {
    let mut out = String::new();
    for row in cells(dataset, projection, lang) {
        let line: Vec<String> = row.iter().map(|cell| csv_field(cell)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// Columns width in a monospace terminal: East Asian wide characters take two cells.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// An aligned text table, numbers right-aligned, for terminals.
pub fn to_table(dataset: &Dataset, projection: &Projection, lang: Lang) -> String {
    let rows = cells(dataset, projection, lang);
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| display_width(&r[c])).max().unwrap_or(0))
        .collect();
    let numeric = |c: usize| (4..=12).contains(&c) && c != 9;
    let mut out = String::new();
    for (r, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c] - display_width(cell));
            if c > 0 {
                line.push_str("  ");
            }
            if numeric(c) && r > 0 {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(display_width("GDP"), 3);
        assert_eq!(display_width("地区生产总值"), 12);
    }
}
