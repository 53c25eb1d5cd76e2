//! [`Fixed`]: a deterministic signed decimal fixed-point number.
//!
//! # Precision
//!
//! A `Fixed` is an `i128` counting units of 10^-18 ([`Fixed::DECIMALS`] = 18 fractional
//! digits), so it spans ±1.7·10^20 with an absolute resolution of 10^-18.
//!
//! | operation | result |
//! |---|---|
//! | `checked_add`, `checked_sub`, `checked_neg`, `abs` | exact |
//! | `checked_mul`, `checked_div`, `checked_div_int`, `from_rational` | exact value truncated toward zero to 18 digits (error < 10^-18) |
//! | `checked_sqrt` | `floor(sqrt(x))` at 18 digits, exact |
//! | `checked_exp` | truncated toward zero; error < 10^-18 + 10^-32·|result| |
//! | `checked_ln`, `checked_log10` | truncated toward zero; error < 10^-18 |
//! | `checked_pow` | `exp(y·ln x)` evaluated at 36 digits; error < 10^-18 + 10^-30·|result|·(1+|y·ln x|) |
//!
//! Intermediate products use 256-bit integers, and `exp`/`ln` run at 36 fractional digits
//! before the final truncation, so the stated bounds hold over the whole range. Every operation
//! that can leave the range returns a [`FixedError`] instead of wrapping or panicking.
//! There are no floating-point numbers anywhere in this crate.

use crate::wide::U256;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::{fmt, str::FromStr};
use scale_info::TypeInfo;

/// Why a fixed-point operation has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum FixedError {
	/// The result is outside ±1.7·10^20.
	Overflow,
	/// Division by zero.
	DivisionByZero,
	/// Square root of a negative number.
	NegativeSqrt,
	/// Logarithm of zero or of a negative number.
	NonPositiveLog,
	/// A negative number raised to a non-integer power.
	NegativeBase,
	/// A string that is not a decimal number with at most 18 fractional digits.
	Parse,
}

/// A signed decimal fixed-point number with 18 fractional digits (see the module docs).
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Hash,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Fixed(i128);

/// 10^18 as `u128`.
pub(crate) const SCALE: u128 = 1_000_000_000_000_000_000;
/// 10^18 as `u64`.
const SCALE64: u64 = 1_000_000_000_000_000_000;
/// 10^36: the scale of the internal high-precision values of `exp` and `ln`.
const SCALE36: i128 = 1_000_000_000_000_000_000_000_000_000_000_000_000;
/// ln 2 at 36 digits (truncated).
const LN2_36: i128 = 693_147_180_559_945_309_417_232_121_458_176_568;
/// ln 10 at 36 digits (truncated).
const LN10_36: i128 = 2_302_585_092_994_045_684_017_991_454_684_364_207;
/// sqrt(2) at 36 digits (truncated).
const SQRT2_36: u128 = 1_414_213_562_373_095_048_801_688_724_209_698_078;
/// 1/sqrt(2) at 36 digits (truncated).
const SQRT1_2_36: u128 = 707_106_781_186_547_524_400_844_362_104_849_039;
/// Above this (≈ 46.5 at 36 digits) `exp` leaves the range.
const EXP_MAX_36: i128 = 46_500_000_000_000_000_000_000_000_000_000_000_000;
/// Below this (−42 at 36 digits) `exp` is below 10^-18 and truncates to zero.
const EXP_MIN_36: i128 = -42_000_000_000_000_000_000_000_000_000_000_000_000;

/// `trunc(a * b / d)` on magnitudes, with the sign of `a * b`; `d > 0`.
fn mul_div_signed(a: i128, b: i128, d: u128) -> Result<i128, FixedError> {
	let negative = (a < 0) != (b < 0);
	let p = U256::mul_u128(a.unsigned_abs(), b.unsigned_abs());
	let q = p.checked_div_u128(d).ok_or(FixedError::DivisionByZero)?;
	let m = q.to_u128().ok_or(FixedError::Overflow)?;
	signed(m, negative)
}

