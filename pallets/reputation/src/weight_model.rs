//! What a reputer-window close weighs, composed from the measured weights of its parts, and the
//! worst case the runtime's block budget is checked against.

use super::*;

impl<T: Config> Pallet<T> {
	/// Pruning a full reputer nonce: every reputer's report and commitment, its losses and
	/// scores.
	pub(crate) fn worst_prune_weight() -> Weight {
		<T as Config>::WeightInfo::prune_reputer_nonce(
			T::MaxReputersPerTopic::get().saturating_mul(2),
		)
	}

	/// The most one reputer-nonce close can weigh under `params` and the inference pallet's
	/// active set sizes `(inferers, forecasters)`, its rewards deferred: every reputer of a full
	/// topic reporting on the largest active sets, the most reputers scored for the most
	/// gradient steps, the regret update staged (its rows are the inference pallet's hook's),
	/// the rewards kept for the next block, and two prunes on retirement. A close pays its
	/// rewards at once only when they fit in what is left of the budget.
	pub fn worst_close_weight(params: &ReputationParams, active_sets: (u32, u32)) -> Weight {
		let reputers = T::MaxReputersPerTopic::get();
		let workers = T::MaxWorkersPerTopic::get();
		let i = active_sets.0.min(workers);
		let f = active_sets.1.min(workers);
		let r = params.max_top_reputers_to_reward.min(reputers);
		Self::close_weight(
			reputers,
			i.saturating_add(f),
			scoring_units(r, loss_columns(i, f), params.gradient_descent_max_iters),
		)
		.saturating_add(Self::payment_queue_weight())
		.saturating_add(T::DbWeight::get().writes(1))
		.saturating_add(T::RewardsPayer::on_nonce_closed_weight())
		.saturating_add(Self::retire_weight(reputers))
	}

	/// The most a deferred payment weighs ([`PaymentsDue`]): the rewards of an epoch of the
	/// largest active sets (`inferers`, `forecasters`) and the most scored reputers, with the
	/// queue, the reputers and the network losses read.
	pub fn worst_payment_weight(inferers: u32, forecasters: u32) -> Weight {
		let workers = T::MaxWorkersPerTopic::get();
		let (i, f) = (inferers.min(workers), forecasters.min(workers));
		let r = <T as pallet_topics::Config>::MaxActiveReputers::get();
		T::RewardsPayer::max_weight(i, f, r)
			.saturating_add(T::RewardsPayer::on_nonce_closed_weight())
			.saturating_add(Self::payment_read_weight())
			.saturating_add(Self::payment_queue_weight())
	}

	/// A deferred payment's reputers and network losses read (and the reputers deleted), at
	/// their largest.
	pub(crate) fn payment_read_weight() -> Weight {
		let proof = BoundedVec::<
			ScoredReputer<T::AccountId>,
			<T as pallet_topics::Config>::MaxActiveReputers,
		>::max_encoded_len()
		.saturating_add(LossReportOf::<T>::max_encoded_len());
		T::DbWeight::get().reads_writes(2, 1).saturating_add(Weight::from_parts(0, proof as u64))
	}

	/// The queue of deferred payments read and written.
	pub(crate) fn payment_queue_weight() -> Weight {
		let proof =
			BoundedVec::<(TopicId, BlockNumberFor<T>), T::MaxOpenWindows>::max_encoded_len();
		T::DbWeight::get().reads_writes(1, 1).saturating_add(Weight::from_parts(0, proof as u64))
	}

	/// The weight of a close that read `reports` reports on a nonce of `workers` inferers and
	/// forecasters, staged its regret update and scored the reputers for `scoring`
	/// [`scoring_units`] (its rewards and prunes apart).
	pub(crate) fn close_weight(reports: u32, workers: u32, scoring: u32) -> Weight {
		<T as Config>::WeightInfo::close_reputer_nonce(reports, workers)
			.saturating_add(T::WorkerResults::staging_weight())
			.saturating_add(<T as Config>::WeightInfo::score_reputers(scoring))
	}
}

/// The work of a reputer-nonce close that its weight is made of.
pub(crate) struct LossesWork {
	/// The reputers' scoring, in [`scoring_units`].
	pub(crate) scoring: u32,
	/// The rewards' weight ([`RewardsPayer::on_losses`]).
	pub(crate) rewards: Weight,
}
