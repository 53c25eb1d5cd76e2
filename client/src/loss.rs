//! The loss methods a topic may name (`loss_method`), as the reference's SDK defines them, and
//! the log10 domain the chain expects reported losses in (`shared/spec/synthesis.md` §1.4).
//!
//! | name (aliases) | loss of `predicted` against `truth` |
//! |---|---|
//! | `sqe` (`mse`, `se`, `squared_error`) | `(truth − predicted)²` |
//! | `abse` (`mae`, `ae`, `absolute_error`) | `|truth − predicted|` |
//! | `huber` | `½e²` if `|e| ≤ δ`, else `δ(|e| − ½δ)`, `e = truth − predicted`, `δ` 1 unless set |
//! | `ztae` | `|tanh((truth − μ)/σ) − tanh((predicted − μ)/σ)|`, `σ` required (`std`), `μ` 0 unless set |
//!
//! Losses are computed off chain in `f64`; the chain receives them as 18-decimal strings.

use std::fmt;

/// A topic's loss method with its settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LossMethod {
	/// Squared error.
	SquaredError,
	/// Absolute error.
	AbsoluteError,
	/// Huber loss with threshold `delta`.
	Huber { delta: f64 },
	/// Z-transformed absolute error with standard deviation `std` and mean `mean`.
	Ztae { std: f64, mean: f64 },
}

/// Why a loss method could not be set up.
#[derive(Clone, Debug, PartialEq)]
pub enum LossMethodError {
	/// The topic names a method this client does not know.
	Unknown(String),
	/// `ztae` needs the standard deviation of the target (`std` in the config).
	StdRequired,
	/// A setting that must be positive is not: its name and value.
	NotPositive(&'static str, f64),
}

impl fmt::Display for LossMethodError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			LossMethodError::Unknown(name) => write!(
				f,
				"unknown loss method {name:?}: this client computes sqe (mse), abse (mae), huber and ztae"
			),
			LossMethodError::StdRequired => {
				write!(f, "the loss method ztae needs `std`, the target's standard deviation")
			},
			LossMethodError::NotPositive(what, v) => {
				write!(f, "`{what}` must be positive, got {v}")
			},
		}
	}
}

impl std::error::Error for LossMethodError {}

/// Settings a loss method may take from the reputer's config.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LossSettings {
	/// Huber's threshold (default 1).
	pub delta: Option<f64>,
	/// ztae's standard deviation (required for ztae).
	pub std: Option<f64>,
	/// ztae's mean (default 0).
	pub mean: Option<f64>,
}

impl LossMethod {
	/// The method a topic's `loss_method` names (case and surrounding space ignored).
	pub fn from_topic(name: &str, settings: LossSettings) -> Result<Self, LossMethodError> {
		let positive = |what, v: f64| {
			if v > 0.0 && v.is_finite() {
				Ok(v)
			} else {
				Err(LossMethodError::NotPositive(what, v))
			}
		};
		Ok(match name.trim().to_ascii_lowercase().as_str() {
			"sqe" | "mse" | "se" | "squared_error" => LossMethod::SquaredError,
			"abse" | "mae" | "ae" | "absolute_error" => LossMethod::AbsoluteError,
			"huber" | "huber_loss" => {
				LossMethod::Huber { delta: positive("delta", settings.delta.unwrap_or(1.0))? }
			},
			"ztae" | "ztae_loss" | "z_transformed_absolute_error" => LossMethod::Ztae {
				std: positive("std", settings.std.ok_or(LossMethodError::StdRequired)?)?,
				mean: settings.mean.unwrap_or(0.0),
			},
			_ => return Err(LossMethodError::Unknown(name.to_string())),
		})
	}