/// Applies a sign to a magnitude, checking the `i128` range.
fn signed(m: u128, negative: bool) -> Result<i128, FixedError> {
	if negative {
		if m == i128::MIN.unsigned_abs() {
			Ok(i128::MIN)
		} else {
			i128::try_from(m).map(|v| -v).map_err(|_| FixedError::Overflow)
		}
	} else {
		i128::try_from(m).map_err(|_| FixedError::Overflow)
	}
}

/// `trunc(a * b / 10^36)` for values at 36 digits.
fn mul36(a: i128, b: i128) -> Result<i128, FixedError> {
	let negative = (a < 0) != (b < 0);
	let p = U256::mul_u128(a.unsigned_abs(), b.unsigned_abs());
	// Two divisions by 10^18 (each fits 64 bits) equal one by 10^36 (floor of floor).
	let q = p
		.checked_div_u128(SCALE)
		.and_then(|q| q.checked_div_u128(SCALE))
		.ok_or(FixedError::DivisionByZero)?;
	signed(q.to_u128().ok_or(FixedError::Overflow)?, negative)
}

/// `exp(x)` for `x` at 36 digits, returned at 18 digits (truncated).
fn exp36(x: i128) -> Result<Fixed, FixedError> {
	if x > EXP_MAX_36 {
		return Err(FixedError::Overflow);
	}
	if x < EXP_MIN_36 {
		return Ok(Fixed::ZERO);
	}
	// x = k·ln2 + r with |r| ≤ ln2/2; |k| ≤ 68 in this range.
	let half = if x >= 0 { LN2_36 / 2 } else { -LN2_36 / 2 };
	let k = (x + half) / LN2_36;
	let r = x - k * LN2_36;
	let sum = exp_small36(r)?;
	// e^x = sum · 2^k, brought to 18 digits.
	let sum = U256::from_u128(sum.unsigned_abs());
	let scaled = if k >= 0 {
		sum.checked_shl(k as u32).ok_or(FixedError::Overflow)?
	} else {
		sum.shr(k.unsigned_abs() as u32)
	};
	let raw = scaled.checked_div_u128(SCALE).and_then(U256::to_u128).ok_or(FixedError::Overflow)?;
	i128::try_from(raw).map(Fixed).map_err(|_| FixedError::Overflow)
}

/// `e^r` at 36 digits for `|r| ≤ ln 2` at 36 digits, by its Taylor series (the terms fall below
/// 10^-36 after about 30 steps).
fn exp_small36(r: i128) -> Result<i128, FixedError> {
	let mut sum = SCALE36;
	let mut term = SCALE36;
	for n in 1..=60i128 {
		term = mul36(term, r)? / n;
		if term == 0 {
			break;
		}
		sum += term;
	}
	Ok(sum)
}

/// A value at 36 digits as a value at 63 binary fractional bits, rounded.
#[cfg(test)]
fn q63_of_36(v: i128) -> u64 {
	let num = U256::mul_u128(v as u128, 1 << 63);
	let q = num.checked_div_u128(SCALE36 as u128 / 2).and_then(U256::to_u128).unwrap_or(0);
	q.div_ceil(2) as u64
}

/// `2^(j/d)` at 63 binary fractional bits, rounded, from the 36-digit exp (the reference of the
/// binary gradient's table).
#[cfg(test)]
pub(crate) fn exp2_q63_reference(j: u32, d: u32) -> u64 {
	q63_of_36(exp_small36(LN2_36 / d as i128 * j as i128).unwrap_or(0))
}

/// `ln(2)^k / k!` at 63 binary fractional bits, rounded (the reference of the binary gradient's
/// polynomial).
#[cfg(test)]
pub(crate) fn ln2_power_q63_reference(k: u32, factorial: u32) -> u64 {
	let mut v = SCALE36;
	for _ in 0..k {
		v = mul36(v, LN2_36).unwrap_or(0);
	}
	q63_of_36(v / factorial as i128)
}

