//! `longgang`: the command-line face of the simulator. Prints the projection of a scenario
//! (as a table, CSV or JSON), renders it (static HTML, or the share card as SVG) or prints
//! the dataset, or explains how a figure is made (`explain`), of the report built in or of
//! a report folder given with `--report DIR`.
//! Bad input prints a specific message on stderr, in the `--lang` language or else in
//! every language of the catalogues, and exits with status 2.

use longgang_sim::number::Dec;
use longgang_sim::report::csv as export;
use longgang_sim::report::lang::text;
use longgang_sim::report::{Lang, Messages};
use longgang_sim::scenario::{parse_assumption, GdpMode, Scenario, DEFLATOR_FIELD};
use longgang_sim::{project, Dataset, Error};
use std::process::ExitCode;

const HELP: &str = "\
longgang — {title}: what-if projections from “{report}” ({publisher}, {date})

USAGE:
    longgang project [OPTIONS]     Print the {plan_year} projection for a scenario
    longgang render [OPTIONS]      Print the projection as static HTML (table and SVG chart)
                                   or as the share card (an SVG image)
    longgang explain FIGURE [OPTIONS]
                                   Explain how one figure is made: its formula in words and
                                   with the exact numbers, the rounding, and where each
                                   number comes from (the report's sentence, an assumption)
    longgang explain --list        Name every figure that can be explained
    longgang dataset [--format json]
                                   Print the dataset (figures, targets, quotes, presets)
    longgang --help                Print this help

OPTIONS OF EVERY COMMAND:
    --report DIR           Use the report in folder DIR (its dataset.json and its text)
                           instead of the one built in ({report_id})

PROJECT OPTIONS:
    --preset NAME          Start from a preset: {presets}
    --scenario STRING      Start from a share-link scenario string (v1~…) instead of a preset
    --set ID=PCT           Set the growth of one indicator in percent, e.g. --set gdp=6
                           (repeatable; ids: run `longgang dataset` or see the README)
    --deflator PCT         GDP price change in percent (real to nominal GDP)
    --gdp-mode MODE        direct (GDP growth set directly) or sectors (GDP = sum of sectors)
    --format FORMAT        table (default), csv or json
    --lang LANG            {languages}; zh is the default
                           (also zh-CN, zh-TW, zh-HK, …)

RENDER OPTIONS (besides --preset, --scenario, --set, --deflator, --gdp-mode, --lang):
    --format FORMAT        html (default): a self-contained HTML fragment;
                           svg: the share card, a 1080 px wide SVG image
    --indicators IDS       html only: comma-separated indicator ids to show (default: all)
    --open-url URL         html: link the fragment to the interactive page at this URL;
                           svg: print the QR code of this URL on the card

EXPLAIN OPTIONS (besides --preset, --scenario, --set, --deflator, --gdp-mode, --lang):
    FIGURE                 An indicator id (its projected level), or ID.growth,
                           ID.target_level, ID.gap_level, ID.gap_points, ID.status, or
                           derived.NAME.PERIOD (e.g. derived.urban_rural_ratio.plan)
    --format FORMAT        text (default) or json

EXAMPLES:
    longgang explain gdp --set gdp=6
    longgang explain gdp.status --lang en --format json
    longgang project --preset official --format csv
    longgang project --set gdp=6 --set fai=10 --lang en
    longgang project --gdp-mode sectors --set tertiary=8
    longgang render --preset official --format html --indicators gdp,retail_sales --lang en
    longgang render --set gdp=6 --format svg --open-url https://example.org/#s=v1~… > card.svg
    longgang render --preset official --format svg --lang zh-Hant > card.svg
";

/// A command-line mistake, reported like a core error.
fn usage(detail: impl Into<String>) -> Error {
    Error::InvalidInput {
        detail: detail.into(),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            // The reader's language when the options name one that exists; otherwise every
            // language, since the mistake may be in the option that would have said which.
            let chosen = requested_lang(&args);
            for lang in Lang::all().filter(|lang| chosen.map_or(true, |c| c == *lang)) {
                let message = error.message(lang);
                let code = error.code();
                eprintln!(
                    "{}",
                    text::CliError {
                        code,
                        message: &message
                    }
                    .get(lang)
                );
            }
            eprintln!(
                "{}",
                text::CLI_HELP_HINT.get(chosen.unwrap_or(Lang::DEFAULT))
            );
            ExitCode::from(2)
        }
    }
}

/// The language `--lang` names, when it is given and known.
fn requested_lang(args: &[String]) -> Option<Lang> {
    let value = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        })?;
    Lang::parse(value).ok()
}

