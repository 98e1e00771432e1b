//! The share card: one scenario's outcome as a self-contained SVG image, 1080 px wide, for
//! passing results on as a picture. The page draws it onto a canvas and saves a PNG; the
//! build rasterises the official card as the page's Open Graph image.
//!
//! The image is read on a phone at about a third of its size, so body text is 30 px and
//! nothing is under 24 px. It needs nothing else: no scripts, no external references, no
//! `style` (presentation attributes only), and every piece of text is escaped. An image
//! has no layout engine, so text widths are estimated (CJK characters 1 em, anything else
//! 0.55 em) to wrap names and keep every line inside its box; figures never wrap. Every
//! figure is the projection's own rounded string, as in the table.

use crate::dataset::{Dataset, Indicator};
use crate::error::Result;
use crate::projection::Status;
use crate::report::csv::status_label;
use crate::report::lang::{text, Lang};
use crate::report::static_html::{amount, check_open_url, escape, parse_f64, status_glyph, Tenths};
// Rows as `view` shows them: the figures as rounded text, never the model's exact values.
use crate::report::view::{self, ProjectionView as Projection, RowView as Row};
use crate::report::words;
use crate::scenario::{GdpMode, Scenario};
use std::fmt::Write;

/// Width of the card in px (and in SVG user units).
pub const WIDTH: i32 = 1080;
/// Empty space kept on the left and right of everything drawn, and above and below.
pub const MARGIN: i32 = 48;
/// The card's background. Every text colour below reaches a contrast of 4.5:1 on it (a
/// test checks them), and no text stands on anything else.
pub const BACKGROUND: &str = "#ffffff";
/// Body text.
pub const TEXT: &str = "#1b1f24";
/// Secondary text.
pub const MUTED: &str = "#4d5661";
/// Headings' accent, the bars.
pub const ACCENT: &str = "#0b5cad";
/// A target met.
pub const MET: &str = "#1a7f37";
/// A target missed.
pub const SHORT: &str = "#b42318";
/// An "about" target clearly exceeded.
pub const EXCEEDS: &str = "#8a4b00";
/// Hairlines: tile borders, the footer rule (not text).
const RULE: &str = "#d0d7de";

const CONTENT: i32 = WIDTH - 2 * MARGIN;
const GUTTER: i32 = 24;
const COLUMN: i32 = (CONTENT - GUTTER) / 2;
/// The QR code is drawn at least this wide, quiet zone included.
const QR_MIN: i32 = 240;

const TITLE: i32 = 52;
const HEADING: i32 = 36;
const ANSWER: i32 = 42;
const FIGURE: i32 = 40;
const BODY: i32 = 30;
const SMALL: i32 = 28;

/// Estimated advance width of `text` at `size` px: wide (CJK) characters 1 em, any other
/// 0.55 em, rounded up. Saturating, so no text is too long to measure.
pub fn text_width(text: &str, size: i32) -> i32 {
    let units = text.chars().fold(0i32, |sum, c| {
        sum.saturating_add(if is_wide(c) { 20 } else { 11 })
    });
    units.saturating_mul(size).saturating_add(19) / 20
}

/// Characters a CJK font draws a full em wide: ideographs, kana, hangul, full-width forms
/// and CJK punctuation, curly quotes, and the geometric shapes and dingbats of the status
/// glyphs (✓ ▲ ▼), which CJK fonts draw wide too.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2018..=0x201F
        | 0x2500..=0x27BF
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6)
}

/// No line starts with one of these.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | ')'
            | ']'
            | '%'
            | '。'
            | '、'
            | '\u{FF0C}'
            | '\u{FF1A}'
            | '\u{FF1B}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF09}'
            | '》'
            | '」'
            | '”'
            | '’'
    )
}

/// No line ends with one of these.
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '\u{FF08}' | '《' | '「' | '“' | '‘')
}