/// `ln(x)` at 36 digits for `x > 0` given at 18 digits.
fn ln36(x: Fixed) -> Result<i128, FixedError> {
	if x.0 <= 0 {
		return Err(FixedError::NonPositiveLog);
	}
	// x·10^18 is x at 36 digits; find k with m = x / 2^k in [1/sqrt2, sqrt2).
	let x36 = U256::mul_u128(x.0.unsigned_abs(), SCALE);
	let one36 = U256::from_u128(SCALE36 as u128);
	let mut k: i32 = x36.bits() as i32 - one36.bits() as i32;
	let scaled = |k: i32| -> Result<u128, FixedError> {
		let m = if k >= 0 {
			x36.shr(k as u32)
		} else {
			x36.checked_shl(k.unsigned_abs()).ok_or(FixedError::Overflow)?
		};
		m.to_u128().ok_or(FixedError::Overflow)
	};
	let mut m = scaled(k)?;
	while m >= SQRT2_36 {
		k += 1;
		m = scaled(k)?;
	}
	while m < SQRT1_2_36 {
		k -= 1;
		m = scaled(k)?;
	}
	// ln m = 2·atanh(z), z = (m−1)/(m+1), |z| < 0.172.
	let m = m as i128;
	let num = m - SCALE36;
	let den = (m + SCALE36) as u128;
	let z = mul_div_signed(num, SCALE36, den)?;
	let z2 = mul36(z, z)?;
	let mut sum = z;
	let mut power = z;
	for n in 1..=40i128 {
		power = mul36(power, z2)?;
		let term = power / (2 * n + 1);
		if term == 0 {
			break;
		}
		sum += term;
	}
	Ok(k as i128 * LN2_36 + 2 * sum)
}

impl Fixed {
	/// Fractional decimal digits.
	pub const DECIMALS: u32 = 18;
	/// 0.
	pub const ZERO: Fixed = Fixed(0);
	/// 1.
	pub const ONE: Fixed = Fixed(SCALE as i128);
	/// The largest value, about 1.7·10^20.
	pub const MAX: Fixed = Fixed(i128::MAX);
	/// The smallest value, about −1.7·10^20.
	pub const MIN: Fixed = Fixed(i128::MIN);

	/// The number whose raw representation is `raw` (units of 10^-18).
	pub const fn from_raw(raw: i128) -> Self {
		Fixed(raw)
	}

	/// The raw representation (units of 10^-18).
	pub const fn raw(self) -> i128 {
		self.0
	}

	/// The raw value zigzag-encoded (`2v` for `v ≥ 0`, `−2v − 1` below), so that small
	/// magnitudes of either sign make small numbers (for SCALE's compact encoding).
	pub const fn zigzag(self) -> u128 {
		((self.0 << 1) ^ (self.0 >> 127)) as u128
	}

	/// The value whose [`Fixed::zigzag`] is `z`.
	pub const fn from_zigzag(z: u128) -> Self {
		Fixed(((z >> 1) as i128) ^ -((z & 1) as i128))
	}

	/// An integer.
	pub const fn from_int(v: i64) -> Self {
		// |v| ≤ 9.3·10^18, times 10^18 stays below 1.7·10^38.
		Fixed(v as i128 * SCALE as i128)
	}

	/// `n / d`, truncated toward zero.
	pub fn from_rational(n: i128, d: i128) -> Result<Self, FixedError> {
		if d == 0 {
			return Err(FixedError::DivisionByZero);
		}
		let negative = (n < 0) != (d < 0);
		let q = U256::mul_u128(n.unsigned_abs(), SCALE)
			.checked_div_u128(d.unsigned_abs())
			.ok_or(FixedError::DivisionByZero)?;
		signed(q.to_u128().ok_or(FixedError::Overflow)?, negative).map(Fixed)
	}

	/// `n / d` for unsigned integers (stakes, balances), truncated.
	pub fn from_ratio_u128(n: u128, d: u128) -> Result<Self, FixedError> {
		let q = U256::mul_u128(n, SCALE).checked_div_u128(d).ok_or(FixedError::DivisionByZero)?;
		signed(q.to_u128().ok_or(FixedError::Overflow)?, false).map(Fixed)
	}

