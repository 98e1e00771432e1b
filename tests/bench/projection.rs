//! Native benchmark of the core (run by `.ci/bench.mjs` through `cargo bench`): one
//! projection, and a grid of 100,000 scenarios. Prints medians and p95 in milliseconds.

use longgang_sim::projection::{project, project_grid};
use longgang_sim::scenario::Scenario;
use std::time::Instant;

fn stats(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at =
        |p: f64| samples[((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1];
    (at(0.5), at(0.95))
}

fn main() {
    let smoke = std::env::args().any(|a| a == "--smoke");
    let data = longgang_sim::embedded().expect("dataset");
    let official = Scenario::from_preset(data, "official").expect("preset");
    let one: Vec<f64> = (0..if smoke { 10 } else { 2000 })
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(
                project(data, std::hint::black_box(&official)).expect("projection"),
            );
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let (median, p95) = stats(one);
    println!("native one projection: median {median:.4} ms, p95 {p95:.4} ms");
    let count = if smoke { 1000 } else { 100_000 };
    let grid: Vec<f64> = (0..if smoke { 1 } else { 7 })
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(project_grid(data, &official, count).expect("grid"));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let (median, p95) = stats(grid);
    println!("native grid of {count} scenarios: median {median:.2} ms, p95 {p95:.2} ms");
}
