//! Running the `longgang` command from a test, shared by the CLI tests of the shipped report
//! (`tests/cli.rs`) and of the fictional one (`tests/example_report.rs`).

use std::process::{Command, Output};

/// Runs the command with `args`.
pub fn longgang(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_longgang"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Its standard output, after checking it succeeded.
pub fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}
