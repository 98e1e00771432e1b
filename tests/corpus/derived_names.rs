// The derived figures the committed link corpora (`tests/fixtures/links-v*.json`) record,
// shared by the native link tests and the WASM API tests, which include this file.

/// The derived figures a corpus records: those the deflator and the GDP mode move, each
/// under the name the corpora were written with (the page's names held the years then)
/// and the name the projection gives it now. The figures are the same.
const DERIVED: [(&str, &str); 6] = [
    ("impliedGdpGrowth", "impliedGdpGrowth"),
    ("impliedGdpLevel", "impliedGdpLevel"),
    ("nominalGdp2024", "nominalGdpPlan"),
    ("urbanRuralRatio2024", "urbanRuralRatioPlan"),
    ("budgetRevenueToGdp2024", "budgetRevenueToGdpPlan"),
    ("faiToGdp2024", "faiToGdpPlan"),
];
