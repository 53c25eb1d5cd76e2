//! A minimal unsigned 256-bit integer: just what [`crate::Fixed`] needs for exact intermediate
//! products (multiplication, division, square root) without overflow.

use core::cmp::Ordering;

/// An unsigned 256-bit integer, `hi * 2^128 + lo`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct U256 {
	hi: u128,
	lo: u128,
}

const LOW64: u128 = u64::MAX as u128;

impl U256 {
	pub(crate) const ZERO: U256 = U256 { hi: 0, lo: 0 };

	pub(crate) const fn from_u128(v: u128) -> Self {
		U256 { hi: 0, lo: v }
	}

	/// The exact product of two `u128`.
	pub(crate) fn mul_u128(a: u128, b: u128) -> Self {
		let (a1, a0) = (a >> 64, a & LOW64);
		let (b1, b0) = (b >> 64, b & LOW64);
		let p00 = a0 * b0;
		let p01 = a0 * b1;
		let p10 = a1 * b0;
		let p11 = a1 * b1;
		let mid = (p00 >> 64) + (p01 & LOW64) + (p10 & LOW64);
		let lo = (p00 & LOW64) | (mid << 64);
		let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
		U256 { hi, lo }
	}

	/// `self + o`, or `None` on overflow.
	pub(crate) fn checked_add(self, o: Self) -> Option<Self> {
		let (lo, carry) = self.lo.overflowing_add(o.lo);
		let hi = self.hi.checked_add(o.hi)?.checked_add(carry as u128)?;
		Some(U256 { hi, lo })
	}

	/// `self − o` for `o ≤ self` (wraps otherwise).
	pub(crate) fn wrapping_sub(self, o: Self) -> Self {
		let (lo, borrow) = self.lo.overflowing_sub(o.lo);
		U256 { hi: self.hi.wrapping_sub(o.hi).wrapping_sub(borrow as u128), lo }
	}

	/// The value as a `u128`, if it fits.
	pub(crate) fn to_u128(self) -> Option<u128> {
		if self.hi == 0 {
			Some(self.lo)
		} else {
			None
		}
	}

	/// `self * 2^n`, or `None` on overflow.
	pub(crate) fn checked_shl(self, n: u32) -> Option<Self> {
		if n == 0 {
			return Some(self);
		}
		if n >= 256 {
			return if self == Self::ZERO { Some(self) } else { None };
		}
		if self.bits() + n > 256 {
			return None;
		}
		Some(if n >= 128 {
			U256 { hi: self.lo << (n - 128), lo: 0 }
		} else {
			U256 { hi: (self.hi << n) | (self.lo >> (128 - n)), lo: self.lo << n }
		})
	}

	/// `floor(self / 2^n)`.
	pub(crate) fn shr(self, n: u32) -> Self {
		if n == 0 {
			self
		} else if n >= 256 {
			Self::ZERO
		} else if n >= 128 {
			U256 { hi: 0, lo: self.hi >> (n - 128) }
		} else {
			U256 { hi: self.hi >> n, lo: (self.lo >> n) | (self.hi << (128 - n)) }
		}
	}

	/// Number of significant bits.
	pub(crate) fn bits(self) -> u32 {
		if self.hi != 0 {
			256 - self.hi.leading_zeros()
		} else {
			128 - self.lo.leading_zeros()
		}
	}

	fn limbs(self) -> [u64; 4] {
		[(self.hi >> 64) as u64, self.hi as u64, (self.lo >> 64) as u64, self.lo as u64]
	}

	fn from_limbs(l: [u64; 4]) -> Self {
		U256 {
			hi: ((l[0] as u128) << 64) | l[1] as u128,
			lo: ((l[2] as u128) << 64) | l[3] as u128,
		}
	}

	/// `floor(self / d)` for a 64-bit divisor, by schoolbook division over 64-bit limbs.
	/// `d` must not be zero (callers guarantee it).
	fn div_u64(self, d: u64) -> Self {
		let d = d as u128;
		let mut out = [0u64; 4];
		let mut rem: u128 = 0;
		for (i, limb) in self.limbs().iter().enumerate() {
			let cur = (rem << 64) | *limb as u128;
			out[i] = (cur / d) as u64;
			rem = cur % d;
		}
		Self::from_limbs(out)
	}

