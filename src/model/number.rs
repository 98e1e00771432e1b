//! Exact decimal numbers at the edges of the core: strict parsing of what people type and
//! of what data files and share links carry, canonical text forms, and the one rounding
//! rule used for display (四舍五入, half away from zero).

use crate::error::{Error, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// Longest text accepted as a number; anything longer is not a plausible growth figure
/// and is rejected before any parsing work.
const MAX_NUMBER_CHARS: usize = 40;

/// Rounding used for every displayed figure: 四舍五入 (half away from zero).
pub const DISPLAY_ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// A decimal that travels as a string in JSON and across the JS boundary, so no value
/// ever passes through a binary float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Dec(pub Decimal);

impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&canonical(self.0))
    }
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct DecVisitor;
        impl de::Visitor<'_> for DecVisitor {
            type Value = Dec;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a decimal number written as a string, such as \"6.5\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> std::result::Result<Dec, E> {
                parse_plain(text).map(Dec).ok_or_else(|| {
                    E::custom(format!(
                        "{:?} is not a plain decimal number",
                        truncate(text)
                    ))
                })
            }
        }
        deserializer.deserialize_str(DecVisitor)
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(MAX_NUMBER_CHARS).collect()
}

/// Decimal arithmetic called out of line. rust_decimal marks its operations
/// `#[inline(always)]`, so each call site would get its own copy of the whole algorithm;
/// going through these keeps one copy of each. Results are exactly rust_decimal's.
pub trait Arith: Sized {
    /// `checked_add`.
    fn plus(self, other: Self) -> Option<Self>;
    /// `checked_sub`.
    fn minus(self, other: Self) -> Option<Self>;
    /// `checked_mul`.
    fn times(self, other: Self) -> Option<Self>;
    /// `checked_div`.
    fn over(self, other: Self) -> Option<Self>;
    /// `saturating_add`.
    fn plus_saturating(self, other: Self) -> Self;
    /// `saturating_sub`.
    fn minus_saturating(self, other: Self) -> Self;
}

impl Arith for Decimal {
    #[inline(never)]
    fn plus(self, other: Decimal) -> Option<Decimal> {
        self.checked_add(other)
    }
    #[inline(never)]
    fn minus(self, other: Decimal) -> Option<Decimal> {
        self.checked_sub(other)
    }
    #[inline(never)]
    fn times(self, other: Decimal) -> Option<Decimal> {
        self.checked_mul(other)
    }
    #[inline(never)]
    fn over(self, other: Decimal) -> Option<Decimal> {
        self.checked_div(other)
    }
    #[inline(never)]
    fn plus_saturating(self, other: Decimal) -> Decimal {
        self.saturating_add(other)
    }
    #[inline(never)]
    fn minus_saturating(self, other: Decimal) -> Decimal {
        self.saturating_sub(other)
    }
}

/// Parses a plain decimal `-?digits(.digits)?`: no exponent, no sign other than a leading
/// minus, no spaces. Used for data files and share links, where input is machine-written.
pub fn parse_plain(text: &str) -> Option<Decimal> {
    if text.is_empty() || text.len() > MAX_NUMBER_CHARS {
        return None;
    }
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_only(whole) || !fraction.map_or(true, digits_only) {
        return None;
    }
    parse_digits(text, false)
}

/// Reads `-?digits(.digits)?` exactly as rust_decimal's `from_str` (`round`) or
/// `from_str_exact` (not `round`) does for such text, with one small loop instead of
/// rust_decimal's general parser: digits accumulate into a 96-bit mantissa; past 28
/// decimals, or when the next digit would overflow the mantissa inside the fraction, the
/// rest is dropped, rounding half up on the first dropped digit (`round`) or failing (not
/// `round`); overflow before the point fails.
fn parse_digits(text: &str, round: bool) -> Option<Decimal> {
    const LIMIT: u128 = 1 << 96;
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let bytes = body.as_bytes();
    let (mut mantissa, mut scale, mut point, mut any) = (0u128, 0u32, false, false);
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        index += 1;
        if byte == b'.' && !point {
            point = true;
            continue;
        }
        if !byte.is_ascii_digit() {
            return None;
        }
        any = true;
        let digit = u128::from(byte - b'0');
        let next = mantissa * 10 + digit;
        // The digit to round on, when this one cannot be kept.
        let dropped = if next >= LIMIT {
            if !point {
                return None;
            }
            Some(digit)
        } else {
            mantissa = next;
            scale += u32::from(point);
            match bytes.get(index) {
                Some(&following) if point && scale >= 28 => {
                    index += 1;
                    Some(u128::from(following.wrapping_sub(b'0')))
                }
                _ => None,
            }
        };
        if let Some(dropped) = dropped {
            if !round || !bytes[index..].iter().all(u8::is_ascii_digit) || dropped > 9 {
                return None;
            }
            if dropped >= 5 {
                mantissa += 1;
                if mantissa >= LIMIT {
                    if scale == 0 {
                        return None;
                    }
                    // The mantissa is 2^96 exactly; with a place fewer it is 2^96 / 10 =
                    // …033.6 rounded half up (a constant: no 128-bit division).
                    mantissa = 7_922_816_251_426_433_759_354_395_034;
                    scale -= 1;
                }
            }
            break;
        }
    }
    if !any {
        return None;
    }
    Some(Decimal::from_parts(
        mantissa as u32,
        (mantissa >> 32) as u32,
        (mantissa >> 64) as u32,
        negative,
        scale,
    ))
}

