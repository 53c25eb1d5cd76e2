//! # Allora inference synthesis in deterministic fixed point
//!
//! Pure functions (no storage, no floats, no unordered iteration) that turn one topic's
//! inferences, forecasts, regrets and reputer losses into the network inference, the network
//! losses and the next regrets, exactly as `shared/spec/synthesis.md` specifies and the reference
//! simulator computes them (to a relative 1e-5 or better; see `docs/synthesis.md`).
//!
//! - [`Fixed`]: the signed fixed-point number (18 decimals) with `sqrt`, `exp`, `ln`, `log10`
//!   and `pow`.
//! - [`stats`]: standard deviation, median, quantile, EMA, weighted percentiles.
//! - [`gradient`]: the potential's gradient `p / (e^{p(c−x)} + 1)` in binary fixed point.
//! - [`weights`]: normalised regrets to weights (the capped, shifted gradient of the potential).
//! - [`network`]: one network's weights and weighted mean over dense vectors.
//! - [`forecast`]: forecast-implied inferences.
//! - [`inference`]: combined, naive, one-out, one-in network inferences and the confidence
//!   interval, with the dispatch for one inference and for no previous loss.
//! - [`losses`]: stake-weighted network losses from reputer loss bundles.
//! - [`regrets`]: the regret tables, their EMA update and the topic's initial regret.
//! - [`regret_storage`]: how a topic's regrets are stored (slots and compact cells).
//!
//! Participants are any `Ord + Clone` type (an account id on chain); "sorted" means that order.
//!
//! ```
//! use allora_synthesis::{inference::network_inferences, regrets::RegretTables, Fixed, SynthesisParams};
//! use std::collections::BTreeMap;
//!
//! let f = |s: &str| s.parse::<Fixed>().unwrap();
//! let inferences = BTreeMap::from([("alice", f("10")), ("bob", f("30")), ("carol", f("20"))]);
//! // No network loss yet: the combined inference is the median.
//! let out = network_inferences(&RegretTables::new(Fixed::ZERO), &inferences, &BTreeMap::new(),
//!     None, &SynthesisParams::reference()).unwrap();
//! assert_eq!(out.combined, f("20"));
//! ```

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod fixed;
pub mod forecast;
pub mod gradient;
pub mod inference;
pub mod losses;
pub mod network;
pub mod regret_storage;
pub mod regrets;
pub mod stats;
pub mod weights;
mod wide;

pub use fixed::{Fixed, FixedError};

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Why a synthesis step has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum SynthesisError {
	/// A fixed-point operation failed (overflow, division by zero, ...).
	Arithmetic(FixedError),
	/// There is no inference to synthesise.
	NoInferences,
	/// A weight computation got no regret at all.
	NoRegrets,
	/// No reputer bundle, or the reputers' stakes sum to zero.
	NoStake,
	/// A parameter is out of its valid range (see [`SynthesisParams::validate`]).
	InvalidParameter,
}

impl From<FixedError> for SynthesisError {
	fn from(e: FixedError) -> Self {
		SynthesisError::Arithmetic(e)
	}
}

/// The parameters of one synthesis step: the topic's `p_norm` and `epsilon`, and the module's
/// `c_norm` and `epsilon_safe_div`.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct SynthesisParams {
	/// `p`: slope of the potential function; `2.5 ≤ p ≤ 4.5`.
	pub p_norm: Fixed,
	/// `c`: centre of the potential function and its thresholds (default 0.75).
	pub c_norm: Fixed,
	/// `ε`: added to the regrets' standard deviation; `> 0`.
	pub epsilon: Fixed,
	/// `ε_div`: lower bound on every sum of weights (default 1e-7); `> 0`.
	pub epsilon_safe_div: Fixed,
}

impl SynthesisParams {
	/// The reference values: `p = 3`, `c = 0.75`, `ε = 0.01`, `ε_div = 1e-7`.
	pub const fn reference() -> Self {
		SynthesisParams {
			p_norm: Fixed::from_int(3),
			c_norm: Fixed::from_raw(750_000_000_000_000_000),
			epsilon: Fixed::from_raw(10_000_000_000_000_000),
			epsilon_safe_div: Fixed::from_raw(100_000_000_000),
		}
	}

	/// Checks every value is in its range.
	pub fn validate(&self) -> Result<(), SynthesisError> {
		let p_ok = self.p_norm >= Fixed::from_raw(2_500_000_000_000_000_000)
			&& self.p_norm <= Fixed::from_raw(4_500_000_000_000_000_000);
		if !p_ok || !self.epsilon.is_positive() || !self.epsilon_safe_div.is_positive() {
			return Err(SynthesisError::InvalidParameter);
		}
		Ok(())
	}
}