/// The width to leave for `text` at `size`: the estimate with other characters at 0.6 em
/// rather than 0.55, since Latin letters and digits run wider in some fonts (DejaVu Sans,
/// bold faces) and a line that only just fits by the estimate would cross its box in them.
/// CJK characters are a full em in every font, so Chinese needs no such allowance.
fn room(text: &str, size: i32) -> i32 {
    let units = text.chars().fold(0i32, |sum, c| {
        sum.saturating_add(if is_wide(c) { 20 } else { 12 })
    });
    units.saturating_mul(size).saturating_add(19) / 20
}

/// Whether a line may end after `p` when `c` follows: next to a wide character, except
/// before closing or after opening punctuation, and never next to a digit (so a figure
/// keeps its unit and a date stays whole: 436.11亿元, 2024年2月4日).
fn can_break(p: char, c: char) -> bool {
    (is_wide(p) || is_wide(c))
        && !is_opening(p)
        && !is_closing(c)
        && !p.is_ascii_digit()
        && !c.is_ascii_digit()
}

/// Breaks `text` into lines that fit `max` px at `size`, leaving room for Latin fonts
/// wider than the estimate: at spaces, and between a wide character and its neighbour
/// (Chinese breaks between any two characters), never before closing or after opening
/// punctuation, never next to a digit (so figures keep their units and dates stay whole)
/// and never inside a run of other characters (a word or a figure). A run wider than a
/// whole line alone is cut by characters, so no line is ever wider than `max`.
pub fn wrap(text: &str, size: i32, max: i32) -> Vec<String> {
    // Unbreakable pieces, each with whether a space came before it.
    let mut pieces: Vec<(bool, String)> = Vec::new();
    let mut space = false;
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if c == ' ' {
            space = true;
            previous = None;
            continue;
        }
        let joins = previous.is_some_and(|p| !can_break(p, c));
        match pieces.last_mut() {
            Some((_, piece)) if joins => piece.push(c),
            _ => pieces.push((space, c.to_string())),
        }
        space = false;
        previous = Some(c);
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for (space, piece) in pieces {
        let gap = if space && !line.is_empty() { " " } else { "" };
        let joined = format!("{line}{gap}{piece}");
        if line.is_empty() || room(&joined, size) <= max {
            line = joined;
        } else {
            lines.push(std::mem::take(&mut line));
            line = piece;
        }
        // A piece too wide for any line: cut it where the line is full.
        while !line.is_empty() && room(&line, size) > max {
            let mut head = String::new();
            let mut rest = line.chars().peekable();
            while let Some(&c) = rest.peek() {
                if !head.is_empty() && room(&format!("{head}{c}"), size) > max {
                    break;
                }
                head.push(c);
                rest.next();
            }
            let tail: String = rest.collect();
            lines.push(head);
            line = tail;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Height of a line of text at `size`: 4/3 of the size.
fn leading(size: i32) -> i32 {
    size * 4 / 3
}

/// How a `<text>` lines up with its `x`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// Size, weight and colour of a run of text.
#[derive(Clone, Copy)]
struct Font {
    size: i32,
    bold: bool,
    fill: &'static str,
}

const fn font(size: i32, bold: bool, fill: &'static str) -> Font {
    Font { size, bold, fill }
}

/// The SVG body being written, top to bottom.
struct Canvas {
    svg: String,
    /// Every text's estimated extent and the box it must stay in, for the tests.
    #[cfg(test)]
    spans: Vec<(i32, i32, i32, i32)>,
}

impl Canvas {
    /// One line of text with its baseline at `y`, kept within `bounds` (left, right).
    fn text(
        &mut self,
        x: i32,
        y: i32,
        font: Font,
        anchor: Anchor,
        content: &str,
        bounds: (i32, i32),
    ) {
        // The layout keeps every text inside its box by construction; the tests check it.
        let _ = bounds;
        #[cfg(test)]
        {
            let width = text_width(content, font.size);
            let left = match anchor {
                Anchor::Start => x,
                Anchor::Middle => x - width / 2,
                Anchor::End => x - width,
            };
            self.spans.push((left, left + width, bounds.0, bounds.1));
        }
        let _ = writeln!(
            self.svg,
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\"{} fill=\"{}\"{}>{}</text>",
            font.size,
            if font.bold {
                " font-weight=\"700\""
            } else {
                ""
            },
            font.fill,
            match anchor {
                Anchor::Start => "",
                Anchor::Middle => " text-anchor=\"middle\"",
                Anchor::End => " text-anchor=\"end\"",
            },
            escape(content)
        );
    }

    /// Lines from `top`, one [`leading`] apart; returns the height they take.
    fn lines(
        &mut self,
        x: i32,
        top: i32,
        font: Font,
        anchor: Anchor,
        lines: &[String],
        bounds: (i32, i32),
    ) -> i32 {
        let step = leading(font.size);
        let mut baseline = top + font.size;
        for line in lines {
            self.text(x, baseline, font, anchor, line, bounds);
            baseline += step;
        }
        step * lines.len() as i32
    }

    /// A paragraph wrapped to `width` from `x`; returns its height.
    fn paragraph(&mut self, x: i32, top: i32, width: i32, font: Font, text: &str) -> i32 {
        let lines = wrap(text, font.size, width);
        self.lines(x, top, font, Anchor::Start, &lines, (x, x + width))
    }

    /// A filled rectangle.
    fn rect(&mut self, x: i32, y: i32, width: i32, height: i32, fill: &str) {
        let _ = writeln!(
            self.svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{fill}\"/>"
        );
    }
}

fn name(indicator: &Indicator, lang: Lang) -> &str {
    lang.pick(&indicator.name)
}

fn status_colour(status: Status) -> &'static str {
    match status {
        Status::Met => MET,
        Status::Short => SHORT,
        Status::Exceeds => EXCEEDS,
        Status::NoTarget => MUTED,
    }
}

/// The scenario's name: a preset's when it is exactly that preset (every growth figure,
/// the default deflator, GDP set directly), else "custom".
pub fn scenario_name(dataset: &Dataset, scenario: &Scenario, lang: Lang) -> String {
    let preset = dataset
        .presets
        .iter()
        .find(|p| Scenario::from_preset(dataset, &p.id).is_ok_and(|s| s == *scenario));
    match preset {
        Some(p) => text::CardPreset {
            name: lang.pick(&p.name),
        }
        .get(lang),
        None => text::CARD_CUSTOM.get(lang).to_string(),
    }
}

/// A signed gap in points from the projection's rounded string: `−0.50`, `+1.00`, `0.00`
/// (a true minus sign, which reads better than a hyphen at this size).
fn signed(points: &str) -> String {
    match points.strip_prefix('-') {
        Some(magnitude) => format!("−{magnitude}"),
        None if points.bytes().all(|b| b == b'0' || b == b'.') => points.to_string(),
        None => format!("+{points}"),
    }
}

/// A growth figure with a true minus sign: `−20%` rather than `-20%`.
fn percent(growth: &str) -> String {
    match growth.strip_prefix('-') {
        Some(magnitude) => format!("−{magnitude}%"),
        None => format!("{growth}%"),
    }
}

/// The report's date as the catalogue writes a day, kept on one line (no-break spaces);
/// any other text as it is.
fn date(text: &str, lang: Lang) -> String {
    crate::report::static_html::day(text, lang)
        .map_or_else(|| text.to_string(), |day| day.replace(' ', "\u{a0}"))
}

/// Lays out every part of the card on a fresh canvas; returns it and the height used.
fn draw(
    dataset: &Dataset,
    scenario: &Scenario,
    lang: Lang,
    qr: Option<&crate::report::qr::QrPath>,
) -> Result<(Canvas, i32)> {
    let projection = view::projection(dataset, &crate::projection::project(dataset, scenario)?);
    let mut canvas = Canvas {
        svg: String::new(),
        #[cfg(test)]
        spans: Vec::new(),
    };
    let name = scenario_name(dataset, scenario, lang);
    let mut y = header(&mut canvas, &words::title(dataset, lang), &name, lang);
    let plan = words::years(dataset).plan;
    // The projection's rows come in dataset order, one per indicator.
    let targeted: Vec<(&Indicator, &Row)> = dataset
        .indicators
        .iter()
        .zip(&projection.rows)
        .filter(|(_, row)| row.target.is_some())
        .collect();
    y = answer(&mut canvas, y, &targeted, &plan, lang);
    y = tiles(&mut canvas, y, dataset, &targeted, lang);
    y = chart(&mut canvas, y, &targeted, &plan, lang);
    y = assumptions(&mut canvas, y, dataset, &projection, lang);
    y = footer(&mut canvas, y, dataset, qr, lang);
    Ok((canvas, y))
}

/// Renders the share card of `scenario` in `lang` as an SVG document; with `open_url`
/// (checked like the static table's link: http(s) or a path), its QR code.
pub fn card_svg(
    dataset: &Dataset,
    scenario: &Scenario,
    lang: Lang,
    open_url: Option<&str>,
) -> Result<String> {
    if let Some(url) = open_url {
        check_open_url(url)?;
    }
    let qr = open_url.map(crate::report::qr::svg_path).transpose()?;
    let (canvas, y) = draw(dataset, scenario, lang, qr.as_ref())?;
    let height = y + MARGIN;
    let mut svg = String::with_capacity(canvas.svg.len() + 1024);
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"{}\" xml:lang=\"{}\">",
        escape(lang.fonts()),
        lang.attribute(),
    );
    let _ = writeln!(
        svg,
        "<title>{}</title>",
        escape(&format!(
            "{} · {}",
            words::title(dataset, lang),
            scenario_name(dataset, scenario, lang)
        ))
    );
    let _ = writeln!(
        svg,
        "<rect width=\"{WIDTH}\" height=\"{height}\" fill=\"{BACKGROUND}\"/>"
    );
    let _ = writeln!(
        svg,
        "<rect width=\"{WIDTH}\" height=\"12\" fill=\"{ACCENT}\"/>"
    );
    svg.push_str(&canvas.svg);
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// Title, scenario name and the what-if caveat; returns the y below them.
fn header(canvas: &mut Canvas, title: &str, name: &str, lang: Lang) -> i32 {
    let mut y = MARGIN;
    y += canvas.paragraph(MARGIN, y, CONTENT, font(TITLE, true, TEXT), title);
    y += 8;
    y += canvas.paragraph(MARGIN, y, CONTENT, font(HEADING, true, ACCENT), name);
    let caveat = text::CARD_CAVEAT.get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(BODY, false, MUTED), caveat);
    y + 32
}

/// The answer in one sentence: how many targets are met, exceeded and missed.
fn answer(
    canvas: &mut Canvas,
    mut y: i32,
    targeted: &[(&Indicator, &Row)],
    plan_year: &str,
    lang: Lang,
) -> i32 {
    let count = |status: Status| targeted.iter().filter(|(_, r)| r.status == status).count();
    let (total, met, exceeds, short) = (
        targeted.len(),
        count(Status::Met),
        count(Status::Exceeds),
        count(Status::Short),
    );
    let sentence = text::CardAnswer {
        total: &total.to_string(),
        met: &met.to_string(),
        exceeds: &exceeds.to_string(),
        short: &short.to_string(),
    }
    .get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(ANSWER, true, TEXT), &sentence);
    let basis = text::CardBasis { plan_year }.get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(BODY, false, MUTED), &basis);
    y + 32
}

