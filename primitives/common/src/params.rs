//! Each pallet's governance parameters: one struct per pallet with the reference defaults, one
//! update variant per field for the pallet's `set_params` call, and the rule each value must
//! satisfy ([`pallet_params!`](crate::pallet_params)).
//!
//! Units: fractions and exponents are [`Fixed`] (18 decimals, shown as an integer `value·10^18`
//! in polkadot.js apps); fees and stakes are in the token's smallest unit; durations are in
//! blocks. The defaults are the reference's values for 3-second blocks; a runtime with another
//! block time scales the block-based ones in its genesis (see `docs/topics-and-inference.md`).

pub use allora_synthesis::Fixed;

/// Why a parameter value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamError {
	/// The value must lie in `[0, 1]`.
	NotAFraction,
	/// The value must be `> 0`.
	NotPositive,
	/// The value must be `≥ 0`.
	Negative,
	/// The value must be at least 1.
	Zero,
}

/// A pallet's parameter set, as [`pallet_params!`](crate::pallet_params) defines it.
pub trait ParamSet: Sized {
	/// One new value of one parameter.
	type Update;
	/// Sets one parameter if its value satisfies its rule; unchanged otherwise.
	fn set(&mut self, update: &Self::Update) -> Result<(), ParamError>;
	/// Checks every value against its rule (used on genesis values).
	fn validate(&self) -> Result<(), ParamError>;
	/// Every parameter as an update to its current value (benchmarks use it).
	fn as_updates(&self) -> alloc::vec::Vec<Self::Update>;
	/// `n` updates of the parameters to their current values (all valid), cycling through the
	/// parameters when `n` exceeds their number: the `set_params` benchmarks' input.
	fn cycled_updates(&self, n: usize) -> alloc::vec::Vec<Self::Update>
	where
		Self::Update: Clone,
	{
		self.as_updates().into_iter().cycle().take(n).collect()
	}
	/// `self` with every update applied in order; the first refused value stops it.
	fn updated(&self, updates: &[Self::Update]) -> Result<Self, ParamError>
	where
		Self: Clone,
	{
		let mut next = self.clone();
		for update in updates {
			next.set(update)?;
		}
		Ok(next)
	}
}

/// The rules a parameter value can be held to.
pub mod rule {
	use super::{Fixed, ParamError};

	/// In `[0, 1]`.
	pub fn fraction(v: &Fixed) -> Result<(), ParamError> {
		if v.is_negative() || *v > Fixed::ONE {
			return Err(ParamError::NotAFraction);
		}
		Ok(())
	}
	/// In `(0, 1]`.
	pub fn positive_fraction(v: &Fixed) -> Result<(), ParamError> {
		fraction(v)?;
		positive(v)
	}
	/// `> 0`.
	pub fn positive(v: &Fixed) -> Result<(), ParamError> {
		if !v.is_positive() {
			return Err(ParamError::NotPositive);
		}
		Ok(())
	}
	/// `≥ 0`.
	pub fn non_negative(v: &Fixed) -> Result<(), ParamError> {
		if v.is_negative() {
			return Err(ParamError::Negative);
		}
		Ok(())
	}
	/// `≥ 1`.
	pub fn at_least_one(v: &u32) -> Result<(), ParamError> {
		if *v == 0 {
			return Err(ParamError::Zero);
		}
		Ok(())
	}
	/// Any amount.
	pub fn any_amount(_: &u128) -> Result<(), ParamError> {
		Ok(())
	}
}

/// A [`Fixed`] from its raw value (`value·10^18`), for the defaults.
pub const fn fx(raw: i128) -> Fixed {
	Fixed::from_raw(raw)
}
/// 10^18: one in [`Fixed`]'s raw units.
pub const ONE: i128 = 1_000_000_000_000_000_000;