	/// `floor(self / d)`, or `None` when `d == 0`.
	pub(crate) fn checked_div_u128(self, d: u128) -> Option<Self> {
		if d == 0 {
			return None;
		}
		if d <= u64::MAX as u128 {
			return Some(self.div_u64(d as u64));
		}
		if self.hi == 0 {
			return Some(U256::from_u128(self.lo / d));
		}
		// Binary long division; the remainder stays below `d` < 2^128, with the bit shifted out
		// of it kept in `carry`.
		let mut q = U256::ZERO;
		let mut rem: u128 = 0;
		for i in (0..self.bits()).rev() {
			let carry = rem >> 127;
			let bit = if i >= 128 { (self.hi >> (i - 128)) & 1 } else { (self.lo >> i) & 1 };
			rem = (rem << 1) | bit;
			if carry == 1 || rem >= d {
				rem = rem.wrapping_sub(d);
				if i >= 128 {
					q.hi |= 1 << (i - 128);
				} else {
					q.lo |= 1 << i;
				}
			}
		}
		Some(q)
	}

	/// `floor(sqrt(self))`, exact.
	pub(crate) fn isqrt(self) -> u128 {
		let mut r: u128 = 0;
		let top = self.bits().div_ceil(2).min(128);
		for b in (0..top).rev() {
			let cand = r | (1u128 << b);
			if U256::mul_u128(cand, cand).cmp(&self) != Ordering::Greater {
				r = cand;
			}
		}
		r
	}
}

impl PartialOrd for U256 {
	fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
		Some(self.cmp(other))
	}
}

impl Ord for U256 {
	fn cmp(&self, other: &Self) -> Ordering {
		self.hi.cmp(&other.hi).then(self.lo.cmp(&other.lo))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	proptest! {
		#[test]
		fn product_divided_back(a in any::<u128>(), b in 1..u128::MAX) {
			let p = U256::mul_u128(a, b);
			prop_assert_eq!(p.checked_div_u128(b).and_then(U256::to_u128), Some(a));
		}

		#[test]
		fn small_products_match_native(a in any::<u64>(), b in any::<u64>()) {
			let p = U256::mul_u128(a as u128, b as u128);
			prop_assert_eq!(p.to_u128(), Some(a as u128 * b as u128));
		}

		#[test]
		fn isqrt_is_the_floor(a in any::<u128>(), b in any::<u128>()) {
			let n = U256::mul_u128(a, b);
			let r = n.isqrt();
			prop_assert!(U256::mul_u128(r, r) <= n);
			if r < u128::MAX {
				prop_assert!(U256::mul_u128(r + 1, r + 1) > n);
			}
		}

		#[test]
		fn add_and_sub_invert(a in any::<u128>(), b in any::<u128>(), c in any::<u128>(), d in any::<u128>()) {
			let (x, y) = (U256::mul_u128(a, b), U256::mul_u128(c, d));
			if let Some(s) = x.checked_add(y) {
				prop_assert_eq!(s.wrapping_sub(y), x);
				prop_assert!(s >= x && s >= y);
			}
			prop_assert_eq!(U256::from_u128(a).checked_add(U256::from_u128(c)),
				Some(U256 { hi: (a.checked_add(c).is_none()) as u128, lo: a.wrapping_add(c) }));
		}

		#[test]
		fn shifts_invert(a in any::<u128>(), n in 0u32..128) {
			let x = U256::from_u128(a);
			prop_assert_eq!(x.checked_shl(n).map(|y| y.shr(n)), Some(x));
		}
	}

	#[test]
	fn division_by_zero_is_none() {
		assert_eq!(U256::from_u128(5).checked_div_u128(0), None);
	}

	#[test]
	fn shift_overflow_is_none() {
		assert_eq!(U256::from_u128(1).checked_shl(256), None);
		assert_eq!(U256::from_u128(u128::MAX).checked_shl(129), None);
		assert!(U256::from_u128(u128::MAX).checked_shl(128).is_some());
	}
}