/// The canonical text of a decimal: no trailing zeros, no exponent, and zero as `0`
/// (never `-0`). Share links depend on this being stable.
pub fn canonical(value: Decimal) -> String {
    let normal = value.normalize();
    if normal.is_zero() {
        "0".to_string()
    } else {
        plain_text(normal)
    }
}

/// `value.to_string()`, written directly rather than through `fmt`: the sign, the
/// mantissa's digits, and a point before the last `scale` of them (with a `0` before a
/// leading point).
fn plain_text(value: Decimal) -> String {
    let mut buffer = [0; ROOM];
    let scale = value.scale() as usize;
    let start = write_number(
        &mut buffer,
        value.is_sign_negative(),
        value.mantissa().unsigned_abs(),
        scale,
        scale > 0,
    );
    string_of(buffer.get(start..).unwrap_or_default(), 0)
}

/// Parses a number a person typed, forgivingly in form and strictly in meaning.
///
/// Accepts surrounding spaces, a leading `+`, a leading or trailing decimal point and
/// full-width digits from Chinese input methods; rejects exponents, NaN, infinities,
/// separators and anything over `max_decimals` decimal places.
///
/// # Examples
///
/// ```
/// use longgang_model::number::parse_user;
///
/// // The GDP target as it may be typed: spaces, a plus sign, a Chinese input method.
/// for typed in ["6.5", " +6.5 ", "６．５", "6.50"] {
///     assert_eq!(parse_user("gdp", typed, 2)?.to_string(), "6.5");
/// }
/// // Nothing is guessed: no exponents or separators, no more places than allowed.
/// assert_eq!(parse_user("gdp", "6.5e0", 2).unwrap_err().code(), "not_a_number");
/// assert_eq!(parse_user("gdp", "1,288.98", 2).unwrap_err().code(), "not_a_number");
/// assert_eq!(parse_user("gdp", "6.555", 2).unwrap_err().code(), "too_precise");
/// # Ok::<(), longgang_model::Error>(())
/// ```
pub fn parse_user(field: &str, text: &str, max_decimals: u32) -> Result<Decimal> {
    let not_a_number = || Error::NotANumber {
        field: field.to_string(),
        input: text.to_string(),
    };
    if text.chars().count() > MAX_NUMBER_CHARS {
        return Err(not_a_number());
    }
    let ascii: String = text.trim().chars().map(fold_full_width).collect();
    let unsigned_plus = ascii.strip_prefix('+').unwrap_or(&ascii);
    let (negative, body) = match unsigned_plus.strip_prefix('-') {
        Some(rest) if !ascii.starts_with('+') => (true, rest),
        _ => (false, unsigned_plus),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(not_a_number());
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > max_decimals as usize {
        return Err(Error::TooPrecise {
            field: field.to_string(),
            max_decimals,
        });
    }
    let whole = if whole.is_empty() { "0" } else { whole };
    let sign = if negative { "-" } else { "" };
    let plain = if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    };
    parse_digits(&plain, true).ok_or_else(not_a_number)
}

/// Maps full-width digits, point and signs (as typed with a Chinese input method) to ASCII.
fn fold_full_width(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '－' | '−' => '-',
        '＋' => '+',
        _ => c,
    }
}

