//! Reading and checking the language catalogues, `seeds/lang/<tag>.json`: one flat JSON
//! object per language, key → text with `{name}` placeholders, plus a `meta` block. Shared
//! by `build.rs` (which embeds them) and the catalogue tests (`tests/lang.rs`), so both
//! hold the files to the same rules.
//!
//! Two kinds of problem are told apart. A catalogue that cannot be read on its own (not
//! JSON, a text that is not a string, an unclosed `{`) is [`Catalogue::read`]'s error. Gaps
//! between catalogues (a key one of them lacks, a placeholder named differently) are what
//! [`differences`] lists: a test build goes on without them so that the test names every
//! one, and a release build refuses them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Keys of this prefix are the page's (`ui.…`): checked like every other, but no Rust code
/// is written for them.
pub const UI_PREFIX: &str = "ui.";

/// The languages every build must have: `zh` is the default and what links say today, and
/// the WASM errors carry `messageZh` and `messageEn` for the page.
pub const REQUIRED: [&str; 2] = ["zh", "en"];

/// A catalogue's `meta` block.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The language's tag, as links and options write it; the file is named after it.
    pub tag: String,
    /// The language's name in itself (简体中文, English, 繁體中文).
    pub name: String,
    /// The BCP 47 value of HTML's `lang` and SVG's `xml:lang` for text in it.
    pub lang: String,
    /// Other tags that mean this language (`zh-TW` for `zh-Hant`), matched ignoring case.
    pub aliases: Vec<String>,
    /// The opening and closing quotation marks its messages put ids and echoed text in.
    pub quotes: (char, char),
    /// The font list of the share card, so each platform finds fonts for its script.
    pub fonts: String,
}

/// One language's catalogue.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// The file's name, for messages.
    pub file: String,
    pub meta: Meta,
    /// Key → text, the texts as written (placeholders and all).
    pub texts: BTreeMap<String, String>,
}

impl Catalogue {
    /// Reads one catalogue; `file` is its name (`zh-Hant.json`), which must be its tag.
    pub fn read(file: &str, json: &str) -> Result<Catalogue, String> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("{file}: not JSON: {e}"))?;
        let object = value
            .as_object()
            .ok_or_else(|| format!("{file}: must be a JSON object"))?;
        let meta = object
            .get("meta")
            .and_then(|m| m.as_object())
            .ok_or_else(|| format!("{file}: needs a \"meta\" object"))?;
        let field = |key: &str| {
            meta.get(key)
                .and_then(|v| v.as_str())
                .filter(|v| !v.trim().is_empty())
                .map(str::to_string)
                .ok_or_else(|| format!("{file}: meta.{key} must be a non-empty string"))
        };
        for key in meta.keys() {
            if !["tag", "name", "lang", "aliases", "quotes", "fonts"].contains(&key.as_str()) {
                return Err(format!("{file}: unknown meta.{key}"));
            }
        }
        let tag = field("tag")?;
        if !is_tag(&tag) {
            return Err(format!("{file}: meta.tag {tag:?} is not a language tag"));
        }
        if file != format!("{tag}.json") {
            return Err(format!(
                "{file}: a catalogue is named after its tag ({tag}.json)"
            ));
        }
        let quotes: Vec<char> = field("quotes")?.chars().collect();
        let [open, close] = quotes[..] else {
            return Err(format!(
                "{file}: meta.quotes is two characters, opening and closing"
            ));
        };
        let aliases = match meta.get("aliases") {
            None => Vec::new(),
            Some(list) => list
                .as_array()
                .and_then(|items| {
                    items
                        .iter()
                        .map(|item| item.as_str().filter(|a| is_tag(a)).map(str::to_string))
                        .collect::<Option<Vec<_>>>()
                })
                .ok_or_else(|| format!("{file}: meta.aliases is a list of language tags"))?,
        };
        let meta = Meta {
            tag,
            name: field("name")?,
            lang: field("lang")?,
            aliases,
            quotes: (open, close),
            fonts: field("fonts")?,
        };
        let mut texts = BTreeMap::new();
        for (key, text) in object.iter().filter(|(key, _)| *key != "meta") {
            if !is_key(key) {
                return Err(format!(
                    "{file}: key {key:?}: use letters, digits and _, parts joined by ."
                ));
            }
            let text = text
                .as_str()
                .ok_or_else(|| format!("{file}: \"{key}\" must be a string"))?;
            if text.trim().is_empty() {
                return Err(format!("{file}: \"{key}\" is blank"));
            }
            if text.chars().any(char::is_control) {
                return Err(format!("{file}: \"{key}\" holds a control character"));
            }
            placeholders(text).map_err(|e| format!("{file}: \"{key}\": {e}"))?;
            texts.insert(key.clone(), text.to_string());
        }
        Ok(Catalogue {
            file: file.to_string(),
            meta,
            texts,
        })
    }
}