/// The help: its languages from the catalogues, the report's title, years and presets
/// from the report's data.
fn help(data: &Dataset) -> String {
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    let presets: Vec<String> = data
        .presets
        .iter()
        .map(|p| match p.id.as_str() {
            "official" => "official (default)".to_string(),
            id => id.to_string(),
        })
        .collect();
    let en = Lang::EN;
    HELP.replace("{languages}", &tags.join(", "))
        .replace("{title}", &longgang_sim::report::words::title(data, en))
        .replace("{report}", en.pick(&data.source.title))
        .replace("{publisher}", en.pick(&data.source.publisher))
        .replace("{date}", &data.source.date)
        .replace("{plan_year}", &data.years.plan.to_string())
        .replace(
            "{report_id}",
            &longgang_sim::embedded().map_or(String::new(), |d| d.source.id.clone()),
        )
        .replace("{presets}", &presets.join(", "))
}

/// Takes `--report DIR` (or `--report=DIR`) out of the arguments: the report folder to
/// load instead of the one built in.
fn report_option(args: &[String]) -> Result<(Option<String>, Vec<String>), Error> {
    let mut rest = Vec::with_capacity(args.len());
    let mut folder = None;
    let mut items = args.iter();
    while let Some(arg) = items.next() {
        let value = match arg.strip_prefix("--report") {
            Some("") => Some(
                items
                    .next()
                    .cloned()
                    .ok_or_else(|| usage("--report needs a value"))?,
            ),
            Some(tail) if tail.starts_with('=') => Some(tail[1..].to_string()),
            _ => None,
        };
        match value {
            Some(_) if folder.is_some() => return Err(usage("give --report once")),
            Some(dir) => folder = Some(dir),
            None => rest.push(arg.clone()),
        }
    }
    Ok((folder, rest))
}

/// The report in folder `dir` (native builds: a WebAssembly build reads no files).
#[cfg(not(target_arch = "wasm32"))]
fn load_folder(dir: &str) -> Result<Dataset, Error> {
    longgang_sim::folder::load(std::path::Path::new(dir))
}

#[cfg(target_arch = "wasm32")]
fn load_folder(_dir: &str) -> Result<Dataset, Error> {
    Err(usage("--report needs a build that reads files"))
}

fn run(args: &[String]) -> Result<String, Error> {
    let (folder, args) = report_option(args)?;
    let data: &Dataset = match folder {
        // Lives as long as the process, like the dataset built in.
        Some(dir) => Box::leak(Box::new(load_folder(&dir)?)),
        None => longgang_sim::embedded()?,
    };
    match args.first().map(String::as_str) {
        None | Some("--help" | "-h" | "help") => Ok(help(data)),
        Some("project") => run_project(data, &args[1..]),
        Some("dataset") => run_dataset(data, &args[1..]),
        Some("render") => run_render(data, &args[1..]),
        Some("explain") => run_explain(data, &args[1..]),
        Some(other) => Err(usage(format!(
            "unknown command {other:?}; use project, render, explain or dataset"
        ))),
    }
}

/// Splits `--name value` and `--name=value` pairs.
fn options(args: &[String]) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--help" || arg == "-h" {
            out.push(("--help".to_string(), String::new()));
            continue;
        }
        if !arg.starts_with("--") {
            return Err(usage(format!("unexpected argument {arg:?}")));
        }
        match arg.split_once('=') {
            Some((name, value)) if name != "--set" || value.contains('=') => {
                out.push((name.to_string(), value.to_string()))
            }
            _ => {
                let value = rest
                    .next()
                    .ok_or_else(|| usage(format!("{arg} needs a value")))?;
                out.push((arg.clone(), value.clone()));
            }
        }
    }
    Ok(out)
}

fn run_dataset(data: &Dataset, args: &[String]) -> Result<String, Error> {
    for (name, value) in options(args)? {
        match (name.as_str(), value.as_str()) {
            ("--help", _) => return Ok(help(data)),
            ("--format", "json") => {}
            ("--format", other) => {
                return Err(usage(format!("dataset prints json only, not {other:?}")))
            }
            (other, _) => return Err(usage(format!("unknown option {other}"))),
        }
    }
    serde_json::to_string_pretty(data)
        .map(|json| json + "\n")
        .map_err(|e| usage(e.to_string()))
}

/// What `project` and `render` were asked for.
struct Request {
    scenario: Scenario,
    lang: Lang,
    format: String,
    indicators: Vec<String>,
    open_url: Option<String>,
}