/// One tile per targeted indicator, two to a row: name, projected level, status, gap.
fn tiles(
    canvas: &mut Canvas,
    mut y: i32,
    dataset: &Dataset,
    targeted: &[(&Indicator, &Row)],
    lang: Lang,
) -> i32 {
    const STRIPE: i32 = 8;
    const PAD: i32 = 24;
    let inner = COLUMN - STRIPE - 2 * PAD;
    let heading = text::CardTiles {
        plan_year: &words::years(dataset).plan,
    }
    .get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(HEADING, true, TEXT), &heading);
    y += 16;
    for pair in targeted.chunks(2) {
        struct Tile {
            name: Vec<String>,
            figure: String,
            figure_size: i32,
            status: Vec<String>,
            gap: Vec<String>,
        }
        let contents: Vec<Tile> = pair
            .iter()
            .map(|(indicator, row)| {
                let figure = amount(dataset, indicator, &row.projected, lang);
                // A figure never wraps: a long one is set smaller instead.
                let mut figure_size = FIGURE;
                while figure_size > BODY && room(&figure, figure_size) > inner {
                    figure_size -= 2;
                }
                let status = format!(
                    "{} {}",
                    status_glyph(row.status),
                    status_label(row.status, lang)
                );
                let points = row.target.as_ref().map_or("", |t| t.gap_points.as_str());
                let gap = text::CardGap {
                    points: &signed(points),
                }
                .get(lang);
                Tile {
                    name: wrap(name(indicator, lang), BODY, inner),
                    figure,
                    figure_size,
                    status: wrap(&status, BODY, inner),
                    gap: wrap(&gap, BODY, inner),
                }
            })
            .collect();
        // Names take as many lines in both tiles, so the figures line up across the row.
        let name_lines = contents.iter().map(|t| t.name.len()).max().unwrap_or(0) as i32;
        let height_of = |t: &Tile| {
            let lines = name_lines + (t.status.len() + t.gap.len()) as i32;
            PAD + lines * leading(BODY) + 8 + leading(FIGURE) + 8 + PAD
        };
        let height = contents.iter().map(height_of).max().unwrap_or(0);
        for (column, (tile, (_, row))) in contents.iter().zip(pair).enumerate() {
            let left = MARGIN + column as i32 * (COLUMN + GUTTER);
            let colour = status_colour(row.status);
            let _ = writeln!(
                canvas.svg,
                "<rect x=\"{left}\" y=\"{y}\" width=\"{COLUMN}\" height=\"{height}\" fill=\"{BACKGROUND}\" stroke=\"{RULE}\" stroke-width=\"2\"/>"
            );
            canvas.rect(left, y, STRIPE, height, colour);
            let x = left + STRIPE + PAD;
            let bounds = (x, x + inner);
            let mut top = y + PAD;
            canvas.lines(
                x,
                top,
                font(BODY, false, TEXT),
                Anchor::Start,
                &tile.name,
                bounds,
            );
            top += name_lines * leading(BODY) + 8;
            let figure_font = font(tile.figure_size, true, TEXT);
            // The figure's line is as tall as a full-size one, so tiles line up.
            let baseline = top + (leading(FIGURE) + tile.figure_size) / 2;
            canvas.text(
                x,
                baseline,
                figure_font,
                Anchor::Start,
                &tile.figure,
                bounds,
            );
            top += leading(FIGURE) + 8;
            top += canvas.lines(
                x,
                top,
                font(BODY, true, colour),
                Anchor::Start,
                &tile.status,
                bounds,
            );
            canvas.lines(
                x,
                top,
                font(BODY, false, MUTED),
                Anchor::Start,
                &tile.gap,
                bounds,
            );
        }
        y += height + GUTTER;
    }
    y + 8
}

