//! QR codes for the printed brief: the share link as a grid of modules and as one SVG
//! path, so the page can draw it with DOM calls and print it without any network.

use crate::error::{Error, Result};
use qrcodegen::{QrCode, QrCodeEcc};
use serde::Serialize;
use std::fmt::Write;

/// Light modules kept around the code, as the QR standard asks for reliable scanning.
pub const QUIET_ZONE: u32 = 4;
/// Longest text encoded; a share link is far shorter.
pub const MAX_TEXT_BYTES: usize = 1200;

/// A QR code drawn as one SVG path over a square of `size` units (quiet zone included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QrPath {
    pub size: u32,
    /// Path data: one `M x y h1 v1 h-1 z` square per dark module, merged along rows.
    pub path: String,
}

/// The dark modules of the QR code for `text`, row by row, without the quiet zone.
pub fn modules(text: &str) -> Result<(u32, Vec<bool>)> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::InvalidInput {
            detail: format!(
                "text for a QR code is {} bytes, at most {MAX_TEXT_BYTES}",
                text.len()
            ),
        });
    }
    // Medium error correction survives a crease or smudge on paper.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| Error::InvalidInput {
        detail: "text too long for a QR code".to_string(),
    })?;
    let side = code.size();
    let grid = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y));
    Ok((side.unsigned_abs(), grid.collect()))
}

/// The QR code for `text` as SVG path data.
pub fn svg_path(text: &str) -> Result<QrPath> {
    let (side, dark) = modules(text)?;
    let mut path = String::new();
    for y in 0..side {
        let mut x = 0;
        while x < side {
            if !dark[(y * side + x) as usize] {
                x += 1;
                continue;
            }
            let start = x;
            while x < side && dark[(y * side + x) as usize] {
                x += 1;
            }
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    Ok(QrPath {
        size: side + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finder_patterns_sit_in_three_corners() {
        let (side, dark) = modules("http://127.0.0.1:8000/#s=v1~D0~M0").unwrap();
        let at = |x: u32, y: u32| dark[(y * side + x) as usize];
        for (ox, oy) in [(0, 0), (side - 7, 0), (0, side - 7)] {
            for i in 0..7 {
                assert!(
                    at(ox + i, oy) && at(ox + i, oy + 6) && at(ox, oy + i) && at(ox + 6, oy + i)
                );
            }
            assert!(!at(ox + 1, oy + 1) && at(ox + 3, oy + 3), "ring and centre");
        }
        assert_eq!((side - 17) % 4, 0, "a valid QR size");
    }

    #[test]
    fn path_draws_every_dark_module_once() {
        let text = "v1~D0~M0~gdp6.5";
        let (_, dark) = modules(text).unwrap();
        let qr = svg_path(text).unwrap();
        let drawn: u32 = qr
            .path
            .split('M')
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.split('h')
                    .nth(1)
                    .unwrap()
                    .split('v')
                    .next()
                    .unwrap()
                    .parse::<u32>()
                    .unwrap()
            })
            .sum();
        assert_eq!(drawn as usize, dark.iter().filter(|d| **d).count());
    }

    #[test]
    fn overlong_text_is_refused() {
        assert_eq!(
            svg_path(&"x".repeat(5000)).unwrap_err().code(),
            "invalid_input"
        );
    }
}