	/// `trunc(self · n)` for a non-negative `self` and an integer `n` (token amounts up to
	/// 10^38): `self` times a count of smallest units, truncated to a whole unit.
	pub fn mul_u128_floor(self, n: u128) -> Result<u128, FixedError> {
		if self.is_negative() {
			return Err(FixedError::NegativeBase);
		}
		let q = U256::mul_u128(self.0 as u128, n)
			.checked_div_u128(SCALE)
			.ok_or(FixedError::DivisionByZero)?;
		q.to_u128().ok_or(FixedError::Overflow)
	}

	/// Whether this is 0.
	pub const fn is_zero(self) -> bool {
		self.0 == 0
	}

	/// Whether this is below 0.
	pub const fn is_negative(self) -> bool {
		self.0 < 0
	}

	/// Whether this is above 0.
	pub const fn is_positive(self) -> bool {
		self.0 > 0
	}

	/// `self + o`, clamped to the representable range.
	pub const fn saturating_add(self, o: Fixed) -> Fixed {
		Fixed(self.0.saturating_add(o.0))
	}

	/// `self − o`, clamped to the representable range.
	pub const fn saturating_sub(self, o: Fixed) -> Fixed {
		Fixed(self.0.saturating_sub(o.0))
	}

	/// `self + o`.
	pub fn checked_add(self, o: Fixed) -> Result<Fixed, FixedError> {
		self.0.checked_add(o.0).map(Fixed).ok_or(FixedError::Overflow)
	}

	/// `self − o`.
	pub fn checked_sub(self, o: Fixed) -> Result<Fixed, FixedError> {
		self.0.checked_sub(o.0).map(Fixed).ok_or(FixedError::Overflow)
	}

	/// `−self`.
	pub fn checked_neg(self) -> Result<Fixed, FixedError> {
		self.0.checked_neg().map(Fixed).ok_or(FixedError::Overflow)
	}

	/// `|self|`.
	pub fn abs(self) -> Result<Fixed, FixedError> {
		self.0.checked_abs().map(Fixed).ok_or(FixedError::Overflow)
	}

	/// `self · o`, truncated toward zero.
	pub fn checked_mul(self, o: Fixed) -> Result<Fixed, FixedError> {
		// Fast path: the product fits 128 bits.
		if let Some(p) = self.0.checked_mul(o.0) {
			return Ok(Fixed(p / SCALE as i128));
		}
		let negative = (self.0 < 0) != (o.0 < 0);
		let q = U256::mul_u128(self.0.unsigned_abs(), o.0.unsigned_abs())
			.checked_div_u128(SCALE64 as u128)
			.ok_or(FixedError::DivisionByZero)?;
		signed(q.to_u128().ok_or(FixedError::Overflow)?, negative).map(Fixed)
	}

	/// `self / o`, truncated toward zero.
	pub fn checked_div(self, o: Fixed) -> Result<Fixed, FixedError> {
		if o.0 == 0 {
			return Err(FixedError::DivisionByZero);
		}
		if let Some(n) = self.0.checked_mul(SCALE as i128) {
			return Ok(Fixed(n / o.0));
		}
		mul_div_signed(self.0, SCALE as i128, o.0.unsigned_abs()).map(|v| {
			if o.0 < 0 {
				Fixed(-v)
			} else {
				Fixed(v)
			}
		})
	}

	/// `self / n` for an integer `n`, truncated toward zero.
	pub fn checked_div_int(self, n: i128) -> Result<Fixed, FixedError> {
		if n == 0 {
			return Err(FixedError::DivisionByZero);
		}
		self.0.checked_div(n).map(Fixed).ok_or(FixedError::Overflow)
	}

	/// `floor(sqrt(self))` at 18 digits.
	pub fn checked_sqrt(self) -> Result<Fixed, FixedError> {
		if self.0 < 0 {
			return Err(FixedError::NegativeSqrt);
		}
		let r = U256::mul_u128(self.0.unsigned_abs(), SCALE).isqrt();
		i128::try_from(r).map(Fixed).map_err(|_| FixedError::Overflow)
	}

	/// `e^self`.
	pub fn checked_exp(self) -> Result<Fixed, FixedError> {
		// Far outside [−42, 46.5] the 36-digit argument would overflow: decide here.
		match self.0.checked_mul(SCALE as i128) {
			Some(x) => exp36(x),
			None if self.0 < 0 => Ok(Fixed::ZERO),
			None => Err(FixedError::Overflow),
		}
	}