/// Reads every `*.json` in `dir`, in tag order, checking each on its own and the set for
/// what it must hold together: the required languages, no tag or alias twice.
pub fn read_dir(dir: &Path) -> Result<Vec<Catalogue>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut catalogues = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let file = path
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default()
            .to_string();
        let json = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
        catalogues.push(Catalogue::read(&file, &json)?);
    }
    check_set(&mut catalogues)?;
    Ok(catalogues)
}

/// Sorts a set of catalogues by tag and checks what they must hold together.
pub fn check_set(catalogues: &mut [Catalogue]) -> Result<(), String> {
    catalogues.sort_by(|a, b| a.meta.tag.cmp(&b.meta.tag));
    for tag in REQUIRED {
        if !catalogues.iter().any(|c| c.meta.tag == tag) {
            return Err(format!("the catalogue {tag}.json is required"));
        }
    }
    let mut names = BTreeSet::new();
    for catalogue in catalogues.iter() {
        let meta = &catalogue.meta;
        for name in std::iter::once(&meta.tag).chain(&meta.aliases) {
            if !names.insert(name.to_ascii_lowercase()) {
                return Err(format!(
                    "{}: {name:?} already names another language (tags and aliases ignore case)",
                    catalogue.file
                ));
            }
        }
    }
    Ok(())
}

/// Every gap between catalogues, one line each: a key some have and another lacks, a key
/// whose placeholders differ between languages. Empty when they agree.
pub fn differences(catalogues: &[Catalogue]) -> Vec<String> {
    let mut problems = Vec::new();
    let all: BTreeSet<&String> = catalogues.iter().flat_map(|c| c.texts.keys()).collect();
    for key in all {
        let having: Vec<&Catalogue> = catalogues
            .iter()
            .filter(|c| c.texts.contains_key(key))
            .collect();
        for catalogue in catalogues.iter().filter(|c| !c.texts.contains_key(key)) {
            let others: Vec<&str> = having.iter().map(|c| c.file.as_str()).collect();
            problems.push(format!(
                "{} lacks \"{key}\" ({} {})",
                catalogue.file,
                others.join(", "),
                if others.len() == 1 {
                    "has it"
                } else {
                    "have it"
                }
            ));
        }
        let names = |c: &Catalogue| -> BTreeSet<String> {
            placeholders(&c.texts[key])
                .unwrap_or_default()
                .into_iter()
                .collect()
        };
        if let Some((first, rest)) = having.split_first() {
            let expected = names(first);
            for other in rest {
                let found = names(other);
                if found != expected {
                    problems.push(format!(
                        "\"{key}\" has placeholders {{{}}} in {} but {{{}}} in {}",
                        expected.iter().cloned().collect::<Vec<_>>().join("}, {"),
                        first.file,
                        found.iter().cloned().collect::<Vec<_>>().join("}, {"),
                        other.file
                    ));
                }
            }
        }
    }
    problems
}

/// The placeholders of a text, in order of appearance (a name may repeat). Braces only
/// ever enclose a placeholder name: letters, digits and `_`, not starting with a digit.
pub fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        if rest[at..].starts_with('}') {
            return Err("a } that closes no placeholder".to_string());
        }
        let after = &rest[at + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| "a { that is never closed".to_string())?;
        let name = &after[..end];
        let valid = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            return Err(format!("{{{name}}} is not a placeholder name"));
        }
        names.push(name.to_string());
        rest = &after[end + 1..];
    }
    Ok(names)
}

/// Letters, digits and `-` in parts of one to eight characters (`zh`, `zh-Hant`, `zh-TW`).
fn is_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Parts of letters, digits and `_`, joined by `.`.
fn is_key(key: &str) -> bool {
    key.split('.').all(|part| {
        !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}
