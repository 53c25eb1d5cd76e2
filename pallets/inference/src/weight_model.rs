//! What a window close and a retirement weigh, composed from the measured weights of their
//! parts, and the worst case the runtime's block budget is checked against.

use super::*;
use crate::closes::NETWORK_ROWS;

impl<T: Config> Pallet<T> {
	/// The most one window close can weigh under `params`: the synthesis over the largest
	/// active sets (`params` are checked to keep them within `MaxActiveWorkers`) with full
	/// forecasts, every other payload of a full topic left out, and two prunes of a full nonce
	/// on retirement.
	pub fn worst_close_weight(params: &InferenceParams) -> Weight {
		let (i, f, per_forecast) = Self::worst_sets(params);
		let elements = f.saturating_mul(per_forecast);
		let units = synthesis_units(i, f, elements, elements.saturating_mul(per_forecast));
		let excluded = T::MaxWorkersPerTopic::get().saturating_sub(i.min(f));
		Self::stage_weight(units, regret_rows_bound(i, f))
			.saturating_add(<T as Config>::WeightInfo::exclude_payloads(excluded))
			.saturating_add(Self::finish_weight())
	}

	/// The most the first stage of a close (the `closes` module) weighs under `params`: the
	/// active sets chosen (every other payload of a full topic left out) and the payloads kept
	/// for the next stage, or the close finished at once when no inference came. The hook
	/// starts a close only if this fits in what is left of its budget; the synthesis goes on in
	/// the same block only if its own first stage fits too ([`Self::worst_next_stage_weight`]
	/// at the close's sizes).
	pub fn worst_first_stage_weight(params: &InferenceParams) -> Weight {
		let workers = T::MaxWorkersPerTopic::get();
		let (i, f, _) = Self::worst_sets(params);
		let excluded = workers.saturating_sub(i.min(f));
		let empty =
			<T as Config>::WeightInfo::close_window(0).saturating_add(Self::finish_weight());
		<T as Config>::WeightInfo::exclude_payloads(excluded)
			.saturating_add(Self::progress_weight().max(empty))
	}

	/// The most a later stage of a close weighs under `params`: the forecast-implied, combined
	/// and naive networks over the largest active sets with full forecasts and the costliest
	/// counterfactual network (a one-out-inferer network whose inferer every forecast names),
	/// its progress read and written, and the finish.
	pub fn worst_next_stage_weight(params: &InferenceParams) -> Weight {
		let (i, f, per_forecast) = Self::worst_sets(params);
		Self::base_stage_weight(i, f, per_forecast)
	}

	/// A synthesis stage that computes the base over `i` inferers and `f` forecasters of
	/// forecasts of at most `per_forecast` elements and the costliest network, with the close's
	/// progress read and written and its finish.
	pub(crate) fn base_stage_weight(i: u32, f: u32, per_forecast: u32) -> Weight {
		let units = base_units(i, f, f.saturating_mul(per_forecast))
			.saturating_add(worst_network_units(i, f, per_forecast));
		Self::stage_weight(units, BASE_ROWS.saturating_add(NETWORK_ROWS))
			.saturating_add(Self::progress_weight())
			.saturating_add(Self::finish_weight())
	}

	/// The largest active sets under `params` and the most elements of a forecast about them.
	fn worst_sets(params: &InferenceParams) -> (u32, u32, u32) {
		let workers = T::MaxWorkersPerTopic::get();
		let i = params.max_top_inferers_to_reward.min(workers);
		let f = params.max_top_forecasters_to_reward.min(workers);
		(i, f, params.max_elements_per_forecast.min(i))
	}

	/// A stage's synthesis: `units` weights computed and `rows` regret rows read.
	pub(crate) fn stage_weight(units: u32, rows: u32) -> Weight {
		<T as Config>::WeightInfo::close_window(units)
			.saturating_add(<T as Config>::WeightInfo::read_regret_rows(rows))
	}

	/// A close's finish besides its record: the retirement (up to two nonces queued for
	/// pruning) and the window handler (the reputer window opened).
	pub(crate) fn finish_weight() -> Weight {
		Self::prune_queue_weight().saturating_add(T::WindowHandler::max_weight())
	}