	/// Natural logarithm.
	pub fn checked_ln(self) -> Result<Fixed, FixedError> {
		Ok(Fixed(ln36(self)? / SCALE as i128))
	}

	/// Base-10 logarithm.
	pub fn checked_log10(self) -> Result<Fixed, FixedError> {
		let l = ln36(self)?;
		// ln x / ln 10 at 36 digits, then truncated to 18.
		let q = mul_div_signed(l, SCALE36, LN10_36 as u128)?;
		Ok(Fixed(q / SCALE as i128))
	}

	/// `self^y`. A negative base needs an integer exponent; `0^y` is 0 for `y > 0`, 1 for
	/// `y = 0`, and a division by zero for `y < 0`.
	pub fn checked_pow(self, y: Fixed) -> Result<Fixed, FixedError> {
		if y.is_zero() {
			return Ok(Fixed::ONE);
		}
		if self.is_zero() {
			return if y.is_positive() { Ok(Fixed::ZERO) } else { Err(FixedError::DivisionByZero) };
		}
		let integer_y = y.0 % SCALE as i128 == 0;
		if self.is_negative() && !integer_y {
			return Err(FixedError::NegativeBase);
		}
		let odd = integer_y && (y.0 / SCALE as i128) % 2 != 0;
		let base = self.abs()?;
		// y·ln|x| at 36 digits.
		let t = mul_div_signed(ln36(base)?, y.0, SCALE)?;
		let r = exp36(t)?;
		if self.is_negative() && odd {
			r.checked_neg()
		} else {
			Ok(r)
		}
	}

	/// The largest integer not above `self`.
	pub fn floor(self) -> Fixed {
		let s = SCALE as i128;
		let r = self.0.rem_euclid(s);
		Fixed(self.0 - r)
	}

	/// The smallest integer not below `self`, or an overflow error.
	pub fn checked_ceil(self) -> Result<Fixed, FixedError> {
		let f = self.floor();
		if f == self {
			Ok(f)
		} else {
			f.checked_add(Fixed::ONE)
		}
	}

	/// The integer part (toward zero), as `i128`.
	pub const fn trunc_int(self) -> i128 {
		self.0 / SCALE as i128
	}

	/// Parses a decimal string such as `-12.5`, `0.000001` or `3`. More than 18 fractional
	/// digits are truncated toward zero when `truncate` is set, and rejected otherwise.
	pub fn parse_decimal(s: &str, truncate: bool) -> Result<Fixed, FixedError> {
		let (negative, body) = match s.as_bytes().first() {
			Some(b'-') => (true, &s[1..]),
			Some(b'+') => (false, &s[1..]),
			_ => (false, s),
		};
		let (int_part, frac_part) = match body.find('.') {
			Some(i) => (&body[..i], &body[i + 1..]),
			None => (body, ""),
		};
		if int_part.is_empty() && frac_part.is_empty() {
			return Err(FixedError::Parse);
		}
		let digits_ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
		if !digits_ok(int_part) || !digits_ok(frac_part) {
			return Err(FixedError::Parse);
		}
		if frac_part.len() > Self::DECIMALS as usize && !truncate {
			return Err(FixedError::Parse);
		}
		let mut magnitude: u128 = 0;
		for b in int_part.bytes() {
			magnitude = magnitude
				.checked_mul(10)
				.and_then(|m| m.checked_add((b - b'0') as u128))
				.ok_or(FixedError::Overflow)?;
		}
		magnitude = magnitude.checked_mul(SCALE).ok_or(FixedError::Overflow)?;
		let mut frac: u128 = 0;
		let mut unit = SCALE;
		for b in frac_part.bytes().take(Self::DECIMALS as usize) {
			unit /= 10;
			frac += (b - b'0') as u128 * unit;
		}
		let m = magnitude.checked_add(frac).ok_or(FixedError::Overflow)?;
		signed(m, negative).map(Fixed)
	}
}

impl FromStr for Fixed {
	type Err = FixedError;

	/// Parses a decimal with at most 18 fractional digits (see [`Fixed::parse_decimal`]).
	fn from_str(s: &str) -> Result<Self, Self::Err> {
		Fixed::parse_decimal(s, false)
	}
}

