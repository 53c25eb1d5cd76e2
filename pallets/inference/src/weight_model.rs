//! What a window close and a retirement weigh, composed from the measured weights of their
//! parts, and the worst case the runtime's block budget is checked against.

use super::*;

impl<T: Config> Pallet<T> {
	/// The most one window close can weigh under `params`: the synthesis over the largest
	/// active sets (`params` are checked to keep them within `MaxActiveWorkers`) with full
	/// forecasts, every other payload of a full topic left out, and two prunes of a full nonce
	/// on retirement.
	pub fn worst_close_weight(params: &InferenceParams) -> Weight {
		let workers = T::MaxWorkersPerTopic::get();
		let i = params.max_top_inferers_to_reward.min(workers);
		let f = params.max_top_forecasters_to_reward.min(workers);
		let per_forecast = params.max_elements_per_forecast.min(i);
		let elements = f.saturating_mul(per_forecast);
		let units = synthesis_units(i, f, elements, elements.saturating_mul(per_forecast));
		let excluded = workers.saturating_sub(i.min(f));
		let prune = <T as Config>::WeightInfo::prune_nonce(workers.saturating_mul(2));
		<T as Config>::WeightInfo::close_window(units)
			.saturating_add(<T as Config>::WeightInfo::read_regret_rows(regret_rows_bound(i, f)))
			.saturating_add(<T as Config>::WeightInfo::exclude_payloads(excluded))
			.saturating_add(prune.saturating_mul(2))
			.saturating_add(T::WindowHandler::max_weight())
	}

	/// A retirement's last deletions: the latest inference and loss, and up to
	/// [`RETIRED_ITEMS_PER_CALL`] regret rows and inclusion counts each (rows at their measured
	/// weight).
	pub(crate) fn retire_items_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(RETIRED_ITEMS_PER_CALL).saturating_add(
			T::DbWeight::get().reads_writes(
				RETIRED_ITEMS_PER_CALL.into(),
				RETIRED_ITEMS_PER_CALL.saturating_mul(2).saturating_add(4).into(),
			),
		)
	}

	/// Forgetting a leaving worker: its topic's slots read (the measured weight of reading
	/// regrets, no row) and written, its own rows and its two inclusion counts deleted.
	pub(crate) fn forget_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(0).saturating_add(
			T::DbWeight::get().writes(regrets::ROWS_FORGOTTEN.saturating_add(3).into()),
		)
	}
}

/// The size of a synthesis over `i` inferers and `f` forecasters whose forecasts hold
/// `elements` elements in all and `squares` as the sum of their squared lengths, in the unit
/// its weight is measured in: one weight evaluated (one `exp`, one normalised regret, one term
/// of a weighted sum). The forecast-implied inferences weigh `elements`; the combined network
/// `i + f`, the naive one `i`; each of the `i` one-out-inferer networks `i − 1 + f`, and
/// recomputes each forecast naming its withheld inferer (a forecast of `e` elements is
/// recomputed `e` times, `e` weights each: `squares` in all); each of the `f` one-out-forecaster
/// networks `i + f − 1` and each one-in network `i + 1`: `i² + 3if + f² + i + f + elements +
/// squares`.
pub fn synthesis_units(i: u32, f: u32, elements: u32, squares: u32) -> u32 {
	let networks = i
		.saturating_mul(i)
		.saturating_add(i.saturating_mul(f).saturating_mul(3))
		.saturating_add(f.saturating_mul(f))
		.saturating_add(i)
		.saturating_add(f);
	networks.saturating_add(elements).saturating_add(squares)
}

/// The most regrets one closed reputer nonce over `participants` inferers and forecasters
/// updates ([`Pallet::apply_network_losses`]): each inferer's and forecaster's own, each
/// inferer's against the naive network, each one-out network's against every participant, and
/// each one-in network's against the inferers and its own forecaster: `p² + 2p` for `p`
/// participants (one fewer per forecaster that is also an inferer). They are read and written
/// by row ([`regret_rows_bound`] rows).
pub fn regret_updates_bound(participants: u32) -> u32 {
	participants.saturating_mul(participants.saturating_add(2))
}