/// Defines a pallet's parameter struct (`$Params`, with the given defaults, JSON in camelCase
/// with missing fields taking their defaults) and its update enum (`$Update`, one variant per
/// field), and implements [`ParamSet`] for them. Each field names the rule of
/// [`rule`] its values must satisfy. The calling crate depends on `codec`, `scale-info` and
/// `serde`.
#[macro_export]
macro_rules! pallet_params {
	(
		$(#[doc = $sdoc:expr])*
		pub struct $Params:ident;
		$(#[doc = $edoc:expr])*
		pub enum $Update:ident;
		$(
			$(#[doc = $doc:expr])*
			$(#[serde($($serde:tt)*)])?
			$field:ident / $variant:ident : $ty:ty = $default:expr, $rule:ident;
		)*
	) => {
		$(#[doc = $sdoc])*
		#[derive(
			Clone, Debug, PartialEq, Eq, codec::Encode, codec::Decode,
			codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
			serde::Serialize, serde::Deserialize,
		)]
		#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
		pub struct $Params {
			$( $(#[doc = $doc])* $(#[serde($($serde)*)])? pub $field: $ty, )*
		}

		impl Default for $Params {
			/// The reference defaults (3-second blocks).
			fn default() -> Self {
				$Params { $( $field: $default, )* }
			}
		}

		$(#[doc = $edoc])*
		#[derive(
			Clone, Debug, PartialEq, Eq, codec::Encode, codec::Decode,
			codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
		)]
		pub enum $Update {
			$( $(#[doc = $doc])* $variant($ty), )*
		}

		impl $crate::params::ParamSet for $Params {
			type Update = $Update;
			fn set(&mut self, update: &$Update) -> Result<(), $crate::params::ParamError> {
				match update {
					$( $Update::$variant(v) => {
						$crate::params::rule::$rule(v)?;
						self.$field = v.clone();
					}, )*
				}
				Ok(())
			}
			fn validate(&self) -> Result<(), $crate::params::ParamError> {
				$( $crate::params::rule::$rule(&self.$field)?; )*
				Ok(())
			}
			fn as_updates(&self) -> $crate::alloc::vec::Vec<$Update> {
				$crate::alloc::vec![ $( $Update::$variant(self.$field.clone()), )* ]
			}
		}
	};
}

/// Maps [`ParamError`] to a pallet's error variants `ParamNotAFraction`, `ParamNotPositive`,
/// `ParamNegative` and `ParamZero` (every Allora pallet with parameters names them so):
/// `allora_primitives::param_errors!(Error<T: Config>);` in the pallet's crate.
#[macro_export]
macro_rules! param_errors {
	($error:ident<$t:ident: $config:path>) => {
		impl<$t: $config> From<$crate::ParamError> for $error<$t> {
			fn from(e: $crate::ParamError) -> Self {
				match e {
					$crate::ParamError::NotAFraction => $error::ParamNotAFraction,
					$crate::ParamError::NotPositive => $error::ParamNotPositive,
					$crate::ParamError::Negative => $error::ParamNegative,
					$crate::ParamError::Zero => $error::ParamZero,
				}
			}
		}
	};
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate as allora_primitives;
	use codec as _;
	use scale_info as _;

	allora_primitives::pallet_params! {
		/// Test parameters.
		pub struct TestParams;
		/// One test parameter.
		pub enum TestParam;
		/// A fraction.
		beta / Beta: Fixed = fx(ONE / 4), fraction;
		/// An exponent.
		alpha / Alpha: Fixed = fx(ONE / 2), positive_fraction;
		/// A weight.
		weight / Weight: Fixed = fx(100), non_negative;
		/// A length.
		length / Length: u32 = 12, at_least_one;
		/// A fee.
		#[serde(with = "crate::json::decimal")]
		fee / Fee: u128 = 75_000, any_amount;
	}

	#[test]
	fn defaults_satisfy_their_rules() {
		assert_eq!(TestParams::default().validate(), Ok(()));
	}

	#[test]
	fn set_checks_the_rule_and_leaves_the_value_on_error() {
		let mut p = TestParams::default();
		assert_eq!(p.set(&TestParam::Beta(Fixed::from_int(2))), Err(ParamError::NotAFraction));
		assert_eq!(p.set(&TestParam::Alpha(Fixed::ZERO)), Err(ParamError::NotPositive));
		assert_eq!(p.set(&TestParam::Weight(Fixed::from_int(-1))), Err(ParamError::Negative));
		assert_eq!(p.set(&TestParam::Length(0)), Err(ParamError::Zero));
		assert_eq!(p, TestParams::default());
		assert_eq!(p.set(&TestParam::Length(5)), Ok(()));
		assert_eq!(p.length, 5);
	}

	#[test]
	fn updated_applies_all_or_nothing() {
		let p = TestParams::default();
		let ok = p.updated(&[TestParam::Length(5), TestParam::Fee(1)]).unwrap();
		assert_eq!((ok.length, ok.fee), (5, 1));
		assert_eq!(p.updated(&[TestParam::Length(5), TestParam::Length(0)]), Err(ParamError::Zero));
		assert_eq!(p.as_updates().len(), 5);
		assert_eq!(p.updated(&p.as_updates()), Ok(p.clone()));
		let cycled = p.cycled_updates(12);
		assert_eq!(cycled.len(), 12);
		assert_eq!(cycled[5..10], p.as_updates()[..]);
		assert_eq!(p.updated(&cycled), Ok(p));
	}

	#[test]
	fn json_uses_decimal_strings_and_fills_missing_fields_with_defaults() {
		let p: TestParams = serde_json::from_str(r#"{"length": 4, "beta": "0.5"}"#).unwrap();
		assert_eq!(p.length, 4);
		assert_eq!(p.beta, Fixed::from_raw(ONE / 2));
		assert_eq!(p.alpha, TestParams::default().alpha);
		assert!(serde_json::from_str::<TestParams>(r#"{"noSuchParam": 1}"#).is_err());
		let json = serde_json::to_value(TestParams::default()).unwrap();
		assert_eq!(json["fee"], "75000");
		assert_eq!(json["length"], 12);
		let p: TestParams = serde_json::from_str(r#"{"fee": "1000000000000000000000"}"#).unwrap();
		assert_eq!(p.fee, 1_000_000_000_000_000_000_000);
		assert!(serde_json::from_str::<TestParams>(r#"{"fee": "-1"}"#).is_err());
	}
}
