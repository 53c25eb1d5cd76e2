//! Amounts in ALLO and values as decimals, both ways, exactly: the chain counts in the smallest
//! unit (1 ALLO = 10^18) and fixed-point values have 18 decimals; a person writes `1.5`. A
//! decimal with more than 18 fractional digits, or in scientific notation, is refused with a
//! message: nothing is rounded silently.

use allora_synthesis::Fixed;
use std::fmt;

/// Decimals of ALLO and of the chain's fixed-point values.
pub const DECIMALS: u32 = 18;
/// One ALLO in the smallest unit.
pub const ALLO: u128 = 10u128.pow(DECIMALS);

/// Why a decimal was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecimalError {
	/// Empty input.
	Empty,
	/// Scientific notation (`1e-3`): write the digits out.
	Scientific(String),
	/// More than 18 fractional digits: the chain cannot hold them.
	TooPrecise(String),
	/// A minus sign where only amounts (never negative) are taken.
	Negative(String),
	/// Not a decimal number.
	Invalid(String),
	/// Beyond the largest amount or value the chain holds.
	TooLarge(String),
}

impl fmt::Display for DecimalError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			DecimalError::Empty => write!(f, "a number is required"),
			DecimalError::Scientific(s) => {
				write!(f, "{s:?}: scientific notation is not accepted, write the digits out")
			},
			DecimalError::TooPrecise(s) => {
				write!(f, "{s:?}: at most {DECIMALS} digits after the decimal point")
			},
			DecimalError::Negative(s) => write!(f, "{s:?}: an amount cannot be negative"),
			DecimalError::Invalid(s) => write!(f, "{s:?} is not a decimal number"),
			DecimalError::TooLarge(s) => write!(f, "{s:?} is too large"),
		}
	}
}

impl std::error::Error for DecimalError {}

/// `(negative, integer digits, fractional digits)` of a plain decimal.
fn split(s: &str) -> Result<(bool, &str, &str), DecimalError> {
	let t = s.trim();
	if t.is_empty() {
		return Err(DecimalError::Empty);
	}
	if t.contains(['e', 'E']) {
		return Err(DecimalError::Scientific(s.to_string()));
	}
	let (negative, body) = match t.strip_prefix('-') {
		Some(rest) => (true, rest),
		None => (false, t.strip_prefix('+').unwrap_or(t)),
	};
	let (int, frac) = body.split_once('.').unwrap_or((body, ""));
	let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
	if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
		return Err(DecimalError::Invalid(s.to_string()));
	}
	if frac.len() > DECIMALS as usize {
		return Err(DecimalError::TooPrecise(s.to_string()));
	}
	Ok((negative, int, frac))
}

/// `value · 10^18` of a plain decimal's magnitude.
fn scaled(s: &str, int: &str, frac: &str) -> Result<u128, DecimalError> {
	let too_large = || DecimalError::TooLarge(s.to_string());
	let int: u128 = if int.is_empty() { 0 } else { int.parse().map_err(|_| too_large())? };
	let frac_value: u128 =
		if frac.is_empty() { 0 } else { frac.parse().map_err(|_| too_large())? };
	let frac_scaled = frac_value * 10u128.pow(DECIMALS - frac.len() as u32);
	int.checked_mul(ALLO).and_then(|i| i.checked_add(frac_scaled)).ok_or_else(too_large)
}

/// An amount in ALLO (`"1.5"`) as the smallest unit (`1500000000000000000`).
pub fn parse_allo(s: &str) -> Result<u128, DecimalError> {
	let (negative, int, frac) = split(s)?;
	if negative {
		return Err(DecimalError::Negative(s.to_string()));
	}
	scaled(s, int, frac)
}

/// An amount in the smallest unit, in ALLO: `1.5`, `0.000000000000000001`, `3`.
pub fn format_allo(amount: u128) -> String {
	let int = amount / ALLO;
	let frac = amount % ALLO;
	if frac == 0 {
		return int.to_string();
	}
	let digits = format!("{frac:018}");
	format!("{int}.{}", digits.trim_end_matches('0'))
}