/// Rounds for display with [`DISPLAY_ROUNDING`] and always shows exactly `decimals` places.
///
/// # Examples
///
/// ```
/// use longgang_model::number::round_fixed;
/// use rust_decimal::Decimal;
///
/// let exact = |text: &str| text.parse::<Decimal>().unwrap();
/// // 2024 GDP at the 6.5% target, 亿元, shown to the unit's two places.
/// assert_eq!(round_fixed(exact("436.10685"), 2), "436.11");
/// // 四舍五入: a half rounds away from zero, either sign. Urban income at 6.5% (元), and
/// // how far GDP at 6% falls short of its target level.
/// assert_eq!(round_fixed(exact("73273.065"), 2), "73273.07");
/// assert_eq!(round_fixed(exact("-2.04745"), 2), "-2.05");
/// // Places are always shown, so columns line up.
/// assert_eq!(round_fixed(exact("6.5"), 2), "6.50");
/// ```
pub fn round_fixed(value: Decimal, decimals: u32) -> String {
    let mut buffer = [0; ROOM];
    let (start, zeros) = fixed(&mut buffer, value, decimals);
    string_of(buffer.get(start..).unwrap_or_default(), zeros)
}

/// Appends what [`round_fixed`] returns to `out`, as bytes and without a string of its own:
/// for writing many figures into one text.
pub fn write_fixed(out: &mut Vec<u8>, value: Decimal, decimals: u32) {
    let mut buffer = [0; ROOM];
    let (start, zeros) = fixed(&mut buffer, value, decimals);
    out.extend_from_slice(buffer.get(start..).unwrap_or_default());
    out.resize(out.len() + zeros, b'0');
}

/// 10^0 to 10^19, every power of ten a `u64` holds: looked up where a loop of
/// multiplications would run for every figure.
pub const POWERS_OF_TEN: [u64; 20] = {
    let mut table = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// Room for any decimal's text: a sign, up to 39 digits (a 128-bit magnitude) and a point.
const ROOM: usize = 48;

/// Writes `value` rounded for display to `decimals` places into the end of `buffer`, and
/// returns where it starts and how many zeros follow it (places beyond those a decimal
/// can hold, which only a caller asking for them gets).
fn fixed(buffer: &mut [u8; ROOM], value: Decimal, decimals: u32) -> (usize, usize) {
    // Rounded and written digit by digit from the mantissa: this runs for every figure shown.
    // Same results as `round_dp_with_strategy(decimals, DISPLAY_ROUNDING)` written with
    // exactly `decimals` places (tested below), also where that would have to give up places
    // because 96 bits cannot hold them.
    // Scale, sign and mantissa from one call (the accessors are a call each).
    let bytes = value.serialize();
    let word = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let (flags, lo, mid, hi) = (word(0), word(4), word(8), word(12));
    let scale = (flags >> 16) & 0xff;
    let negative = flags >> 31 == 1;
    let mantissa = u128::from(hi) << 64 | u128::from(mid) << 32 | u128::from(lo);
    let kept = scale.min(decimals);
    let magnitude = drop_places(mantissa, scale - kept);
    let start = write_number(
        buffer,
        negative && magnitude != 0,
        magnitude,
        kept as usize,
        decimals > 0,
    );
    (start, (decimals - kept) as usize)
}

/// Writes a sign (when `negative`) and the digits of `magnitude` with a point before the
/// last `places` of them (and a `0` before a leading point) into the end of `buffer` —
/// with `point` and no places, a point after the digits — and returns where it starts.
fn write_number(
    buffer: &mut [u8; ROOM],
    negative: bool,
    magnitude: u128,
    places: usize,
    point: bool,
) -> usize {
    let mut at = ROOM;
    let mut rest = magnitude;
    // At most 28 places (a decimal's scale); more would not fit, and never come.
    let places = places.min(28);
    let mut written = 0;
    loop {
        if written == places && point {
            at -= 1;
            buffer[at] = b'.';
        }
        // Nearly every figure shown fits 32 bits, where dividing by ten compiles to a
        // multiplication (in WebAssembly too, which has no 64-bit multiplication that gives
        // the high half); wider ones take 64-bit divisions.
        let digit = if let Ok(small) = u32::try_from(rest) {
            rest = u128::from(small / 10);
            (small % 10) as u8
        } else {
            let (quotient, digit) = divide_small(rest, 10);
            rest = quotient;
            digit as u8
        };
        at -= 1;
        buffer[at] = b'0' + digit;
        written += 1;
        if rest == 0 && written > places {
            break;
        }
    }
    if negative {
        at -= 1;
        buffer[at] = b'-';
    }
    at
}

/// ASCII bytes and `zeros` zeros as a string. One character at a time: this keeps the
/// UTF-8 check of a whole-string conversion out of the WebAssembly module.
fn string_of(bytes: &[u8], zeros: usize) -> String {
    let mut out = String::with_capacity(bytes.len() + zeros);
    for byte in bytes {
        out.push(char::from(*byte));
    }
    for _ in 0..zeros {
        out.push('0');
    }
    out
}

/// `value / divisor` and the remainder, in 64-bit steps over 32-bit pieces. A `u128`
/// division compiles to a long software routine (in WebAssembly one of the larger
/// functions of the module, and slow everywhere); decimals need only small divisors.
fn divide_small(value: u128, divisor: u32) -> (u128, u32) {
    let divisor = u64::from(divisor);
    let (mut quotient, mut remainder) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        let current = remainder << 32 | u64::from((value >> shift) as u32);
        quotient = quotient << 32 | u128::from(current / divisor);
        remainder = current % divisor;
    }
    (quotient, remainder as u32)
}

