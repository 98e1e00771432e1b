//! Later editions of the dataset as they could be published, built from the shipped file:
//! what the link tests and the fuzzing decode older links against.

use longgang_sim::dataset::Dataset;
use serde_json::{json, Value};

/// The shipped dataset as JSON, changed by `edit`, then loaded and checked.
pub fn dataset_with(edit: impl FnOnce(&mut Value)) -> Dataset {
    let mut value: Value = serde_json::from_str(longgang_sim::EMBEDDED_JSON).unwrap();
    edit(&mut value);
    Dataset::from_json(&value.to_string()).unwrap()
}

/// The id of the indicator [`second_edition`] adds.
pub const ADDED: &str = "tourism_revenue";

/// The next edition: one indicator more, in the middle of the list (display order is
/// free), with the growth older links give it: 9, its target.
pub fn second_edition() -> Dataset {
    dataset_with(|v| {
        v["edition"] = json!(2);
        let indicators = v["indicators"].as_array_mut().unwrap();
        indicators.insert(
            5,
            json!({
                "id": ADDED,
                "name": { "zh": "旅游总收入", "en": "Tourism revenue", "zh-Hant": "旅遊總收入" },
                "unit": "yi_yuan",
                "priceBasis": "current",
                "base": { "value": "52.4", "quote": "旅游总收入52.4亿元" },
                "target": { "value": "9", "qualifier": "about", "quote": "旅游总收入增长9%" },
                "range": { "min": "-20", "max": "40", "step": "0.1" },
                "added": { "edition": 2, "olderLinks": "9" }
            }),
        );
    })
}