/// Bars of the 2024 growth assumptions with the targets as marks, names on the left and
/// values on the right, the axis at zero.
fn chart(
    canvas: &mut Canvas,
    mut y: i32,
    targeted: &[(&Indicator, &Row)],
    plan_year: &str,
    lang: Lang,
) -> i32 {
    const LABEL_MAX: i32 = 360;
    const BAR: i32 = 28;
    const MARK: i32 = 48;
    let label_font = font(SMALL, false, TEXT);
    let heading = text::CardChart { plan_year }.get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(HEADING, true, TEXT), &heading);
    y += 8;
    y = legend(canvas, y, plan_year, lang);
    y += 16;

    let labels: Vec<Vec<String>> = targeted
        .iter()
        .map(|(indicator, _)| wrap(name(indicator, lang), SMALL, LABEL_MAX))
        .collect();
    let values: Vec<String> = targeted
        .iter()
        .map(|(_, row)| percent(&row.growth))
        .collect();
    let label_width = labels
        .iter()
        .flatten()
        .map(|l| room(l, SMALL))
        .max()
        .unwrap_or(0);
    let value_width = values.iter().map(|v| room(v, SMALL)).max().unwrap_or(0);
    let plot_left = f64::from(MARGIN + label_width + GUTTER);
    let plot_right = f64::from(WIDTH - MARGIN - value_width - GUTTER);
    // Coordinates only: the figures written are the projection's strings.
    let numbers: Vec<(f64, Option<f64>)> = targeted
        .iter()
        .map(|(_, row)| {
            let target = row.target.as_ref().and_then(|t| parse_f64(&t.growth));
            (parse_f64(&row.growth).unwrap_or(0.0), target)
        })
        .collect();
    let every = numbers
        .iter()
        .flat_map(|(g, t)| std::iter::once(*g).chain(*t));
    let low = every.clone().fold(0.0_f64, f64::min).floor();
    let high = every.fold(1.0_f64, f64::max).ceil();
    let x = |v: f64| plot_left + (v - low) / (high - low) * (plot_right - plot_left);

    let top = y;
    let mut rows = String::new();
    for ((label, value), (growth, target)) in labels.iter().zip(&values).zip(&numbers) {
        let height = (label.len() as i32 * leading(SMALL)).max(MARK) + 16;
        let middle = y + height / 2;
        // Centres the block of label lines on the bar, as the value's line is centred.
        let first_baseline =
            middle + SMALL * 7 / 20 - (label.len() as i32 - 1) * leading(SMALL) / 2;
        canvas.lines(
            MARGIN,
            first_baseline - SMALL,
            label_font,
            Anchor::Start,
            label,
            (MARGIN, MARGIN + label_width),
        );
        let (left, right) = if *growth < 0.0 {
            (x(*growth), x(0.0))
        } else {
            (x(0.0), x(*growth))
        };
        let _ = writeln!(
            rows,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR}\" fill=\"{ACCENT}\"/>",
            Tenths(left),
            middle - BAR / 2,
            Tenths((right - left).max(2.0))
        );
        if let Some(target) = target {
            let _ = writeln!(
                rows,
                "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{TEXT}\" stroke-width=\"4\"/>",
                Tenths(x(*target)),
                middle - MARK / 2,
                middle + MARK / 2
            );
        }
        canvas.text(
            WIDTH - MARGIN,
            middle + SMALL * 7 / 20,
            font(SMALL, true, TEXT),
            Anchor::End,
            value,
            (WIDTH - MARGIN - value_width, WIDTH - MARGIN),
        );
        y += height;
    }
    let _ = writeln!(
        canvas.svg,
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{MUTED}\" stroke-width=\"2\"/>",
        Tenths(x(0.0)),
        top,
        y
    );
    canvas.svg.push_str(&rows);
    y + 40
}