impl fmt::Display for Fixed {
	/// The exact decimal value, without trailing zeros: `-0.125`, `3`.
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let m = self.0.unsigned_abs();
		let int = m / SCALE;
		let mut frac = m % SCALE;
		if self.0 < 0 {
			f.write_str("-")?;
		}
		write!(f, "{int}")?;
		if frac != 0 {
			let mut width = Self::DECIMALS as usize;
			while frac.is_multiple_of(10) {
				frac /= 10;
				width -= 1;
			}
			write!(f, ".{frac:0width$}")?;
		}
		Ok(())
	}
}

/// In JSON (chain specs, genesis presets) a [`Fixed`] is its exact decimal string, `"0.25"`.
#[cfg(feature = "serde")]
impl serde::Serialize for Fixed {
	fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
		s.collect_str(self)
	}
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Fixed {
	fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		let s = <alloc::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
		s.parse().map_err(|e| serde::de::Error::custom(alloc::format!("{e:?}: {s:?}")))
	}
}

impl fmt::Debug for Fixed {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		fmt::Display::fmt(self, f)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn mul_u128_floor_truncates_large_products() {
		let quarter = Fixed::from_raw(250_000_000_000_000_000);
		assert_eq!(quarter.mul_u128_floor(10), Ok(2));
		// 26.05% of 10^27, exactly.
		let share = Fixed::from_raw(260_500_000_000_000_000);
		assert_eq!(share.mul_u128_floor(10u128.pow(27)), Ok(2605 * 10u128.pow(23)));
		assert_eq!(Fixed::from_int(-1).mul_u128_floor(1), Err(FixedError::NegativeBase));
		assert_eq!(Fixed::MAX.mul_u128_floor(u128::MAX), Err(FixedError::Overflow));
	}
	use proptest::prelude::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	// Reference values: the exact result truncated to 18 digits, computed with Python's
	// `decimal` at 100 significant digits.
	const EXP: &[(&str, i128)] = &[
		("0", 1000000000000000000),
		("1", 2718281828459045235),
		("-1", 367879441171442321),
		("0.5", 1648721270700128146),
		("-6.75", 1170879620791174),
		("17.25", 31015573274482230832018317),
		("2.302585092994045684", 9999999999999999999),
		("-20", 2061153622),
		("30", 10686474581524462146990468650741),
		("46", 94961194206024488745133649117118323101),
		("-41", 1),
		("0.000000000000000001", 1000000000000000001),
		("-0.693147180559945309", 500000000000000000),
		("12.345678901234567891", 229964194852988545414221),
	];
	const LN: &[(&str, i128)] = &[
		("1", 0),
		("2", 693147180559945309),
		("10", 2302585092994045684),
		("0.5", -693147180559945309),
		("0.000000000000000001", -41446531673892822312),
		("170141183460.469231731687303715", 25859894420273820827),
		("3.141592653589793238", 1144729885849400173),
		("0.1", -2302585092994045684),
		("123456.789", 11723646487185880981),
		("1.000000000000000001", 0),
	];
	const LOG10: &[(&str, i128)] = &[
		("1", 0),
		("2", 301029995663981195),
		("10", 1000000000000000000),
		("0.5", -301029995663981195),
		("0.000000000000000001", -18000000000000000000),
		("170141183460.469231731687303715", 11230809449325611792),
		("3.141592653589793238", 497149872694133854),
		("0.1", -1000000000000000000),
		("123456.789", 5091514977169270447),
		("1.000000000000000001", 0),
	];
	const SQRT: &[(&str, i128)] = &[
		("0", 0),
		("1", 1000000000000000000),
		("2", 1414213562373095048),
		("0.000000000000000001", 1000000000),
		("170141183460469231731.687303715884105727", 13043817825332782212349571806),
		("0.25", 500000000000000000),
		("12345.6789", 111111110605555554405),
	];
	const POW: &[(&str, &str, i128)] = &[
		("2", "0.5", 1414213562373095048),
		("10", "-2", 10000000000000000),
		("0.5", "3.5", 88388347648318440),
		("-2", "3", -8000000000000000000),
		("-2", "2", 4000000000000000000),
		("7.5", "1.25", 12411565948675774143),
		("1.5", "-0.75", 737787946466881061),
	];

