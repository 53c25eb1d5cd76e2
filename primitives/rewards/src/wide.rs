//! [`I384`]: a signed 384-bit integer in two's complement, just what the reputers' scoring
//! needs to expand squared distances exactly ([`crate::reputers`]): sums of products of
//! [`Fixed`](allora_synthesis::Fixed) raw values, multiplied by 64-bit weights, divided by 10^18
//! and square-rooted. Every operation that could leave the range is checked.

/// An `i128` below 2^90 in magnitude, split for [`I384::sum_of_products`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Small {
	low: u64,
	high: u64,
	negative: bool,
}

impl Small {
	/// `v` split, if `|v| < 2^90`.
	pub(crate) fn new(v: i128) -> Option<Self> {
		let m = v.unsigned_abs();
		(m < 1 << 90).then_some(Small { low: m as u64, high: (m >> 64) as u64, negative: v < 0 })
	}
}

/// A signed value below 2^256 in magnitude, kept as sign and magnitude for [`MulSum`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Signed256 {
	negative: bool,
	magnitude: [u64; 4],
}

impl Signed256 {
	/// `x`, if `|x| < 2^256`.
	pub(crate) fn new(x: I384) -> Option<Self> {
		let negative = x.is_negative();
		let m = if negative { x.checked_neg()? } else { x };
		(m.0[4] == 0 && m.0[5] == 0)
			.then_some(Signed256 { negative, magnitude: [m.0[0], m.0[1], m.0[2], m.0[3]] })
	}

	/// The value.
	pub(crate) fn value(&self) -> I384 {
		let [a, b, c, d] = self.magnitude;
		let m = I384([a, b, c, d, 0, 0]);
		if self.negative {
			m.wrapping_neg()
		} else {
			m
		}
	}
}

/// `Σ w_k·x_k` for `i128` weights `w_k` and [`Signed256`] values `x_k`, summed by sign in two
/// 384-bit accumulators: four 64-bit multiplications per term for a weight below 2^64 in
/// magnitude, eight otherwise.
#[derive(Default)]
pub(crate) struct MulSum {
	positive: [u64; 6],
	negative: [u64; 6],
	overflow: bool,
}

impl MulSum {
	/// Adds `w·x`.
	pub(crate) fn add(&mut self, x: &Signed256, w: i128) {
		let acc = if x.negative != (w < 0) { &mut self.negative } else { &mut self.positive };
		let m = w.unsigned_abs();
		// The low half, unrolled: the common case (a weight below 2^64 in magnitude).
		let low = (m as u64) as u128;
		let [m0, m1, m2, m3] = x.magnitude;
		let t = m0 as u128 * low + acc[0] as u128;
		acc[0] = t as u64;
		let t = m1 as u128 * low + acc[1] as u128 + (t >> 64);
		acc[1] = t as u64;
		let t = m2 as u128 * low + acc[2] as u128 + (t >> 64);
		acc[2] = t as u64;
		let t = m3 as u128 * low + acc[3] as u128 + (t >> 64);
		acc[3] = t as u64;
		let t = acc[4] as u128 + (t >> 64);
		acc[4] = t as u64;
		let t = acc[5] as u128 + (t >> 64);
		acc[5] = t as u64;
		let mut overflow = t >> 64 != 0;
		if m >> 64 != 0 {
			overflow |= mul_add_at(acc, &x.magnitude, (m >> 64) as u64, 1);
		}
		self.overflow |= overflow;
	}

	/// The sum, or `None` if it is beyond the range of an [`I384`].
	pub(crate) fn total(&self) -> Option<I384> {
		let positive = I384(self.positive);
		let negative = I384(self.negative);
		if self.overflow || positive.is_negative() || negative.is_negative() {
			return None;
		}
		positive.checked_sub(negative)
	}
}

/// `acc += (m · w) << (64·offset)`; whether it carried out of the accumulator.
fn mul_add_at(acc: &mut [u64; 6], m: &[u64; 4], w: u64, offset: usize) -> bool {
	let w = w as u128;
	let mut carry = 0u128;
	for (i, limb) in acc.iter_mut().enumerate().skip(offset) {
		let product = m.get(i - offset).map_or(0, |l| *l as u128 * w);
		let t = product + *limb as u128 + carry;
		*limb = t as u64;
		carry = t >> 64;
	}
	carry != 0
}

/// A signed 384-bit integer: six 64-bit limbs, least significant first, two's complement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct I384([u64; 6]);