/// Reads the scenario options shared by `project` and `render`, plus the options of
/// `command`; `formats` lists the formats it accepts, the first being the default.
fn parse_request(
    data: &Dataset,
    args: &[String],
    command: &str,
    formats: &[&str],
) -> Result<Option<Request>, Error> {
    let mut start: Option<Scenario> = None;
    let mut sets = Vec::new();
    let mut deflator = None;
    let mut gdp_mode = None;
    let mut format = formats[0].to_string();
    let mut lang = Lang::DEFAULT;
    let mut indicators = Vec::new();
    let mut open_url = None;
    let rendering = command == "render";
    for (name, value) in options(args)? {
        match name.as_str() {
            "--help" => return Ok(None),
            "--preset" | "--scenario" if start.is_some() => {
                return Err(usage("give one of --preset or --scenario, once"))
            }
            "--preset" => start = Some(Scenario::from_preset(data, &value)?),
            "--scenario" => start = Some(Scenario::decode(data, &value)?),
            "--set" => {
                let (id, pct) = value
                    .split_once('=')
                    .ok_or_else(|| usage(format!("--set takes ID=PCT, not {value:?}")))?;
                sets.push((id.to_string(), pct.to_string()));
            }
            "--deflator" => deflator = Some(value),
            "--gdp-mode" => gdp_mode = Some(GdpMode::parse(&value)?),
            "--format" if formats.contains(&value.as_str()) => format = value,
            "--format" => {
                return Err(usage(format!(
                    "{command} --format is {}, not {value:?}",
                    formats.join(" or ")
                )))
            }
            "--lang" => lang = Lang::parse(&value)?,
            "--indicators" if rendering => {
                indicators = longgang_sim::report::static_html::parse_ids(&value)
            }
            "--open-url" if rendering => open_url = Some(value),
            other => return Err(usage(format!("unknown option {other} for {command}"))),
        }
    }
    let mut scenario = match start {
        Some(scenario) => scenario,
        None => Scenario::from_preset(data, "official")?,
    };
    for (id, pct) in &sets {
        scenario = scenario.with_growth(data, id, pct)?;
    }
    if let Some(text) = deflator {
        scenario.deflator = Dec(parse_assumption(data, DEFLATOR_FIELD, &text)?);
    }
    if let Some(mode) = gdp_mode {
        scenario.gdp_mode = mode;
    }
    Ok(Some(Request {
        scenario,
        lang,
        format,
        indicators,
        open_url,
    }))
}

fn run_project(data: &Dataset, args: &[String]) -> Result<String, Error> {
    let Some(request) = parse_request(data, args, "project", &["table", "csv", "json"])? else {
        return Ok(help(data));
    };
    let Request {
        scenario,
        lang,
        format,
        ..
    } = request;
    let projection = project(data, &scenario)?;
    Ok(match format.as_str() {
        "csv" => export::to_csv(data, &projection, lang),
        "json" => {
            let body = serde_json::json!({
                "scenario": scenario,
                "link": scenario.encode(data),
                "projection": longgang_sim::report::view::projection(data, &projection),
                "figures": figures(&projection),
            });
            serde_json::to_string_pretty(&body).map_err(|e| usage(e.to_string()))? + "\n"
        }
        _ => {
            let mut out = export::to_table(data, &projection, lang);
            let link = scenario.encode(data);
            out.push_str(&format!(
                "\n{}\n",
                text::CliScenario { link: &link }.get(lang)
            ));
            out
        }
    })
}

/// Every derived figure the report declares, by id, shown rounded and exact: a report's
/// own figures, whatever the page reads.
fn figures(projection: &longgang_sim::Projection) -> serde_json::Value {
    use longgang_sim::number::{canonical, round_fixed};
    projection
        .derived
        .figures
        .iter()
        .map(|figure| {
            serde_json::json!({
                "id": figure.id,
                "value": round_fixed(figure.value, figure.decimals),
                "exact": canonical(figure.value),
            })
        })
        .collect()
}

fn run_render(data: &Dataset, args: &[String]) -> Result<String, Error> {
    let Some(request) = parse_request(data, args, "render", &["html", "svg"])? else {
        return Ok(help(data));
    };
    if request.format == "svg" {
        // The card shows every indicator with a target; choosing some is for the table.
        if !request.indicators.is_empty() {
            return Err(usage("--indicators applies to --format html only"));
        }
        return longgang_sim::report::card::card_svg(
            data,
            &request.scenario,
            request.lang,
            request.open_url.as_deref(),
        );
    }
    longgang_sim::report::static_html::render(
        data,
        &request.scenario,
        &request.indicators,
        request.lang,
        request.open_url.as_deref(),
    )
}

fn run_explain(data: &Dataset, args: &[String]) -> Result<String, Error> {
    use longgang_sim::explain;
    use longgang_sim::report::explain::{plain_text, view};
    // The figure comes first; `--list` stands in for it.
    let (figure, rest) = match args.split_first() {
        Some((first, rest)) if !first.starts_with("--") || first == "--list" => {
            (first.as_str(), rest)
        }
        _ => ("", args),
    };
    let Some(request) = parse_request(data, rest, "explain", &["text", "json"])? else {
        return Ok(help(data));
    };
    let projection = project(data, &request.scenario)?;
    if figure == "--list" {
        let list = explain::figures(data, &projection);
        return Ok(match request.format.as_str() {
            "json" => serde_json::to_string_pretty(&list).map_err(|e| usage(e.to_string()))? + "\n",
            _ => list.join("\n") + "\n",
        });
    }
    if figure.is_empty() {
        return Err(usage("explain needs a FIGURE, or --list"));
    }
    let explanation = explain::explain_in(data, &projection, figure)?;
    let shown = view(data, &explanation, request.lang);
    Ok(match request.format.as_str() {
        "json" => serde_json::to_string_pretty(&shown).map_err(|e| usage(e.to_string()))? + "\n",
        _ => plain_text(&shown, request.lang),
    })
}