	/// The loss of `predicted` against `truth` (never negative).
	pub fn loss(&self, truth: f64, predicted: f64) -> f64 {
		let e = truth - predicted;
		match *self {
			LossMethod::SquaredError => e * e,
			LossMethod::AbsoluteError => e.abs(),
			LossMethod::Huber { delta } => {
				if e.abs() <= delta {
					0.5 * e * e
				} else {
					delta * (e.abs() - 0.5 * delta)
				}
			},
			LossMethod::Ztae { std, mean } => {
				(((truth - mean) / std).tanh() - ((predicted - mean) / std).tanh()).abs()
			},
		}
	}
}

/// The smallest loss reported in the log10 domain: a perfect prediction reports `log10` of
/// this, -18 (the chain's fixed point has 18 decimals; `log10(0)` has no value).
pub const MIN_LOSS: f64 = 1e-18;

/// A loss as the chain takes it: `log10(loss)` (at least `log10(MIN_LOSS)`) unless the topic
/// allows negative losses, then the loss itself.
pub fn reported(loss: f64, allow_negative: bool) -> f64 {
	if allow_negative {
		loss
	} else {
		loss.max(MIN_LOSS).log10()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn method(name: &str) -> LossMethod {
		LossMethod::from_topic(name, LossSettings { std: Some(0.02), ..Default::default() })
			.unwrap()
	}

	#[test]
	fn each_method_matches_the_reference_definitions() {
		// The reference SDK's own examples.
		assert_eq!(method("sqe").loss(100.0, 95.0), 25.0);
		assert_eq!(method("mae").loss(100.0, 95.0), 5.0);
		assert_eq!(method("huber").loss(0.0, 1.0), 0.5);
		assert_eq!(method("huber").loss(0.0, 2.0), 1.5);
		let huber2 = LossMethod::from_topic(
			"huber",
			LossSettings { delta: Some(2.0), ..Default::default() },
		)
		.unwrap();
		assert_eq!(huber2.loss(0.0, 3.0), 4.0);
		let ztae = method("ztae").loss(0.01, 0.02);
		assert!((ztae - ((1.0f64).tanh() - (0.5f64).tanh()).abs()).abs() < 1e-15, "{ztae}");
		assert!((ztae - 0.299).abs() < 1e-3);
	}

	#[test]
	fn every_loss_is_symmetric_non_negative_and_zero_only_at_the_truth() {
		let values = [-1e6, -3.5, -1.0, -1e-9, 0.0, 1e-9, 0.25, 1.0, 2.0, 3001.5, 1e9];
		for name in ["sqe", "abse", "huber", "ztae"] {
			let m = method(name);
			for &t in &values {
				assert_eq!(m.loss(t, t), 0.0, "{name} at {t}");
				for &p in &values {
					let l = m.loss(t, p);
					assert!(l >= 0.0 && l.is_finite(), "{name}({t}, {p}) = {l}");
					assert_eq!(l, m.loss(p, t), "{name} is symmetric at ({t}, {p})");
				}
			}
		}
	}

	#[test]
	fn names_are_case_insensitive_and_unknown_ones_are_named() {
		assert_eq!(method(" MSE "), LossMethod::SquaredError);
		assert_eq!(method("absolute_error"), LossMethod::AbsoluteError);
		let err = LossMethod::from_topic("crps", LossSettings::default()).unwrap_err();
		assert_eq!(err, LossMethodError::Unknown("crps".into()));
		assert!(err.to_string().contains("\"crps\""));
		assert_eq!(
			LossMethod::from_topic("ztae", LossSettings::default()),
			Err(LossMethodError::StdRequired)
		);
		assert_eq!(
			LossMethod::from_topic(
				"huber",
				LossSettings { delta: Some(0.0), ..Default::default() }
			),
			Err(LossMethodError::NotPositive("delta", 0.0))
		);
	}

	#[test]
	fn reported_losses_are_log10_unless_negatives_are_allowed() {
		assert_eq!(reported(100.0, false), 2.0);
		assert_eq!(reported(0.0, false), -18.0);
		assert_eq!(reported(0.0, true), 0.0);
		assert_eq!(reported(-0.5, true), -0.5);
	}
}