impl I384 {
	/// 0.
	pub(crate) const ZERO: I384 = I384([0; 6]);

	/// `a · b`, exactly (the product of two `i128` fits 255 bits).
	#[cfg(test)]
	pub(crate) fn product(a: i128, b: i128) -> Self {
		let (x, y) = (a.unsigned_abs(), b.unsigned_abs());
		let (x1, x0) = ((x >> 64) as u64, x as u64);
		let (y1, y0) = ((y >> 64) as u64, y as u64);
		let mut limbs = [0u64; 6];
		for (i, xi) in [x0, x1].into_iter().enumerate() {
			let mut carry = 0u128;
			for (j, yj) in [y0, y1].into_iter().enumerate() {
				let t = xi as u128 * yj as u128 + limbs[i + j] as u128 + carry;
				limbs[i + j] = t as u64;
				carry = t >> 64;
			}
			limbs[i + 2] = carry as u64;
		}
		let p = I384(limbs);
		if (a < 0) != (b < 0) {
			p.wrapping_neg()
		} else {
			p
		}
	}

	/// `Σ a_j·b_j`, exactly (see [`Small`]; `None` when the lengths differ or reach 2^16):
	/// the products, below 2^180, are summed by sign in two 256-bit accumulators of 64-bit
	/// multiplications, several times cheaper than a general product and addition per pair.
	pub(crate) fn sum_of_products(a: &[Small], b: &[Small]) -> Option<Self> {
		if a.len() != b.len() || a.len() >= 1 << 16 {
			return None;
		}
		// (high, low) halves of the positive and of the negative products' sums.
		let mut positive = (0u128, 0u128);
		let mut negative = (0u128, 0u128);
		for (x, y) in a.iter().zip(b) {
			let (x0, x1, y0, y1) = (x.low as u128, x.high as u128, y.low as u128, y.high as u128);
			// x1, y1 < 2^26: the cross terms stay below 2^91 and the high one below 2^52.
			let mid = x0 * y1 + x1 * y0;
			let sum = if x.negative != y.negative { &mut negative } else { &mut positive };
			let (lo, c1) = sum.1.overflowing_add(x0 * y0);
			let (lo, c2) = lo.overflowing_add(mid << 64);
			sum.1 = lo;
			sum.0 += (mid >> 64) + x1 * y1 + c1 as u128 + c2 as u128;
		}
		let limbs = |(hi, lo): (u128, u128)| {
			I384([lo as u64, (lo >> 64) as u64, hi as u64, (hi >> 64) as u64, 0, 0])
		};
		limbs(positive).checked_sub(limbs(negative))
	}

	/// Whether this is below 0.
	pub(crate) fn is_negative(self) -> bool {
		self.0[5] >> 63 == 1
	}

	fn checked_neg(self) -> Option<Self> {
		(self != I384::min()).then(|| self.wrapping_neg())
	}

	fn wrapping_neg(self) -> Self {
		let mut out = [0u64; 6];
		let mut carry = 1u128;
		for (o, l) in out.iter_mut().zip(self.0) {
			let t = (!l) as u128 + carry;
			*o = t as u64;
			carry = t >> 64;
		}
		I384(out)
	}

	/// `self + o`, or `None` on overflow.
	pub(crate) fn checked_add(self, o: Self) -> Option<Self> {
		let mut out = [0u64; 6];
		let mut carry = 0u128;
		for (i, slot) in out.iter_mut().enumerate() {
			let t = self.0[i] as u128 + o.0[i] as u128 + carry;
			*slot = t as u64;
			carry = t >> 64;
		}
		let r = I384(out);
		// Overflow: both operands of one sign, the result of the other.
		if self.is_negative() == o.is_negative() && r.is_negative() != self.is_negative() {
			return None;
		}
		Some(r)
	}

	/// `self − o`, or `None` on overflow.
	pub(crate) fn checked_sub(self, o: Self) -> Option<Self> {
		if o == I384::min() {
			return None;
		}
		self.checked_add(o.wrapping_neg())
	}

	fn min() -> Self {
		let mut l = [0u64; 6];
		l[5] = 1 << 63;
		I384(l)
	}

