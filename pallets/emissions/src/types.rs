//! The emission schedule's parameters.

use allora_synthesis::Fixed;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// The emission schedule's parameters (rewards spec §5); all in `[0, 1]`.
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MintParams {
	/// The ecosystem bucket's share of `MaxSupply`: all this pallet may ever mint (35.95%).
	pub ecosystem_share: Fixed,
	/// `f_e`, the target emission's factor (0.025).
	pub emission_factor: Fixed,
	/// The cap of the monthly emission per staked token before the reputers' share (0.0095).
	pub max_monthly_yield: Fixed,
	/// The EMA weight of a month's new emission rate (0.1).
	pub smoothing: Fixed,
}

impl Default for MintParams {
	/// The reference values.
	fn default() -> Self {
		MintParams {
			ecosystem_share: Fixed::from_raw(359_500_000_000_000_000),
			emission_factor: Fixed::from_raw(25_000_000_000_000_000),
			max_monthly_yield: Fixed::from_raw(9_500_000_000_000_000),
			smoothing: Fixed::from_raw(100_000_000_000_000_000),
		}
	}
}

impl MintParams {
	/// Whether every value lies in `[0, 1]`.
	pub fn is_valid(&self) -> bool {
		let unit = |x: Fixed| !x.is_negative() && x <= Fixed::ONE;
		unit(self.ecosystem_share)
			&& unit(self.emission_factor)
			&& unit(self.max_monthly_yield)
			&& unit(self.smoothing)
	}
}