	fn assert_close(what: &str, got: Fixed, want: i128, ulps: i128, rel_raw_div: i128) {
		let tol = ulps + want.abs() / rel_raw_div;
		let diff = (got.raw() - want).abs();
		assert!(diff <= tol, "{what}: got {} want {} (diff {diff} > {tol})", got.raw(), want);
	}

	#[test]
	fn exp_matches_reference() {
		for (x, want) in EXP {
			// < 1 ulp + 1e-32 relative
			assert_close(
				&format!("exp({x})"),
				f(x).checked_exp().unwrap(),
				*want,
				1,
				10i128.pow(32),
			);
		}
	}

	#[test]
	fn ln_and_log10_match_reference() {
		for (x, want) in LN {
			assert_close(&format!("ln({x})"), f(x).checked_ln().unwrap(), *want, 1, i128::MAX);
		}
		for (x, want) in LOG10 {
			assert_close(
				&format!("log10({x})"),
				f(x).checked_log10().unwrap(),
				*want,
				1,
				i128::MAX,
			);
		}
	}

	#[test]
	fn sqrt_is_exact() {
		for (x, want) in SQRT {
			assert_eq!(f(x).checked_sqrt().unwrap().raw(), *want, "sqrt({x})");
		}
	}

	#[test]
	fn pow_matches_reference() {
		for (b, e, want) in POW {
			assert_close(
				&format!("{b}^{e}"),
				f(b).checked_pow(f(e)).unwrap(),
				*want,
				2,
				10i128.pow(28),
			);
		}
	}

	#[test]
	fn errors_are_typed() {
		assert_eq!(f("-1").checked_sqrt(), Err(FixedError::NegativeSqrt));
		assert_eq!(Fixed::ZERO.checked_ln(), Err(FixedError::NonPositiveLog));
		assert_eq!(f("-3").checked_log10(), Err(FixedError::NonPositiveLog));
		assert_eq!(f("-2").checked_pow(f("0.5")), Err(FixedError::NegativeBase));
		assert_eq!(Fixed::ZERO.checked_pow(f("-1")), Err(FixedError::DivisionByZero));
		assert_eq!(f("47").checked_exp(), Err(FixedError::Overflow));
		assert_eq!(f("-43").checked_exp(), Ok(Fixed::ZERO));
		assert_eq!(f("-2392").checked_exp(), Ok(Fixed::ZERO));
		assert_eq!(Fixed::MIN.checked_exp(), Ok(Fixed::ZERO));
		assert_eq!(Fixed::MAX.checked_exp(), Err(FixedError::Overflow));
		assert_eq!(Fixed::ONE.checked_div(Fixed::ZERO), Err(FixedError::DivisionByZero));
		assert_eq!(Fixed::MAX.checked_mul(f("2")), Err(FixedError::Overflow));
		assert_eq!(Fixed::MAX.checked_add(Fixed::from_raw(1)), Err(FixedError::Overflow));
		assert_eq!(Fixed::MIN.checked_neg(), Err(FixedError::Overflow));
		assert_eq!("1.0000000000000000001".parse::<Fixed>(), Err(FixedError::Parse));
		assert_eq!("1e5".parse::<Fixed>(), Err(FixedError::Parse));
		assert_eq!("".parse::<Fixed>(), Err(FixedError::Parse));
		assert_eq!("999999999999999999999".parse::<Fixed>(), Err(FixedError::Overflow));
	}

	#[test]
	fn parse_and_display() {
		assert_eq!(f("-12.5").to_string(), "-12.5");
		assert_eq!(f("0.000000000000000001").raw(), 1);
		assert_eq!(f("3").to_string(), "3");
		assert_eq!(
			Fixed::parse_decimal("1.0000000000000000019", true),
			Ok(f("1.000000000000000001"))
		);
		assert_eq!(Fixed::MIN.to_string(), "-170141183460469231731.687303715884105728");
	}