	/// The queue of nonces to prune read and written.
	pub fn prune_queue_weight() -> Weight {
		let proof =
			BoundedVec::<(TopicId, BlockNumberFor<T>), T::MaxOpenWindows>::max_encoded_len() as u64;
		T::DbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(0, proof))
	}

	/// Pruning a full nonce: every worker's inference, forecast and commitment, and its record.
	pub fn worst_prune_weight() -> Weight {
		<T as Config>::WeightInfo::prune_nonce(T::MaxWorkersPerTopic::get().saturating_mul(3))
	}

	/// The close in progress read and written (or deleted): its progress, its payloads and its
	/// record so far, each at its largest.
	pub(crate) fn progress_weight() -> Weight {
		let proof = CloseProgressOf::<T>::max_encoded_len()
			.saturating_add(ClosingPayloadsOf::<T>::max_encoded_len())
			.saturating_add(RecordOf::<T>::max_encoded_len());
		T::DbWeight::get().reads_writes(3, 3).saturating_add(Weight::from_parts(0, proof as u64))
	}

	/// Whether a close is in progress, read.
	pub(crate) fn progress_read() -> Weight {
		let proof = CloseProgressOf::<T>::max_encoded_len() as u64;
		T::DbWeight::get().reads(1).saturating_add(Weight::from_parts(0, proof))
	}

	/// The staged regret updates' queue read (and written).
	pub(crate) fn staged_update_read() -> Weight {
		let proof = BoundedVec::<TopicId, T::MaxOpenWindows>::max_encoded_len() as u64;
		T::DbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(0, proof))
	}

	/// A staged regret update read and written (or deleted), with its topic.
	pub(crate) fn staged_update_weight() -> Weight {
		let proof = RegretUpdateOf::<T>::max_encoded_len()
			.saturating_add(TopicOf::<T>::max_encoded_len()) as u64;
		T::DbWeight::get().reads_writes(2, 1).saturating_add(Weight::from_parts(0, proof))
	}

	/// A stage of a staged regret update: `rows` rows read and written, `regrets` regrets of
	/// them moved by their EMA.
	pub(crate) fn staged_rows_weight(rows: u32, regrets: u32) -> Weight {
		<T as Config>::WeightInfo::update_regret_rows(rows)
			.saturating_add(<T as Config>::WeightInfo::regret_emas(regrets))
	}

	/// What staging a regret update ([`Pallet::apply_network_losses`]) reads beyond the reputer
	/// close's benchmark, which leaves the regrets out of its proof: the inferers' and
	/// forecasters' rows.
	pub fn staging_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(2)
	}

	/// An update's last writes: the latest network loss, and the topic's initial regret.
	pub(crate) fn regrets_updated_weight() -> Weight {
		let proof = TopicOf::<T>::max_encoded_len() as u64;
		T::DbWeight::get().reads_writes(1, 2).saturating_add(Weight::from_parts(0, proof))
	}

	/// Whether a topic's regrets are busy ([`Pallet::regrets_busy`]), read: the close in
	/// progress and the staged updates' queue (both single values: asking again in the same
	/// block reads nothing more).
	pub fn regrets_busy_weight() -> Weight {
		Self::progress_read().saturating_add(Self::staged_update_read())
	}

	/// A retirement's last deletions: the latest inference and loss, the slots and up to
	/// [`RETIRED_ITEMS_PER_CALL`] regret rows (at their measured weight).
	pub(crate) fn retire_items_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(RETIRED_ITEMS_PER_CALL).saturating_add(
			T::DbWeight::get().reads_writes(
				RETIRED_ITEMS_PER_CALL.into(),
				RETIRED_ITEMS_PER_CALL.saturating_add(4).into(),
			),
		)
	}

	/// Forgetting a leaving worker: its topic's slots read (the measured weight of reading
	/// regrets, no row) and written (with its inclusion counts), its own rows deleted.
	pub(crate) fn forget_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(0).saturating_add(
			T::DbWeight::get().writes(regrets::ROWS_FORGOTTEN.saturating_add(1).into()),
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

/// The regret rows a close's first stage reads for its combined and naive networks.
pub const BASE_ROWS: u32 = 3;

/// The units of a synthesis's first stage ([`synthesis_base`](allora_synthesis::inference::synthesis_base)):
/// the forecast-implied inferences (`elements`), the combined network (`i + f`) and the naive
/// one (`i`). With every counterfactual network's ([`Counterfactuals::units`](allora_synthesis::inference::Counterfactuals::units))
/// they make [`synthesis_units`].
pub fn base_units(i: u32, f: u32, elements: u32) -> u32 {
	i.saturating_mul(2).saturating_add(f).saturating_add(elements)
}

/// The units of the costliest counterfactual network over `i` inferers and `f` forecasters
/// with forecasts of `per_forecast` elements: a one-out-inferer network (`i − 1 + f` members)
/// whose inferer every forecast names (each recomputed).
pub fn worst_network_units(i: u32, f: u32, per_forecast: u32) -> u32 {
	i.saturating_sub(1)
		.saturating_add(f)
		.saturating_add(f.saturating_mul(per_forecast))
		.max(i.saturating_add(f))
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