/// The chart's key on one line: a bar sample and its words, a mark sample and its words.
fn legend(canvas: &mut Canvas, y: i32, plan_year: &str, lang: Lang) -> i32 {
    let words = font(SMALL, false, MUTED);
    let bar = text::CardLegendBar { plan_year }.get(lang);
    let bar = bar.as_str();
    let mark = text::CARD_LEGEND_MARK.get(lang);
    let baseline = y + SMALL;
    let middle = baseline - SMALL * 7 / 20;
    let mut x = MARGIN;
    canvas.rect(x, middle - 10, 40, 20, ACCENT);
    x += 52;
    canvas.text(
        x,
        baseline,
        words,
        Anchor::Start,
        bar,
        (MARGIN, WIDTH - MARGIN),
    );
    x += room(bar, SMALL) + 32;
    let _ = writeln!(
        canvas.svg,
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{TEXT}\" stroke-width=\"4\"/>",
        x + 2,
        middle - 16,
        middle + 16
    );
    x += 16;
    canvas.text(
        x,
        baseline,
        words,
        Anchor::Start,
        mark,
        (MARGIN, WIDTH - MARGIN),
    );
    y + leading(SMALL)
}

/// Every assumption behind the figures, two columns of name and value, then the GDP mode
/// and the price change.
fn assumptions(
    canvas: &mut Canvas,
    mut y: i32,
    dataset: &Dataset,
    projection: &Projection,
    lang: Lang,
) -> i32 {
    let heading = text::CardAssumptions {
        plan_year: &words::years(dataset).plan,
    }
    .get(lang);
    y += canvas.paragraph(MARGIN, y, CONTENT, font(HEADING, true, TEXT), &heading);
    y += 12;
    let mut items: Vec<(String, String)> = dataset
        .indicators
        .iter()
        .zip(&projection.rows)
        .map(|(indicator, row)| {
            let value = if row.growth_derived {
                text::CardDerived {
                    growth: &percent(&row.growth),
                }
                .get(lang)
            } else {
                percent(&row.growth)
            };
            (name(indicator, lang).to_string(), value)
        })
        .collect();
    let mode = match projection.gdp_mode {
        GdpMode::Direct => text::CARD_GDP_MODE_DIRECT,
        GdpMode::Sectors => text::CARD_GDP_MODE_SECTORS,
    };
    items.push((
        text::CARD_GDP_MODE.get(lang).to_string(),
        mode.get(lang).to_string(),
    ));
    items.push((
        text::CARD_DEFLATOR.get(lang).to_string(),
        percent(&projection.deflator),
    ));
    // Wider apart than the tiles: a value ending one column must not read as the start of
    // the next.
    const SPLIT: i32 = 72;
    let width = (CONTENT - SPLIT) / 2;
    let step = leading(BODY);
    for pair in items.chunks(2) {
        let mut height = 0;
        for (column, (label, value)) in pair.iter().enumerate() {
            let left = MARGIN + column as i32 * (width + SPLIT);
            let right = left + width;
            let value_width = room(value, BODY);
            let label_lines = wrap(label, BODY, width - value_width - 16);
            let used = canvas.lines(
                left,
                y,
                font(BODY, false, TEXT),
                Anchor::Start,
                &label_lines,
                (left, right - value_width - 16),
            );
            canvas.text(
                right,
                y + BODY,
                font(BODY, true, TEXT),
                Anchor::End,
                value,
                (right - value_width, right),
            );
            height = height.max(used);
        }
        y += height.max(step) + 6;
        // A hairline under each row guides the eye from a name to its value.
        for column in 0..pair.len() as i32 {
            let left = MARGIN + column * (width + SPLIT);
            let _ = writeln!(
                canvas.svg,
                "<line x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{RULE}\" stroke-width=\"1\"/>",
                left + width
            );
        }
        y += 8;
    }
    y + 32
}

