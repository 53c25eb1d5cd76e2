//! From normalised regrets to weights (spec §2.3): each normalised regret goes through the
//! gradient of the potential function, capped above, shifted so that the best sits at least at
//! the anchor, and cut to zero far below it. The normalisation (one joint standard deviation,
//! plus ε, over a network's inferers and forecasters) is [`crate::network::Network::weigh`]'s.

use crate::{gradient::Gradient, Fixed, SynthesisError};

/// The weight of normalised regret `x` when the largest normalised regret is `max`
/// (`CalcWeightFromNormalizedRegret`): `x` is capped at `c + 6.75/p`; if `max < c − 8.25/p`
/// everything shifts up by `c − 8.25/p − max`; below `c − 17.25/p` the weight is exactly 0.
pub fn weight_from_normalized_regret(
	x: Fixed,
	max: Fixed,
	p: Fixed,
	c: Fixed,
) -> Result<Fixed, SynthesisError> {
	WeightFunction::new(max, p, c)?.weight(x)
}

/// [`weight_from_normalized_regret`] for one network (one `max`, `p`, `c`): its thresholds and
/// its [`Gradient`] computed once, and a normalised regret equal to the one before it not
/// evaluated again (networks whose regrets coincide, e.g. rows of regrets never stored, which
/// all take the initial regret, cost one evaluation instead of one per worker). The weights are
/// the single-shot function's, bit for bit.
pub struct WeightFunction {
	max: Fixed,
	gradient: Gradient,
	upper: Fixed,
	lower: Fixed,
	zero_below: Fixed,
	last: Option<(Fixed, Fixed)>,
}

impl WeightFunction {
	/// The weight function of a network whose largest normalised regret is `max`.
	pub fn new(max: Fixed, p: Fixed, c: Fixed) -> Result<Self, SynthesisError> {
		Ok(WeightFunction {
			max,
			gradient: Gradient::new(p, c)?,
			upper: c.checked_add(Fixed::from_raw(6_750_000_000_000_000_000).checked_div(p)?)?,
			lower: c.checked_sub(Fixed::from_raw(8_250_000_000_000_000_000).checked_div(p)?)?,
			zero_below: c
				.checked_sub(Fixed::from_raw(17_250_000_000_000_000_000).checked_div(p)?)?,
			last: None,
		})
	}

	/// The weight of normalised regret `x`.
	pub fn weight(&mut self, x: Fixed) -> Result<Fixed, SynthesisError> {
		if let Some((seen, w)) = self.last {
			if seen == x {
				return Ok(w);
			}
		}
		let mut shifted = if x > self.upper { self.upper } else { x };
		if self.max < self.lower {
			shifted = shifted.checked_sub(self.max)?.checked_add(self.lower)?;
		}
		let w = if shifted < self.zero_below { Fixed::ZERO } else { self.gradient.at(shifted)? };
		self.last = Some((x, w));
		Ok(w)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn weight_is_zero_far_below_the_anchor() {
		// p=3, c=0.75: zero below -5 once the maximum sits at the anchor -2.
		let w = weight_from_normalized_regret(f("-5.5"), f("1"), f("3"), f("0.75")).unwrap();
		assert_eq!(w, Fixed::ZERO);
	}

	#[test]
	fn weight_is_capped() {
		let capped = weight_from_normalized_regret(f("3"), f("3"), f("3"), f("0.75")).unwrap();
		let above = weight_from_normalized_regret(f("300"), f("300"), f("3"), f("0.75")).unwrap();
		assert_eq!(capped, above);
	}
}
