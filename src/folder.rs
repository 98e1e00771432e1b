//! Loading a report folder at run time (native builds: the CLI's `--report DIR`): its
//! `dataset.json` and the report text it names, checked as `build.rs` checks the report
//! built in — the dataset's own checks, every quote against the text, and every text for
//! people in exactly the catalogues' languages.

use crate::report::Lang;
use longgang_model::{Dataset, Error, Result};
use std::path::Path;

/// The file every report folder holds its dataset in.
pub const DATASET_FILE: &str = "dataset.json";

fn unreadable(path: &Path, error: std::io::Error) -> Error {
    Error::DatasetInvalid {
        path: path.display().to_string(),
        reason: error.to_string(),
    }
}

/// Loads and checks the report in `dir`.
pub fn load(dir: &Path) -> Result<Dataset> {
    let json_path = dir.join(DATASET_FILE);
    let json = std::fs::read_to_string(&json_path).map_err(|e| unreadable(&json_path, e))?;
    let dataset = Dataset::from_json(&json)?;
    // The text's name comes from the dataset: a plain file name, never a path elsewhere.
    let file = &dataset.source.file;
    if file.is_empty() || file.contains(['/', '\\']) || file.starts_with('.') {
        return Err(Error::DatasetInvalid {
            path: "source.file".to_string(),
            reason: "a file name in the report's folder".to_string(),
        });
    }
    let text_path = dir.join(file);
    let text = std::fs::read_to_string(&text_path).map_err(|e| unreadable(&text_path, e))?;
    dataset.check_quotes(&text)?;
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    dataset.check_languages(&tags)?;
    Ok(dataset)
}
