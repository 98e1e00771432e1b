//! A second, clearly fictional report (`tests/fixtures/example-county/`: an invented
//! "示例县 / Example County" with invented years, 2030 and 2031) goes through everything a
//! report goes through — the dataset checks against its own text, the projection and its
//! targets, its derived figures, the CLI and the static renderer — with no code of its
//! own: a new report is data only. Its numbers below are worked out from its text by hand.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use longgang_sim::dataset::{Dataset, Qualifier};
use longgang_sim::number::{canonical, round_fixed};
use longgang_sim::projection::{project, Status};
use longgang_sim::report::static_html::{escape, render};
use longgang_sim::report::{Lang, Messages};
use longgang_sim::scenario::{GdpMode, Scenario};
use std::path::Path;
use std::process::Output;
use std::sync::OnceLock;
use support::{longgang, stdout};

const FOLDER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/example-county");
const TEXT: &str = include_str!("fixtures/example-county/report.txt");
const JSON: &str = include_str!("fixtures/example-county/dataset.json");

fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| longgang_sim::folder::load(Path::new(FOLDER)).unwrap())
}

fn official() -> Scenario {
    Scenario::from_preset(data(), "official").unwrap()
}

fn with_report(args: &[&str]) -> Output {
    let mut all = vec!["--report", FOLDER];
    all.extend_from_slice(args);
    longgang(&all)
}

#[test]
fn it_is_obviously_fictional() {
    for lang in Lang::all() {
        let title = lang.pick(&data().source.title);
        assert!(
            ["虚构", "虛構", "Fictional"]
                .iter()
                .any(|w| title.contains(w)),
            "{title}"
        );
    }
    assert!(TEXT.starts_with("【虚构示例,非真实数据】"));
    assert_eq!((data().years.base, data().years.plan), (2030, 2031));
    assert_ne!(
        data().source.id,
        longgang_sim::embedded().unwrap().source.id
    );
}

#[test]
fn every_quote_is_verbatim_in_its_own_text_and_holds_its_number() {
    let claims = data().claims();
    assert_eq!(claims.len(), 15, "{claims:?}");
    for (path, number, quote) in &claims {
        assert!(TEXT.contains(quote), "{path}: {quote}");
        if let Some(number) = number {
            assert!(quote.contains(&canonical(*number)), "{path}: {quote}");
        }
    }
}

/// The report's own account of its base year is optional: this report gives none, and
/// loads, checks and projects all the same.
#[test]
fn it_needs_no_account_of_its_base_year() {
    assert!(data().base_account.is_none());
    assert!(!JSON.contains("baseAccount"));
    assert!(data()
        .claims()
        .iter()
        .all(|(path, _, _)| !path.starts_with("baseAccount")));
}

#[test]
fn a_quote_not_in_its_text_or_without_its_number_is_refused() {
    let cases = [
        (
            "全县实现县域生产总值120.5亿元",
            "全县实现县域生产总值121.5亿元",
            "not verbatim",
        ),
        (
            "\"value\": \"120.5\"",
            "\"value\": \"20.5\"",
            "does not hold the number 20.5",
        ),
    ];
    for (from, to, reason) in cases {
        let edited = Dataset::from_json(&JSON.replacen(from, to, 2)).unwrap();
        let error = edited.check_quotes(TEXT).unwrap_err();
        assert!(error.message(Lang::EN).contains(reason), "{error:?}");
        assert!(
            error.message(Lang::EN).contains("indicators[0].base"),
            "{error:?}"
        );
    }
    // Its quotes are its own: the shipped report's text holds none of them.
    let shipped = include_str!("../seeds/reports/longgang-2024/000_f855646ea6645c30.txt");
    assert!(data().check_quotes(shipped).is_err());
}

