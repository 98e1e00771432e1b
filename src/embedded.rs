//! The one report this product ships: the dataset of the folder `seeds/reports/SHIPPED`
//! names, checked against its report text by `build.rs` with the model's own dataset code. Native builds parse the file itself; a WebAssembly module gets
//! it ready-made from the build (a compact binary form, decoded here), so it carries no
//! JSON parser.

use longgang_model::dataset::*;
use longgang_model::number::Dec;
use longgang_model::{Dataset, Result};
use std::sync::OnceLock;

/// The shipped report's folder, relative to the workspace root (`seeds/reports/<id>`).
pub const EMBEDDED_DIR: &str = env!("LONGGANG_REPORT_DIR");

/// The dataset file, embedded so the WASM module and the CLI need no file access.
pub const EMBEDDED_JSON: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/",
    env!("LONGGANG_REPORT_DIR"),
    "/dataset.json"
));

static EMBEDDED: OnceLock<Result<Dataset>> = OnceLock::new();

/// The dataset built into this binary, parsed and checked once.
pub fn embedded() -> Result<&'static Dataset> {
    EMBEDDED.get_or_init(load).as_ref().map_err(Clone::clone)
}

#[cfg(not(target_arch = "wasm32"))]
fn load() -> Result<Dataset> {
    Dataset::from_json(EMBEDDED_JSON)
}

/// In WebAssembly the dataset comes ready-made from the build (parsed and checked there
/// by this same module), which keeps a JSON parser out of the module.
#[cfg(target_arch = "wasm32")]
fn load() -> Result<Dataset> {
    Ok(generated::dataset())
}

/// The dataset as `build.rs` wrote it after parsing and checking the shipped dataset:
/// compact JSON for JavaScript, and a small binary form decoded here into a [`Dataset`].
#[cfg(dataset_gen)]
pub(crate) mod generated {
    #![allow(dead_code)]
    use super::*;
    use rust_decimal::Decimal;
    include!(concat!(env!("OUT_DIR"), "/dataset_gen.rs"));

    /// The dataset as compact JSON, exactly as `serde_json` writes it.
    pub fn dataset_json() -> &'static str {
        TEXT.get(..JSON_LEN).unwrap_or_default()
    }

    /// The `presets` array of [`dataset_json`].
    pub fn presets_json() -> &'static str {
        TEXT.get(PRESETS_JSON.0..PRESETS_JSON.1).unwrap_or_default()
    }

    /// The dataset, decoded.
    pub fn dataset() -> Dataset {
        Decode::decode(&mut Reader(BLOB))
    }

    /// The bytes of [`BLOB`] not read yet.
    struct Reader(&'static [u8]);

    impl Reader {
        /// One LEB128 number.
        fn number(&mut self) -> u32 {
            let mut value = 0u32;
            let mut shift = 0u32;
            while let Some((&byte, rest)) = self.0.split_first() {
                self.0 = rest;
                value |= u32::from(byte & 0x7f).wrapping_shl(shift);
                if byte < 0x80 {
                    break;
                }
                shift += 7;
            }
            value
        }
    }

    trait Decode {
        fn decode(from: &mut Reader) -> Self;
    }

    impl Decode for Texts {
        fn decode(from: &mut Reader) -> Self {
            // One insert at a time: collecting into a map would sort first, and bring a
            // sort into the module for maps that come in tag order anyway.
            let mut texts = Texts::default();
            for _ in 0..from.number() {
                // Without `extras` the build leaves every map empty (see build.rs), so the
                // module the page loads first has no use for the code that fills one.
                if cfg!(feature = "extras") || cfg!(test) {
                    let tag = String::decode(from);
                    texts.0.insert(tag, String::decode(from));
                } else {
                    // Skips the tag's and the text's offset and length all the same.
                    for _ in 0..4 {
                        from.number();
                    }
                }
            }
            texts
        }
    }

    impl Decode for u32 {
        fn decode(from: &mut Reader) -> Self {
            from.number()
        }
    }

    impl Decode for i32 {
        fn decode(from: &mut Reader) -> Self {
            let zigzag = from.number();
            ((zigzag >> 1) as i32) ^ -((zigzag & 1) as i32)
        }
    }

    impl Decode for bool {
        fn decode(from: &mut Reader) -> Self {
            from.number() != 0
        }
    }

    impl Decode for String {
        fn decode(from: &mut Reader) -> Self {
            let at = from.number() as usize;
            let len = from.number() as usize;
            TEXT.get(at..at + len).unwrap_or_default().to_string()
        }
    }

    impl Decode for Dec {
        fn decode(from: &mut Reader) -> Self {
            let sign_scale = from.number();
            let (lo, mid, hi) = (from.number(), from.number(), from.number());
            Dec(Decimal::from_parts(
                lo,
                mid,
                hi,
                sign_scale & 1 == 1,
                sign_scale >> 1,
            ))
        }
    }

    impl<T: Decode> Decode for Option<T> {
        fn decode(from: &mut Reader) -> Self {
            (from.number() != 0).then(|| T::decode(from))
        }
    }

    impl<T: Decode> Decode for Vec<T> {
        fn decode(from: &mut Reader) -> Self {
            (0..from.number()).map(|_| T::decode(from)).collect()
        }
    }

    macro_rules! decode_struct {
        // The report's account of its base year is words and quotes for people, which the
        // module the page loads first never shows: without `extras` the build leaves it out
        // (see build.rs), and this keeps the code that would read it out of that module too.
        (BaseAccount { $($field:ident),* $(,)? }) => {
            impl Decode for Option<BaseAccount> {
                fn decode(from: &mut Reader) -> Self {
                    let present = from.number() != 0;
                    (present && (cfg!(feature = "extras") || cfg!(test)))
                        .then(|| BaseAccount { $($field: Decode::decode(from)),* })
                }
            }
        };
        ($name:ident { $($field:ident),* $(,)? }) => {
            impl Decode for $name {
                fn decode(from: &mut Reader) -> Self {
                    // Struct expressions evaluate their fields in the order written.
                    $name { $($field: Decode::decode(from)),* }
                }
            }
        };
    }

    macro_rules! decode_enum {
        ($name:ident { $first:ident $(, $variant:ident)* $(,)? }) => {
            impl Decode for $name {
                fn decode(from: &mut Reader) -> Self {
                    let variants = [$name::$first, $($name::$variant),*];
                    variants.get(from.number() as usize).copied().unwrap_or($name::$first)
                }
            }
        };
    }

    longgang_model::dataset_structs!(decode_struct);
    longgang_model::dataset_enums!(decode_enum);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(dataset_gen)]
    fn build_time_dataset_matches_the_file() {
        let parsed = embedded().expect("embedded dataset is valid");
        let built = generated::dataset();
        assert_eq!(format!("{built:?}"), format!("{parsed:?}"));
        let json = serde_json::to_string(parsed).unwrap();
        assert_eq!(generated::dataset_json(), json);
        assert_eq!(serde_json::to_string(&built).unwrap(), json);
        assert_eq!(
            generated::presets_json(),
            serde_json::to_string(&parsed.presets).unwrap()
        );
    }

    #[test]
    fn embedded_dataset_loads() {
        let dataset = embedded().expect("embedded dataset is valid");
        assert_eq!(dataset.indicators.len(), 14);
        assert_eq!(dataset.source.date, "2024-02-04");
    }
}