/// The source and, with a link, its QR code with a caption; returns the y below them.
fn footer(
    canvas: &mut Canvas,
    mut y: i32,
    dataset: &Dataset,
    qr: Option<&crate::report::qr::QrPath>,
    lang: Lang,
) -> i32 {
    let _ = writeln!(
        canvas.svg,
        "<line x1=\"{MARGIN}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{RULE}\" stroke-width=\"2\"/>",
        WIDTH - MARGIN
    );
    y += 24;
    let source = &dataset.source;
    let when = date(&source.date, lang);
    let text = text::CardSource {
        title: lang.pick(&source.title),
        publisher: lang.pick(&source.publisher),
        date: &when,
    }
    .get(lang);
    let Some(qr) = qr else {
        return y + canvas.paragraph(MARGIN, y, CONTENT, font(SMALL, false, MUTED), &text);
    };
    // Whole pixels per module keep the code crisp; at least QR_MIN px in all.
    let size = i32::try_from(qr.size).unwrap_or(i32::MAX).max(1);
    let scale = (QR_MIN.saturating_add(size - 1) / size).max(1);
    let side = size.saturating_mul(scale);
    let qr_left = WIDTH - MARGIN - side;
    let text_height = canvas.paragraph(
        MARGIN,
        y,
        qr_left - GUTTER - MARGIN - 8,
        font(SMALL, false, MUTED),
        &text,
    );
    canvas.rect(qr_left, y, side, side, BACKGROUND);
    let _ = writeln!(
        canvas.svg,
        "<path transform=\"translate({qr_left} {y}) scale({scale})\" d=\"{}\" fill=\"#000000\" shape-rendering=\"crispEdges\"/>",
        qr.path
    );
    let caption = wrap(text::CARD_SCAN.get(lang), SMALL, side);
    let caption_height = canvas.lines(
        qr_left + side / 2,
        y + side + 8,
        font(SMALL, true, TEXT),
        Anchor::Middle,
        &caption,
        (qr_left, qr_left + side),
    );
    y + text_height.max(side + 8 + caption_height)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    #[test]
    fn every_text_colour_reaches_four_and_a_half_to_one() {
        let background = luminance(BACKGROUND);
        for colour in [TEXT, MUTED, ACCENT, MET, SHORT, EXCEEDS] {
            let ratio = (background + 0.05) / (luminance(colour) + 0.05);
            assert!(ratio >= 4.5, "{colour}: {ratio:.2}");
        }
    }

    #[test]
    fn widths_count_cjk_as_one_em() {
        assert_eq!(text_width("地区生产总值", 30), 180);
        assert_eq!(text_width("6.5%", 20), 44);
        assert_eq!(text_width("", 30), 0);
    }

    #[test]
    fn lines_break_at_spaces_and_between_chinese_characters_but_never_in_a_figure() {
        let english = wrap("Value added of industry above designated size", 30, 424);
        assert_eq!(
            english,
            ["Value added of industry", "above designated size"]
        );
        let chinese = wrap("城镇居民人均可支配收入", 30, 200);
        assert_eq!(chinese, ["城镇居民人均", "可支配收入"]);
        // The figure moves to the next line whole; the closing mark stays with its word.
        let mixed = wrap("增长到73,273.07元。", 30, 300);
        assert_eq!(mixed, ["增长", "到73,273.07元。"]);
        assert_eq!(wrap("报告2024年2月4日", 30, 240), ["报", "告2024年2月4日"]);
        for lines in [&english, &chinese, &mixed] {
            assert!(lines.iter().all(|l| !l.starts_with(['。', ',', ' '])));
        }
        let long = wrap(&"x".repeat(100), 30, 300);
        assert!(long.len() > 1 && long.iter().all(|l| room(l, 30) <= 300));
        assert_eq!(wrap("", 30, 100), [""]);
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(date("2024-02-04", Lang::ZH), "2024年2月4日");
        assert_eq!(date("2024-02-04", Lang::EN), "4\u{a0}February\u{a0}2024");
        assert_eq!(date("early 2024", Lang::EN), "early 2024");
        assert_eq!(date("2024-13-04", Lang::ZH), "2024-13-04");
    }

    #[test]
    fn growth_figures_use_a_true_minus() {
        assert_eq!(percent("-20"), "−20%");
        assert_eq!(percent("6.5"), "6.5%");
    }

    #[test]
    fn gaps_carry_their_sign() {
        assert_eq!(signed("-0.50"), "−0.50");
        assert_eq!(signed("1.00"), "+1.00");
        assert_eq!(signed("0.00"), "0.00");
    }

    /// Renders like [`card_svg`] but keeps the canvas, to see every text against its box.
    fn spans(scenario: &Scenario, lang: Lang) -> Vec<(i32, i32, i32, i32)> {
        let dataset = crate::embedded().unwrap();
        let qr = crate::report::qr::svg_path("https://example.org/whatif/#s=v1~D0~M0").unwrap();
        draw(dataset, scenario, lang, Some(&qr)).unwrap().0.spans
    }

    #[test]
    fn no_text_leaves_its_box() {
        let dataset = crate::embedded().unwrap();
        let mut scenarios: Vec<Scenario> = dataset
            .presets
            .iter()
            .map(|p| Scenario::from_preset(dataset, &p.id).unwrap())
            .collect();
        // The widest figures the ranges allow, and negative growth everywhere.
        let mut widest = scenarios[0].clone();
        let mut lowest = scenarios[0].clone();
        for indicator in &dataset.indicators {
            widest
                .growth
                .insert(indicator.id.clone(), indicator.range.max);
            lowest
                .growth
                .insert(indicator.id.clone(), indicator.range.min);
        }
        lowest.gdp_mode = GdpMode::Sectors;
        lowest.deflator = dataset.deflator.min;
        scenarios.extend([widest, lowest]);
        for scenario in &scenarios {
            for lang in Lang::all() {
                for (left, right, min, max) in spans(scenario, lang) {
                    assert!(
                        left >= min && right <= max,
                        "{left}..{right} in {min}..{max}"
                    );
                    assert!(min >= MARGIN && max <= WIDTH - MARGIN);
                }
            }
        }
    }
}