#[test]
fn its_targets_and_projection() {
    let projection = project(data(), &official()).unwrap();
    // (id, target, qualifier, projected level shown, status)
    let table = [
        (
            "output",
            Some(("6", Qualifier::AtLeast)),
            "127.73",
            Status::Met,
        ),
        (
            "retail",
            Some(("5", Qualifier::About)),
            "50.72",
            Status::Met,
        ),
        ("tourism", None, "13.80", Status::NoTarget),
        (
            "income",
            Some(("6", Qualifier::About)),
            "43672.00",
            Status::Met,
        ),
    ];
    assert_eq!(projection.rows.len(), table.len());
    for ((id, target, projected, status), row) in table.iter().zip(&projection.rows) {
        assert_eq!(row.id, *id);
        assert_eq!(
            row.target
                .as_ref()
                .map(|t| (canonical(t.growth), t.qualifier)),
            target.map(|(g, q)| (g.to_string(), q)),
            "{id}"
        );
        assert_eq!(round_fixed(row.projected, row.decimals), *projected, "{id}");
        assert_eq!(row.status, *status, "{id}");
    }
    // 120.5 × 1.06 = 127.73 exactly; last year's pace for output is 5.2: short of 6% or more.
    assert_eq!(canonical(projection.rows[0].projected), "127.73");
    let steady = Scenario::from_preset(data(), "steady").unwrap();
    let projection = project(data(), &steady).unwrap();
    assert_eq!(projection.rows[0].status, Status::Short);
    assert_eq!(canonical(projection.rows[2].growth), "9.5");
    // Only the presets it declares.
    assert!(Scenario::from_preset(data(), "cautious").is_err());
}

#[test]
fn its_own_derived_figures_and_none_of_the_shipped_ones() {
    let projection = project(data(), &official()).unwrap();
    let ids: Vec<&str> = projection.derived.ids().collect();
    assert_eq!(
        ids,
        [
            "tourism_to_output.base",
            "tourism_to_output.plan",
            "key_projects_share.industry.plan",
            "key_projects_share.livelihood.plan",
        ]
    );
    let shown = |id: &str| {
        let figure = projection.derived.get(id).unwrap();
        round_fixed(figure.value, figure.decimals)
    };
    // 12.6 / 120.5 = 10.456…%; 13.797 / 127.73 = 10.801…% at a deflator of 0.
    assert_eq!(shown("tourism_to_output.base"), "10.46");
    assert_eq!(shown("tourism_to_output.plan"), "10.80");
    assert_eq!(shown("key_projects_share.industry.plan"), "60.00");
    // A 2% price rise makes output nominal: 13.797 / (127.73 × 1.02) = 10.590…%.
    let mut priced = official();
    priced.deflator = longgang_sim::number::Dec("2".parse().unwrap());
    let figure = project(data(), &priced).unwrap();
    let plan = figure.derived.get("tourism_to_output.plan").unwrap();
    assert_eq!(round_fixed(plan.value, plan.decimals), "10.59");
}

#[test]
fn without_sectors_there_is_no_sector_mode() {
    let mut scenario = official();
    scenario.gdp_mode = GdpMode::Sectors;
    assert_eq!(
        project(data(), &scenario).unwrap_err().code(),
        "unknown_gdp_mode"
    );
}

#[test]
fn a_tornado_for_a_figure_it_does_not_have_is_a_clear_error() {
    use longgang_sim::analysis::{sensitivity, Output};
    for output in [
        Output::GdpGrowth,
        Output::UrbanRuralRatio,
        Output::BudgetToGdp,
        Output::FaiToGdp,
    ] {
        let error = sensitivity(data(), &official(), output).unwrap_err();
        assert_eq!(error.code(), "no_figure", "{output:?}");
        for lang in Lang::all() {
            let message = error.message(lang);
            assert!(message.contains(error.field().unwrap()), "{message}");
        }
    }
}

#[test]
fn cli_projects_it_in_its_own_years() {
    let csv = stdout(&with_report(&[
        "project", "--format", "csv", "--lang", "en",
    ]));
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0].trim_start_matches('\u{feff}'),
        "id,indicator,unit,price basis,2030,2030 growth %,assumed growth %,2031 projected,\
         target growth %,target type,2031 target level,gap (level),gap (points),status"
    );
    assert_eq!(
        lines[1],
        "output,County output,100 million yuan,comparable prices,120.5,5.2,6,127.73,6,at least,127.73,0.00,0.00,meets target"
    );
    assert_eq!(lines.len(), 5);
    assert!(!csv.contains("2023") && !csv.contains("2024"));
    let table = stdout(&with_report(&["project"]));
    assert!(table.contains("2031年推算"), "{table}");
    assert!(table.contains("v2~example-county-2031~E1~"), "{table}");
    let help = stdout(&with_report(&["--help"]));
    assert!(
        help.contains("Example County (fictional) 2031 What-if"),
        "{help}"
    );
    assert!(help.contains("official (default), steady"), "{help}");
}

