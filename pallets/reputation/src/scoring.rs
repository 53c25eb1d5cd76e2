//! The losses' consequences at a reputer-window close: the stake-weighted network losses, the
//! regrets they update, and the reputers' scores and listening coefficients (rewards spec §3.3).

use super::*;
use crate::weight_model::LossesWork;

impl<T: Config> Pallet<T> {
	/// Network losses, regrets and reputer scores of a closed reputer nonce, then the rewards
	/// ([`RewardsPayer`]); nothing is written on error. Returns what the work was.
	pub(crate) fn process_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		reporters: &[T::AccountId],
		bundles: &[(u128, LossBundle<T::AccountId>)],
		params: &ReputationParams,
		pay_now: impl Fn(u32) -> bool,
	) -> Result<LossesWork, SynthesisError> {
		let losses = network_losses(bundles)?;
		let stakes: Vec<u128> = bundles.iter().map(|(s, _)| *s).collect();
		let rows = loss_rows(bundles.iter().map(|(_, b)| b));
		let columns = rows.first().map_or(0, |row| row.len() as u32);
		let initial: Vec<Fixed> = reporters
			.iter()
			.map(|r| ListeningCoefficients::<T>::get(topic_id, r).unwrap_or(Fixed::ONE))
			.collect();
		let reputer_params = ReputerParams {
			learning_rate: params.learning_rate,
			max_iters: params.gradient_descent_max_iters,
			epsilon_reputer: params.epsilon_reputer,
			epsilon_safe_div: T::WorkerResults::epsilon_safe_div(),
			min_stake_fraction: params.min_stake_fraction,
			max_gradient_threshold: params.max_gradient_threshold,
		};
		let fractions = stake_fractions(&stakes)?;
		let scored = reputer_scores(&rows, &fractions, &initial, &reputer_params)?;
		let scoring = scoring_units(reporters.len() as u32, columns, scored.iterations);
		T::WorkerResults::apply_network_losses(topic_id, nonce, &losses)?;
		for (r, c) in reporters.iter().zip(&scored.coefficients) {
			ListeningCoefficients::<T>::insert(topic_id, r, c);
		}
		let scores: Vec<_> = reporters.iter().cloned().zip(scored.scores.clone()).collect();
		if let Some(topic) = pallet_topics::Pallet::<T>::topic(topic_id) {
			pallet_topics::Pallet::<T>::record_scores(
				topic_id,
				&topic,
				RewardTask::Reputation,
				nonce,
				&scores,
			);
		}
		ReputerScores::<T>::insert(topic_id, nonce, BoundedVec::truncate_from(scores));
		let network_loss = losses.combined;
		NetworkLossesAt::<T>::insert(
			topic_id,
			nonce,
			LossReportOf::<T>::from_bundle(losses.clone()),
		);
		Self::deposit_event(Event::NetworkLossesComputed {
			topic_id,
			nonce,
			network_loss,
			reputers: reporters.len() as u32,
		});
		let scored: Vec<ScoredReputer<T::AccountId>> = reporters
			.iter()
			.zip(&stakes)
			.zip(scored.scores)
			.map(|((reputer, stake), score)| ScoredReputer {
				reputer: reputer.clone(),
				stake: *stake,
				score,
			})
			.collect();
		let rewards = if pay_now(scoring) {
			T::RewardsPayer::on_losses(topic_id, nonce, &losses, &scored)
		} else {
			Self::defer_payment(topic_id, nonce, &losses, scored)
		};
		Ok(LossesWork { scoring, rewards })
	}

	/// Keeps the rewards of a closed nonce for the next blocks ([`PaymentsDue`]); pays them at
	/// once if the queue is full (never reached: no reputer close starts while payments wait,
	/// and a block closes fewer nonces than the queue holds).
	fn defer_payment(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
		scored: Vec<ScoredReputer<T::AccountId>>,
	) -> Weight {
		if PaymentQueue::<T>::try_append((topic_id, nonce)).is_err() {
			return T::RewardsPayer::on_losses(topic_id, nonce, losses, &scored);
		}
		PaymentsDue::<T>::insert((topic_id, nonce), BoundedVec::truncate_from(scored));
		Self::deposit_event(Event::RewardsDeferred { topic_id, nonce });
		Self::payment_queue_weight().saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The losses in each reputer's row of the scoring ([`loss_rows`]) for `i` inferers and `f`
/// forecasters: the combined and naive losses, the inferers', forecasters', one-out inferers',
/// one-out forecasters' and one-in forecasters'.
pub fn loss_columns(i: u32, f: u32) -> u32 {
	i.saturating_mul(2).saturating_add(f.saturating_mul(3)).saturating_add(2)
}

/// The size of the reputers' scoring, in the unit its weight is measured in (about one 64-bit
/// multiply-add of 256-bit values): the Gram matrix of the `reputers`' rows of `columns` losses
/// (`reputers·(reputers + 1)/2` products of rows, `columns` each), then each of the
/// `iterations` gradient steps scores every reputer `reputers + 1` times (once as is, once per
/// perturbed listening coefficient), each time `reputers²` multiply-adds and, per reputer, its
/// adjusted stake, two divisions and a square root, counted as 10 more: `reputers·(reputers + 10)`
/// units. The benchmark measures the second term (the dearer per unit); the first is charged at
/// its rate.
pub fn scoring_units(reputers: u32, columns: u32, iterations: u32) -> u32 {
	let gram = reputers.saturating_mul(reputers.saturating_add(1)) / 2;
	let per_evaluation = reputers.saturating_mul(reputers.saturating_add(10));
	gram.saturating_mul(columns).saturating_add(
		iterations.saturating_mul(reputers.saturating_add(1)).saturating_mul(per_evaluation),
	)
}

/// The reputers' loss vectors, aligned (rewards spec §3.3 step 2): combined, naive, then per
/// list (inferers, forecasters, one-out inferers, one-out forecasters, one-in forecasters) the
/// union of the workers over all bundles in account order; `None` where a bundle lacks a value.
pub fn loss_rows<'a, A: Ord + Clone + 'a>(
	bundles: impl Iterator<Item = &'a LossBundle<A>> + Clone,
) -> Vec<LossRow> {
	type List<A> = fn(&LossBundle<A>) -> &alloc::collections::BTreeMap<A, Fixed>;
	let lists: [List<A>; 5] = [
		|b| &b.inferer,
		|b| &b.forecaster,
		|b| &b.one_out_inferer,
		|b| &b.one_out_forecaster,
		|b| &b.one_in_forecaster,
	];
	let columns: Vec<BTreeSet<A>> = lists
		.iter()
		.map(|list| bundles.clone().flat_map(|b| list(b).keys().cloned()).collect())
		.collect();
	bundles
		.map(|b| {
			let mut row = alloc::vec![Some(b.combined), Some(b.naive)];
			for (list, workers) in lists.iter().zip(&columns) {
				row.extend(workers.iter().map(|w| list(b).get(w).copied()));
			}
			row
		})
		.collect()
}
