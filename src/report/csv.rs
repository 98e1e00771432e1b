//! Plain-text renderings of a projection in Chinese or English: CSV (RFC 4180) for
//! spreadsheets and an aligned text table for terminals. Shared by the CLI and the page.

use crate::dataset::{Dataset, PriceBasis, Qualifier};
use crate::projection::{Projection, Status};
use crate::report::view;

/// Language of labels and names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// Reads `zh` or `en`.
    pub fn parse(text: &str) -> Option<Lang> {
        match text {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Label of a status.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Met => lang.pick("达到目标", "meets target"),
        Status::Short => lang.pick("低于目标", "falls short"),
        Status::Exceeds => lang.pick("高于目标", "exceeds target"),
        Status::NoTarget => lang.pick("无目标", "no target"),
    }
}

/// Label of a target qualifier.
pub fn qualifier_label(qualifier: Qualifier, lang: Lang) -> &'static str {
    match qualifier {
        Qualifier::AtLeast => lang.pick("以上", "at least"),
        Qualifier::Above => lang.pick("超过", "more than"),
        Qualifier::About => lang.pick("左右", "about"),
    }
}

fn price_basis_label(basis: PriceBasis, lang: Lang) -> &'static str {
    match basis {
        PriceBasis::Comparable => lang.pick("可比价", "comparable prices"),
        PriceBasis::Current => lang.pick("现价", "current prices"),
    }
}

const HEADERS_ZH: [&str; 14] = [
    "编号",
    "指标",
    "单位",
    "价格口径",
    "2023年",
    "2023年增速%",
    "假设增速%",
    "2024年推算",
    "目标增速%",
    "目标口径",
    "2024年目标值",
    "差距(数值)",
    "差距(百分点)",
    "状态",
];
const HEADERS_EN: [&str; 14] = [
    "id",
    "indicator",
    "unit",
    "price basis",
    "2023",
    "2023 growth %",
    "assumed growth %",
    "2024 projected",
    "target growth %",
    "target type",
    "2024 target level",
    "gap (level)",
    "gap (points)",
    "status",
];

/// The projection as rows of cells, header first, in the given language.
pub fn cells(dataset: &Dataset, projection: &Projection, lang: Lang) -> Vec<Vec<String>> {
    let headers = lang.pick_headers();
    let mut out = vec![headers.iter().map(|h| h.to_string()).collect::<Vec<_>>()];
    for row in projection.rows.iter().map(view::row) {
        let Some((_, indicator)) = dataset.indicator(&row.id) else {
            continue;
        };
        let unit = dataset
            .unit(&row.unit)
            .map_or("", |u| lang.pick(&u.zh, &u.en));
        let growth_2023 = indicator
            .growth_2023
            .as_ref()
            .map(|g| crate::number::canonical(g.value.0));
        let target = row.target.as_ref();
        out.push(vec![
            row.id.clone(),
            lang.pick(&indicator.name_zh, &indicator.name_en)
                .to_string(),
            unit.to_string(),
            price_basis_label(row.price_basis, lang).to_string(),
            row.base.clone(),
            growth_2023.unwrap_or_default(),
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

impl Lang {
    fn pick_headers(self) -> &'static [&'static str; 14] {
        match self {
            Lang::Zh => &HEADERS_ZH,
            Lang::En => &HEADERS_EN,
        }
    }
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
