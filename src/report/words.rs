//! The words every surface names a report by, from the report's own data: its years as
//! text and the product's title (the catalogue's `title`, filled with the report's place
//! and plan year). Nothing in the report layer writes a year, a place or a title itself.

use crate::dataset::Dataset;
use crate::report::lang::{text, Lang};

/// A report's two years, as text.
pub struct Years {
    /// The base year (`{base_year}` in the catalogues).
    pub base: String,
    /// The plan year (`{plan_year}`).
    pub plan: String,
}

/// The report's years, as text.
pub fn years(dataset: &Dataset) -> Years {
    Years {
        base: dataset.years.base.to_string(),
        plan: dataset.years.plan.to_string(),
    }
}

/// The product's title for this report in `lang` ("龙港市2024年发展目标推演").
pub fn title(dataset: &Dataset, lang: Lang) -> String {
    text::Title {
        place: lang.pick(&dataset.source.place),
        plan_year: &dataset.years.plan.to_string(),
    }
    .get(lang)
}