	/// `self · m`, or `None` on overflow. Multiplies the two's complement limbs directly: for a
	/// negative `self` read as `self + 2^384`, the product is `self·m + m·2^384`, so it fits
	/// exactly when the limb carried out is `m − 1` and the result is negative.
	pub(crate) fn checked_mul_u64(self, m: u64) -> Option<Self> {
		if m == 0 {
			return Some(I384::ZERO);
		}
		let mut out = [0u64; 6];
		let mut carry = 0u128;
		for (o, l) in out.iter_mut().zip(self.0) {
			let t = l as u128 * m as u128 + carry;
			*o = t as u64;
			carry = t >> 64;
		}
		let r = I384(out);
		let fits = if self.is_negative() {
			carry == m as u128 - 1 && r.is_negative()
		} else {
			carry == 0 && !r.is_negative()
		};
		fits.then_some(r)
	}

	/// `self · m`, or `None` on overflow.
	pub(crate) fn checked_mul_i128(self, m: i128) -> Option<Self> {
		let magnitude = m.unsigned_abs();
		let low = self.checked_mul_u64(magnitude as u64)?;
		let high = self.checked_mul_u64((magnitude >> 64) as u64)?;
		// high · 2^64: the top limb must be the sign extension of the one below.
		let ext = if high.is_negative() { u64::MAX } else { 0 };
		if high.0[5] != ext || (high.0[4] >> 63 == 1) != high.is_negative() {
			return None;
		}
		let shifted = I384([0, high.0[0], high.0[1], high.0[2], high.0[3], high.0[4]]);
		let product = low.checked_add(shifted)?;
		if m < 0 {
			I384::ZERO.checked_sub(product)
		} else {
			Some(product)
		}
	}

	/// `floor(self / d)` for `self ≥ 0` and `d > 0`; `None` otherwise.
	pub(crate) fn div_floor_u64(self, d: u64) -> Option<Self> {
		if self.is_negative() || d == 0 {
			return None;
		}
		let mut out = [0u64; 6];
		let mut rem = 0u128;
		for i in (0..6).rev() {
			let cur = (rem << 64) | self.0[i] as u128;
			out[i] = (cur / d as u128) as u64;
			rem = cur % d as u128;
		}
		Some(I384(out))
	}

	/// `floor(sqrt(self))` for `0 ≤ self < 2^256`; `None` otherwise.
	pub(crate) fn isqrt(self) -> Option<u128> {
		if self.is_negative() || self.0[4] != 0 || self.0[5] != 0 {
			return None;
		}
		let hi = ((self.0[3] as u128) << 64) | self.0[2] as u128;
		let lo = ((self.0[1] as u128) << 64) | self.0[0] as u128;
		if hi == 0 {
			return Some(lo.isqrt());
		}
		// The root of the value shifted right by 2s (to fit 128 bits), shifted back, is within
		// 2^s of the root: the low s bits are settled one by one.
		let bits = 256 - hi.leading_zeros();
		let s = bits.saturating_sub(127).div_ceil(2);
		let shifted = if 2 * s >= 128 {
			hi >> (2 * s - 128)
		} else {
			(hi << (128 - 2 * s)) | (lo >> (2 * s))
		};
		let mut root = shifted.isqrt() << s;
		for b in (0..s).rev() {
			let candidate = root | (1u128 << b);
			let (sq_hi, sq_lo) = square(candidate);
			if (sq_hi, sq_lo) <= (hi, lo) {
				root = candidate;
			}
		}
		Some(root)
	}
}