/// `magnitude / 10^dropped`, rounded half up: 四舍五入 on the magnitude, which is half away
/// from zero on the signed value. `dropped` is at most 28 (a decimal's largest scale).
fn drop_places(magnitude: u128, dropped: u32) -> u128 {
    if dropped == 0 {
        return magnitude;
    }
    if let (Ok(small), true) = (u64::try_from(magnitude), dropped <= 19) {
        let divisor = POWERS_OF_TEN[dropped as usize];
        let (quotient, remainder) = (small / divisor, small % divisor);
        return u128::from(quotient + u64::from(remainder >= divisor - remainder));
    }
    // Half up depends on the first dropped digit only: drop the others, then that one.
    let mut rest = magnitude;
    let mut left = dropped - 1;
    while left > 0 {
        let step = left.min(9);
        rest = divide_small(rest, 10u32.pow(step)).0;
        left -= step;
    }
    let (quotient, digit) = divide_small(rest, 10);
    quotient + u128::from(digit >= 5)
}

/// Number of decimal places a value carries after dropping trailing zeros.
pub fn decimal_places(value: Decimal) -> u32 {
    value.normalize().scale()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn plain_numbers_parse_and_others_do_not() {
        for (text, ok) in [
            ("6.5", true),
            ("-2", true),
            ("0", true),
            ("409.49", true),
            ("", false),
            ("+1", false),
            ("1e3", false),
            (".5", false),
            ("5.", false),
            ("NaN", false),
            (" 1", false),
            ("1,000", false),
            ("--1", false),
        ] {
            assert_eq!(parse_plain(text).is_some(), ok, "{text:?}");
        }
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical(d("6.50")), "6.5");
        assert_eq!(canonical(d("-0.0")), "0");
        assert_eq!(canonical(d("15")), "15");
        assert_eq!(canonical(d("-2.25")), "-2.25");
    }

    #[test]
    fn user_numbers_are_read_forgivingly() {
        for (text, want) in [
            (" 6.5 ", "6.5"),
            ("+7", "7"),
            (".5", "0.5"),
            ("5.", "5"),
            ("６．５", "6.5"),
            ("－3", "-3"),
            ("8.10", "8.1"),
            ("-0", "0"),
        ] {
            assert_eq!(
                canonical(parse_user("g", text, 2).unwrap()),
                want,
                "{text:?}"
            );
        }
    }

    #[test]
    fn user_numbers_reject_non_numbers_with_codes() {
        for text in [
            "abc", "", " ", "1e309", "1e28", "NaN", "Infinity", "-", ".", "+-1", "1.2.3", "1,5",
        ] {
            assert_eq!(
                parse_user("g", text, 2).unwrap_err().code(),
                "not_a_number",
                "{text:?}"
            );
        }
        assert_eq!(
            parse_user("g", "1.123", 2).unwrap_err().code(),
            "too_precise"
        );
        assert_eq!(
            parse_user("g", &format!("0.{}", "1".repeat(30)), 2)
                .unwrap_err()
                .code(),
            "too_precise"
        );
        assert_eq!(
            parse_user("g", &"9".repeat(500), 2).unwrap_err().code(),
            "not_a_number"
        );
    }

    #[test]
    fn display_rounding_is_half_away_from_zero() {
        for (value, places, want) in [
            ("436.10685", 2, "436.11"),
            ("73273.065", 2, "73273.07"),
            ("237.222", 2, "237.22"),
            ("-0.005", 2, "-0.01"),
            ("0.125", 2, "0.13"),
            ("2.5", 0, "3"),
            ("-0.001", 2, "0.00"),
            ("68801", 2, "68801.00"),
            // Wider than 64 bits, and more places than a decimal can hold.
            (
                "79228162514264337593543950335",
                1,
                "79228162514264337593543950335.0",
            ),
            (
                "-7922816251426433759354395033.5",
                0,
                "-7922816251426433759354395034",
            ),
            ("7.9228162514264337593543950335", 2, "7.92"),
            (
                "0.0000000000000000000000000005",
                27,
                "0.000000000000000000000000001",
            ),
            ("1.5", 30, "1.500000000000000000000000000000"),
        ] {
            assert_eq!(round_fixed(d(value), places), want, "{value}");
        }
    }

    #[test]
    fn display_rounding_matches_rust_decimal() {
        let mut next = crate::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let (a, b) = (next(), next());
            let mantissa = (i128::from(a as i64) * i128::from((b >> 33) as u32 | 1)) >> (b % 60);
            let value = Decimal::from_i128_with_scale(mantissa, (a % 29) as u32);
            for decimals in [0, 1, 2, 4, 10, 19, 20, 28] {
                let mut want = value.round_dp_with_strategy(decimals, DISPLAY_ROUNDING);
                want.rescale(decimals);
                if want.scale() != decimals {
                    // Too many digits for 96 bits: rust_decimal gives fewer places; the
                    // digit writer gives them all.
                    continue;
                }
                if want.is_zero() {
                    want.set_sign_positive(true);
                }
                assert_eq!(
                    round_fixed(value, decimals),
                    want.to_string(),
                    "{value} {decimals}"
                );
            }
        }
    }

    #[test]
    fn figures_written_in_place_are_the_rounded_texts() {
        let mut out = Vec::new();
        let cases = [
            ("436.10685", 2),
            ("-0.005", 2),
            ("68801", 2),
            ("1.5", 30),
            ("0", 0),
        ];
        for (value, places) in cases {
            write_fixed(&mut out, d(value), places);
            out.push(b' ');
        }
        let want: Vec<String> = cases
            .iter()
            .map(|(value, places)| round_fixed(d(value), *places) + " ")
            .collect();
        assert_eq!(String::from_utf8(out).unwrap(), want.concat());
    }

    /// The exact bits of a parse result, to compare with rust_decimal's.
    fn bits(value: Option<Decimal>) -> Option<[u8; 16]> {
        value.map(|d| d.serialize())
    }

    #[test]
    fn digit_parser_matches_rust_decimal() {
        let mut next = crate::xorshift(0x853c_49e6_748f_ea9b);
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "0.0",
            "-0.00",
            "007",
            "6.50",
            "79228162514264337593543950335",
            "79228162514264337593543950336",
            "7922816251426433759354395033.5",
            "7922816251426433759354395033.56",
            "792281625142643375935439503.35",
            "0.0000000000000000000000000001",
            "0.00000000000000000000000000015",
            "0.00000000000000000000000000014",
            "0.9999999999999999999999999999",
            "0.99999999999999999999999999995",
            "9.9999999999999999999999999999",
            "99999999999999999999999999999.5",
            "7.9228162514264337593543950335",
            "7.92281625142643375935439503355",
            "1.",
            ".1",
            "",
            "-",
            ".",
            "1..2",
            "--1",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for _ in 0..200_000 {
            let r = next();
            let whole_len = (r % 31) as usize;
            let fraction_len = ((r >> 8) % 34) as usize;
            let mut digit = |i: usize| -> char {
                let pick = (next() >> (i % 50)) % 13;
                // Mostly 9s and 0s near the limits, other digits in between.
                match pick {
                    0..=3 => '9',
                    4..=5 => '0',
                    _ => char::from(b'0' + (pick % 10) as u8),
                }
            };
            let mut text = String::new();
            if r >> 20 & 1 == 1 {
                text.push('-');
            }
            text.extend((0..whole_len.max(1)).map(&mut digit));
            if fraction_len > 0 {
                text.push('.');
                text.extend((0..fraction_len).map(&mut digit));
            }
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(
                bits(parse_digits(text, false)),
                bits(Decimal::from_str_exact(text).ok()),
                "exact {text}"
            );
            assert_eq!(
                bits(parse_digits(text, true)),
                bits(Decimal::from_str(text).ok()),
                "round {text}"
            );
        }
    }

    #[test]
    fn plain_text_matches_display() {
        let mut next = crate::xorshift(0x1234_5678_9abc_def1);
        let mut values = vec![
            Decimal::ZERO,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(-5, 3),
        ];
        for _ in 0..100_000 {
            let (a, b) = (next(), next());
            let mantissa = (i128::from(a) << 32 | i128::from(b >> 32)) >> (a % 90);
            let scale = (b % 29) as u32;
            let mut value = Decimal::from_i128_with_scale(mantissa % (1i128 << 95), scale);
            if b & 1 == 1 {
                value.set_sign_negative(true);
            }
            values.push(value);
        }
        for value in values {
            assert_eq!(plain_text(value), value.to_string(), "{value:?}");
        }
    }
}