#[test]
fn cli_json_carries_its_derived_figures() {
    let json = stdout(&with_report(&["project", "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["figures"][1]["id"], "tourism_to_output.plan");
    assert_eq!(value["figures"][1]["value"], "10.80");
}

#[test]
fn its_links_open_with_it_and_not_with_the_shipped_report() {
    let link = Scenario::from_preset(data(), "steady")
        .unwrap()
        .encode(data());
    assert!(
        link.starts_with("v2~example-county-2031~E1~D0~M0~output5.2~"),
        "{link}"
    );
    let table = stdout(&with_report(&["project", "--scenario", &link]));
    assert!(table.contains(&link));
    let refused = longgang(&["project", "--scenario", &link, "--lang", "en"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("[scenario_other_report]") && stderr.contains("\"example-county-2031\""),
        "{stderr}"
    );
    // And the other way round.
    let shipped = longgang_sim::embedded().unwrap();
    let theirs = Scenario::from_preset(shipped, "official")
        .unwrap()
        .encode(shipped);
    let refused = with_report(&["project", "--scenario", &theirs]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("\"longgang-2024\""));
}

#[test]
fn a_folder_that_is_not_a_report_is_an_error() {
    let output = longgang(&["--report", "/nonexistent-report", "project", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("[dataset_invalid]"));
}

#[test]
fn static_html_names_its_years_and_title_and_none_of_longgangs() {
    for lang in Lang::all() {
        let html = render(data(), &official(), &[], lang, None).unwrap();
        for year in ["2030", "2031"] {
            assert!(html.contains(year), "{lang:?}: {year}");
        }
        let title = escape(lang.pick(&data().source.title));
        assert!(html.contains(&title), "{lang:?}: {title}");
        for shipped in ["2023", "2024", "龙港", "龍港", "Longgang"] {
            assert!(!html.contains(shipped), "{lang:?}: {shipped} in {html}");
        }
    }
    let html = render(data(), &official(), &[], Lang::EN, None).unwrap();
    assert!(html.contains("<caption>Example County (fictional) 2031 What-if</caption>"));
    assert!(html.contains("<th scope=\"col\">2030</th>"));
    let cli = stdout(&with_report(&[
        "render", "--format", "html", "--lang", "en",
    ]));
    assert_eq!(cli, html);
}

#[test]
fn share_card_names_its_years_and_title_and_none_of_longgangs() {
    let svg = stdout(&with_report(&["render", "--format", "svg", "--lang", "en"]));
    assert!(svg.contains("Example County (fictional) 2031 What-if"));
    assert!(svg.contains("2031"));
    for shipped in ["2023", "2024", "Longgang"] {
        assert!(!svg.contains(shipped), "{shipped}");
    }
}

#[test]
fn its_figures_explain_themselves_with_its_own_words() {
    let list = stdout(&with_report(&["explain", "--list"]));
    assert!(
        list.lines().any(|l| l == "derived.tourism_to_output.plan"),
        "{list}"
    );
    for figure in list.lines() {
        let explanation = longgang_sim::explain::explain(data(), &official(), figure).unwrap();
        assert_eq!(
            explanation.recompute(),
            Some(explanation.result),
            "{figure}"
        );
    }
    let text = stdout(&with_report(&[
        "explain",
        "derived.tourism_to_output.base",
        "--lang",
        "en",
    ]));
    assert!(
        text.starts_with("Tourism revenue as % of output, 2030\n"),
        "{text}"
    );
    assert!(
        text.contains("The report: “旅游总收入12.6亿元,增长9.5%。”"),
        "{text}"
    );
}