/// `x²` as `(high, low)` 128-bit halves.
fn square(x: u128) -> (u128, u128) {
	let (x1, x0) = (x >> 64, x & u64::MAX as u128);
	let low = x0 * x0;
	let mid = x0 * x1;
	let (mid2_lo, mid2_hi) = (mid << 65, mid >> 63);
	let (lo, carry) = low.overflowing_add(mid2_lo);
	(x1 * x1 + mid2_hi + carry as u128, lo)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	fn to_i128(x: I384) -> Option<i128> {
		let negative = x.is_negative();
		let ext = if negative { u64::MAX } else { 0 };
		if x.0[2..].iter().any(|l| *l != ext) {
			return None;
		}
		let v = ((x.0[1] as u128) << 64 | x.0[0] as u128) as i128;
		(v.is_negative() == negative).then_some(v)
	}

	proptest! {
		#[test]
		fn small_arithmetic_is_native(a in any::<i64>(), b in any::<i64>(), m in any::<u32>()) {
			let (a, b) = (a as i128, b as i128);
			prop_assert_eq!(to_i128(I384::product(a, b)), Some(a * b));
			let (x, y) = (I384::product(a, 1), I384::product(b, 1));
			prop_assert_eq!(x.checked_add(y).and_then(to_i128), Some(a + b));
			prop_assert_eq!(x.checked_sub(y).and_then(to_i128), Some(a - b));
			prop_assert_eq!(x.checked_mul_u64(m as u64).and_then(to_i128), Some(a * m as i128));
			if a >= 0 && m > 0 {
				prop_assert_eq!(x.div_floor_u64(m as u64).and_then(to_i128), Some(a / m as i128));
			}
		}

		#[test]
		fn sums_of_products_are_the_sums_of_the_products(
			pairs in prop::collection::vec(((-(1i128 << 90) + 1)..(1i128 << 90), (-(1i128 << 90) + 1)..(1i128 << 90)), 0..40),
		) {
			let (a, b): (Vec<i128>, Vec<i128>) = pairs.into_iter().unzip();
			let mut want = I384::ZERO;
			for (x, y) in a.iter().zip(&b) {
				want = want.checked_add(I384::product(*x, *y)).unwrap();
			}
			let split = |v: &[i128]| v.iter().map(|x| Small::new(*x).unwrap()).collect::<Vec<_>>();
			prop_assert_eq!(I384::sum_of_products(&split(&a), &split(&b)), Some(want));
		}

		#[test]
		fn mul_sums_are_the_sums_of_the_products(
			terms in prop::collection::vec(((-(1i128 << 100))..(1i128 << 100), (-(1i128 << 90))..(1i128 << 90), prop_oneof![(-(1i128 << 64))..(1i128 << 64), (-(1i128 << 100))..(1i128 << 100)]), 0..20),
		) {
			let mut want = I384::ZERO;
			let mut sum = MulSum::default();
			for (a, b, w) in &terms {
				let x = I384::product(*a, *b);
				want = want.checked_add(x.checked_mul_i128(*w).unwrap()).unwrap();
				let signed = Signed256::new(x).unwrap();
				prop_assert_eq!(signed.value(), x);
				sum.add(&signed, *w);
			}
			prop_assert_eq!(sum.total(), Some(want));
		}

		#[test]
		fn products_by_i128_are_the_native_ones(a in any::<i64>(), w in any::<i64>()) {
			let x = I384::product(a as i128, 1);
			prop_assert_eq!(x.checked_mul_i128(w as i128), Some(I384::product(a as i128, w as i128)));
		}

		#[test]
		fn products_cancel(a in (i128::MIN + 1)..=i128::MAX, b in 1i128..i128::MAX) {
			let p = I384::product(a, b);
			prop_assert_eq!(p.is_negative(), a < 0);
			prop_assert_eq!(p.checked_sub(I384::product(a, b)), Some(I384::ZERO));
			prop_assert_eq!(p.checked_add(I384::product(-a, b)), Some(I384::ZERO));
		}

		#[test]
		fn isqrt_of_the_largest_squares(r in any::<u128>()) {
			let (hi, lo) = square(r);
			let mut limbs = [0u64; 6];
			limbs[0] = lo as u64;
			limbs[1] = (lo >> 64) as u64;
			limbs[2] = hi as u64;
			limbs[3] = (hi >> 64) as u64;
			prop_assert_eq!(I384(limbs).isqrt(), Some(r));
		}

		#[test]
		fn isqrt_is_the_floor(a in any::<u128>(), b in any::<u128>()) {
			let n = I384::product(a as i128 & i128::MAX, b as i128 & i128::MAX);
			let r = n.isqrt().unwrap();
			let (hi, lo) = square(r);
			let n_parts = (((n.0[3] as u128) << 64) | n.0[2] as u128, ((n.0[1] as u128) << 64) | n.0[0] as u128);
			prop_assert!((hi, lo) <= n_parts);
			if r < u128::MAX {
				prop_assert!(square(r + 1) > n_parts);
			}
		}
	}

	#[test]
	fn overflow_is_none() {
		assert_eq!(Small::new(1 << 90), None);
		assert_eq!(Small::new(-(1 << 90) + 1).map(|s| s.negative), Some(true));
		assert_eq!(I384::sum_of_products(&[Small::default()], &[]), None);
		let big = I384::product(i128::MAX, i128::MAX);
		let mut x = big;
		let mut overflowed = false;
		for _ in 0..200 {
			match x.checked_mul_u64(u64::MAX) {
				Some(y) => x = y,
				None => {
					overflowed = true;
					break;
				},
			}
		}
		assert!(overflowed);
		assert_eq!(I384::min().checked_sub(I384::product(1, 1)), None);
		assert_eq!(I384::product(-1, 1).div_floor_u64(3), None);
		assert_eq!(I384::product(-1, 1).isqrt(), None);
	}
}