/// A value (an inference, a loss) as the chain's fixed point, exactly.
pub fn parse_value(s: &str) -> Result<Fixed, DecimalError> {
	let (negative, int, frac) = split(s)?;
	let magnitude = scaled(s, int, frac)?;
	let raw = i128::try_from(magnitude).map_err(|_| DecimalError::TooLarge(s.to_string()))?;
	Ok(Fixed::from_raw(if negative { -raw } else { raw }))
}

/// A model's `f64` output as the chain's fixed point: the shortest decimal that reads back as
/// the same `f64`, rounded to 18 decimals (the chain holds no more); an infinity or NaN is
/// refused.
pub fn value_of_f64(v: f64) -> Result<Fixed, DecimalError> {
	if !v.is_finite() {
		return Err(DecimalError::Invalid(v.to_string()));
	}
	let shortest = format!("{v}");
	match parse_value(&shortest) {
		Err(DecimalError::TooPrecise(_)) => parse_value(&format!("{v:.18}")),
		other => other,
	}
}

/// A fixed-point value as the nearest `f64` (for the loss methods, which compute in `f64`).
pub fn to_f64(v: Fixed) -> f64 {
	// An exact decimal string always reads as a double.
	v.to_string().parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_read_and_print_exactly() {
		assert_eq!(parse_allo("1.5"), Ok(1_500_000_000_000_000_000));
		assert_eq!(parse_allo("0.000000000000000001"), Ok(1));
		assert_eq!(parse_allo(".5"), Ok(ALLO / 2));
		assert_eq!(parse_allo("7."), Ok(7 * ALLO));
		assert_eq!(parse_allo(" 100 "), Ok(100 * ALLO));
		for amount in [0, 1, 10, ALLO - 1, ALLO, ALLO + 1, 1_234_567 * ALLO / 1000, u128::MAX] {
			assert_eq!(parse_allo(&format_allo(amount)), Ok(amount), "{amount}");
		}
		assert_eq!(format_allo(1_500_000_000_000_000_000), "1.5");
		assert_eq!(format_allo(1), "0.000000000000000001");
	}

	#[test]
	fn nothing_is_rounded_silently() {
		assert_eq!(
			parse_allo("0.0000000000000000001"),
			Err(DecimalError::TooPrecise("0.0000000000000000001".into()))
		);
		let e = parse_allo("1e-3").unwrap_err();
		assert_eq!(e, DecimalError::Scientific("1e-3".into()));
		assert!(e.to_string().contains("scientific notation"));
		assert_eq!(parse_allo("-1"), Err(DecimalError::Negative("-1".into())));
		for bad in ["", " ", ".", "1.2.3", "1,5", "0x10", "--1", "1 000"] {
			assert!(parse_allo(bad).is_err(), "{bad:?}");
		}
		assert!(matches!(parse_allo("340282366920938463464"), Err(DecimalError::TooLarge(_))));
	}

	#[test]
	fn values_are_signed_fixed_point() {
		assert_eq!(parse_value("-1.25"), Ok(Fixed::from_raw(-1_250_000_000_000_000_000)));
		assert_eq!(parse_value("3001.5").unwrap().to_string(), "3001.5");
		assert_eq!(value_of_f64(0.1).unwrap().to_string(), "0.1");
		assert_eq!(value_of_f64(-2.0).unwrap(), Fixed::from_int(-2));
		assert_eq!(value_of_f64(1e-20).unwrap(), Fixed::ZERO);
		assert_eq!(value_of_f64(1.2345e-17).unwrap(), Fixed::from_raw(12));
		assert!(value_of_f64(f64::NAN).is_err());
		assert!(value_of_f64(f64::INFINITY).is_err());
	}
}
