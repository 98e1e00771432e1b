//! Native benchmark of the core (run by `.ci/bench.mjs` through `cargo bench`): one
//! projection, and a grid of 100,000 scenarios — written out as the text the WASM export
//! `projectGrid` returns (the same work as the WASM figure it is compared with), and as
//! exact levels only. Prints medians and p95 in milliseconds.

use longgang_sim::projection::{project, project_grid};
use longgang_sim::report::view::grid_text;
use longgang_sim::scenario::Scenario;
use std::time::Instant;

fn stats(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at =
        |p: f64| samples[((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1];
    (at(0.5), at(0.95))
}

/// Milliseconds of each of `runs` calls of `work`.
fn time(runs: usize, mut work: impl FnMut()) -> Vec<f64> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

fn main() {
    let smoke = std::env::args().any(|a| a == "--smoke");
    let data = longgang_sim::embedded().expect("dataset");
    let official = Scenario::from_preset(data, "official").expect("preset");
    let one = time(if smoke { 10 } else { 2000 }, || {
        std::hint::black_box(project(data, std::hint::black_box(&official)).expect("projection"));
    });
    let (median, p95) = stats(one);
    println!("native one projection: median {median:.4} ms, p95 {p95:.4} ms");
    let count = if smoke { 1000 } else { 100_000 };
    let runs = if smoke { 1 } else { 7 };
    let text = time(runs, || {
        std::hint::black_box(grid_text(data, &official, count).expect("grid"));
    });
    let (median, p95) = stats(text);
    println!("native grid of {count} scenarios: median {median:.2} ms, p95 {p95:.2} ms");
    let exact = time(runs, || {
        std::hint::black_box(project_grid(data, &official, count).expect("grid"));
    });
    let (median, p95) = stats(exact);
    println!(
        "native grid of {count} scenarios, exact levels without text: median {median:.2} ms, p95 {p95:.2} ms"
    );
}