	#[test]
	fn floor_and_ceil() {
		assert_eq!(f("-1.5").floor(), f("-2"));
		assert_eq!(f("1.5").floor(), f("1"));
		assert_eq!(f("1.5").checked_ceil(), Ok(f("2")));
		assert_eq!(f("-1.5").checked_ceil(), Ok(f("-1")));
		assert_eq!(f("2").checked_ceil(), Ok(f("2")));
	}

	proptest! {
		/// Zigzag encoding is a bijection of every raw value, and small magnitudes of either
		/// sign make small numbers (`2|v| − 1 ≤ z ≤ 2|v|`).
		#[test]
		fn zigzag_round_trips(raw in any::<i128>()) {
			let z = Fixed::from_raw(raw).zigzag();
			prop_assert_eq!(Fixed::from_zigzag(z).raw(), raw);
			let twice = raw.unsigned_abs().saturating_mul(2);
			prop_assert!(z <= twice && z >= twice.saturating_sub(1));
		}

		#[test]
		fn display_parse_round_trip(raw in any::<i128>()) {
			let x = Fixed::from_raw(raw);
			prop_assert_eq!(x.to_string().parse::<Fixed>(), Ok(x));
		}

		#[test]
		fn mul_div_never_panic(a in any::<i128>(), b in any::<i128>()) {
			let (a, b) = (Fixed::from_raw(a), Fixed::from_raw(b));
			let _ = a.checked_mul(b);
			let _ = a.checked_div(b);
			let _ = a.checked_add(b);
			let _ = a.checked_sub(b);
			let _ = a.checked_pow(b);
			let _ = a.checked_exp();
			let _ = a.checked_ln();
			let _ = a.checked_sqrt();
		}

		#[test]
		fn mul_is_truncated_product(a in -10i128.pow(28)..10i128.pow(28), b in -10i128.pow(28)..10i128.pow(28)) {
			// Exact reference on the 256-bit path vs the 128-bit fast path.
			let p = Fixed::from_raw(a).checked_mul(Fixed::from_raw(b)).unwrap();
			let m = U256::mul_u128(a.unsigned_abs(), b.unsigned_abs()).checked_div_u128(SCALE).unwrap().to_u128().unwrap() as i128;
			prop_assert_eq!(p.raw(), if (a < 0) != (b < 0) { -m } else { m });
		}

		#[test]
		fn div_then_mul_is_close(a in -10i128.pow(36)..10i128.pow(36), b in 1i128..10i128.pow(30)) {
			let (x, y) = (Fixed::from_raw(a), Fixed::from_raw(b));
			if let Ok(q) = x.checked_div(y) {
				let back = q.checked_mul(y).unwrap();
				// |x − (x/y)·y| < y (one truncation of the quotient) + 1
				prop_assert!((back.raw() - a).abs() <= b / SCALE as i128 + 2);
			}
		}

		#[test]
		fn exp_of_ln_round_trips(raw in 1_000_000i128..10i128.pow(38)) {
			let x = Fixed::from_raw(raw);
			let back = x.checked_ln().unwrap().checked_exp().unwrap();
			// ln is truncated by < 1e-18, so e^ln x is within x·1e-18 (plus one ulp).
			let tol = raw / 10i128.pow(17) + 2;
			prop_assert!((back.raw() - raw).abs() <= tol, "{} vs {}", back.raw(), raw);
		}

		#[test]
		fn sqrt_is_floor(raw in 0i128..i128::MAX) {
			let r = Fixed::from_raw(raw).checked_sqrt().unwrap().raw() as u128;
			let n = U256::mul_u128(raw as u128, SCALE);
			prop_assert!(U256::mul_u128(r, r) <= n);
			prop_assert!(U256::mul_u128(r + 1, r + 1) > n);
		}

		#[test]
		fn exp_is_monotone(a in -42_000i128..46_000, b in -42_000i128..46_000) {
			let (x, y) = (Fixed::from_raw(a * 10i128.pow(15)), Fixed::from_raw(b * 10i128.pow(15)));
			if x <= y {
				prop_assert!(x.checked_exp().unwrap() <= y.checked_exp().unwrap());
			}
		}
	}
}
