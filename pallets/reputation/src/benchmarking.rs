//! Benchmarks of the reputation pallet's calls and hook items, each in its worst case: a
//! delegation that collects rewards before it grows, a removal that collects before it
//! executes, a reward shared with delegators and staked for the reputer, a loss report over
//! the largest active sets, a reputer-nonce close over every reputer of a topic, pruning.

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use alloc::{vec, vec::Vec};
use pallet_topics::benchmark_helpers::registered_workers;
use pallet_topics::TopicConfig;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{fungible::Mutate, Hooks},
	frame_system::RawOrigin,
};

const TOKENS: u128 = 1_000_000_000_000_000_000;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount: BalanceOf<T> = (1_000_000_000 * TOKENS).saturated_into();
	let _ = StakeCurrency::<T>::mint_into(&who, amount);
	who
}

/// The most workers (inferers and forecasters together) one nonce's active sets hold.
/// The most inferers and forecasters a nonce has together (a worker may be both).
fn max_active<T: Config>() -> u32 {
	let workers = T::MaxWorkersPerTopic::get().saturating_mul(2);
	<T as pallet_topics::Config>::MaxActiveWorkers::get().min(workers)
}

fn amount<T: Config>(tokens: u128) -> BalanceOf<T> {
	(tokens * TOKENS).saturated_into()
}

/// A topic with a registered reputer staking 1 000 tokens; returns both.
fn staked_reputer<T: Config>() -> (TopicId, T::AccountId) {
	let creator = funded::<T>("creator", 0);
	pallet_topics::Pallet::<T>::create_topic(
		RawOrigin::Signed(creator).into(),
		TopicConfig::example(12, 6),
	)
	.expect("a valid topic");
	let topic_id = pallet_topics::TopicCount::<T>::get();
	let reputer = funded::<T>("reputer", 0);
	pallet_topics::Pallet::<T>::register(
		RawOrigin::Signed(reputer.clone()).into(),
		topic_id,
		Role::Reputer,
	)
	.expect("registers");
	Pallet::<T>::add_stake(RawOrigin::Signed(reputer.clone()).into(), topic_id, amount::<T>(1_000))
		.expect("stakes");
	(topic_id, reputer)
}

/// [`staked_reputer`] with a pending removal of 1 token of its own stake.
fn reputer_with_pending_removal<T: Config>() -> (TopicId, T::AccountId) {
	let (topic_id, reputer) = staked_reputer::<T>();
	Pallet::<T>::remove_stake(RawOrigin::Signed(reputer.clone()).into(), topic_id, amount::<T>(1))
		.expect("requests");
	(topic_id, reputer)
}

/// Fills the removal queue's slot `due` up to `entries` keys (of stakes that need not exist).
fn fill_removal_slot<T: Config>(due: BlockNumberFor<T>, entries: u32) {
	RemovalQueue::<T>::mutate(due, |q| {
		let mut k = 0;
		while (q.len() as u32) < entries {
			let filler =
				StakeKey::Own { topic_id: 1_000 + k as TopicId, reputer: account("filler", k, 0) };
			let _ = q.try_push(filler);
			k += 1;
		}
	});
}

/// `delegator` delegates 500 tokens to `reputer`, and the reputer earns a reward shared with it.
fn delegated_with_rewards<T: Config>(
	topic_id: TopicId,
	reputer: &T::AccountId,
	delegator: &T::AccountId,
) {
	Pallet::<T>::delegate_stake(
		RawOrigin::Signed(delegator.clone()).into(),
		topic_id,
		reputer.clone(),
		amount::<T>(500),
	)
	.expect("delegates");
	let payer = funded::<T>("payer", 0);
	let pot = Pallet::<T>::pending_rewards_account();
	let _ = StakeCurrency::<T>::mint_into(&pot, amount::<T>(1));
	Pallet::<T>::pay_reputer_reward(topic_id, reputer, &payer, 30 * TOKENS).expect("pays");
}

/// A topic whose worker nonce 10 was closed with `i` inferers and `f` forecasters (other
/// workers while the topic has room, then workers that are both; their inferences and network
/// inference record stored) and is open for reputers, with `r` staked reputers; returns the
/// topic, the nonce, the reputers, and a report naming every participant.
fn open_reputer_window<T: Config + pallet_inference::Config>(
	i: u32,
	f: u32,
	r: u32,
) -> (TopicId, BlockNumberFor<T>, Vec<T::AccountId>, LossReportOf<T>) {
	let (topic_id, first) = staked_reputer::<T>();
	let mut reputers = vec![first];
	for n in 1..r {
		let reputer = funded::<T>("reputer", n);
		pallet_topics::Pallet::<T>::register(
			RawOrigin::Signed(reputer.clone()).into(),
			topic_id,
			Role::Reputer,
		)
		.expect("registers");
		Pallet::<T>::add_stake(
			RawOrigin::Signed(reputer.clone()).into(),
			topic_id,
			amount::<T>(1_000 + n as u128),
		)
		.expect("stakes");
		reputers.push(reputer);
	}
	let workers = registered_workers::<T>(topic_id, (i + f).min(T::MaxWorkersPerTopic::get()));
	let inferers = &workers[..i as usize];
	let forecasters = &workers[workers.len() - f as usize..];
	let nonce: BlockNumberFor<T> = 10u32.into();
	let value = |n: usize| Fixed::from_raw(100_000_000_000_000_000 + n as i128 * 1_000_000_000_000);
	let list = |of: &[T::AccountId]| -> PerWorker<T::AccountId, T::MaxWorkersPerTopic> {
		let mut v: Vec<_> = of.iter().enumerate().map(|(n, w)| (w.clone(), value(n))).collect();
		v.sort();
		BoundedVec::truncate_from(v)
	};
	for (w, v) in list(inferers) {
		pallet_inference::Inferences::<T>::insert((topic_id, nonce), w, v);
	}
	let (inferer_accounts, inferer_weights) = pallet_inference::inferer_columns(&list(inferers));
	let record = pallet_inference::RecordOf::<T> {
		combined: value(0),
		naive: value(0),
		forecast_implied: list(forecasters),
		one_out_inferers: list(inferers),
		one_out_forecasters: list(forecasters),
		one_in_forecasters: list(forecasters),
		inferers: inferer_accounts,
		inferer_weights,
		forecaster_weights: list(forecasters),
		confidence_interval: Default::default(),
	};
	pallet_inference::NetworkInferencesAt::<T>::insert(topic_id, nonce, record);
	// Open from now for 100 blocks.
	let opens_at = frame_system::Pallet::<T>::block_number();
	let closes_at = opens_at.max(nonce).saturating_add(100u32.into());
	OpenReputerNonces::<T>::insert(
		topic_id,
		BoundedVec::truncate_from(vec![ReputerNonce { nonce, opens_at, closes_at, reports: 0 }]),
	);
	let report = LossReportOf::<T> {
		combined: value(1),
		naive: value(2),
		inferer: list(inferers),
		forecaster: list(forecasters),
		one_out_inferer: list(inferers),
		one_out_forecaster: list(forecasters),
		one_in_forecaster: list(forecasters),
	};
	(topic_id, nonce, reputers, report)
}

/// Turns commit–reveal on for the topic of [`open_reputer_window`], whose window is 100 blocks
/// from `opens_at`: commit phase its first 50, reveal phase its last 50.
fn with_commit_reveal<T: Config>(topic_id: TopicId) {
	pallet_topics::Topics::<T>::mutate(topic_id, |t| {
		if let Some(t) = t {
			t.config.commit_reveal =
				Some(pallet_topics::RevealPhases { worker: 3u32.into(), reputer: 50u32.into() });
		}
	});
}

/// `report` as stored for `(topic_id, nonce)`.
fn stored<T: Config + pallet_inference::Config>(
	topic_id: TopicId,
	nonce: BlockNumberFor<T>,
	report: &LossReportOf<T>,
) -> StoredLossReportOf<T> {
	Pallet::<T>::stored_report(topic_id, nonce, report).expect("names the participants")
}

/// Loss rows for the scoring benchmark: `reputers` rows of `columns` losses, each reputer a
/// little off the others.
fn scoring_rows(reputers: u32, columns: u32) -> Vec<LossRow> {
	(0..reputers)
		.map(|m| {
			(0..columns)
				.map(|j| {
					let milli = 1_000 + 37 * ((j * 7 + m * 13) % 50) + 3 * m;
					Some(Fixed::from_raw(milli as i128 * 1_000_000_000_000_000))
				})
				.collect()
		})
		.collect()
}

/// Each reputer's report: the common one with its losses moved a little per reputer.
fn report_of<T: Config>(base: &LossReportOf<T>, n: u32) -> LossReportOf<T> {
	let shift = |l: &PerWorker<T::AccountId, T::MaxWorkersPerTopic>| {
		let moved = l
			.iter()
			.map(|(w, v)| {
				(w.clone(), v.saturating_add(Fixed::from_raw(n as i128 * 7_000_000_000_000)))
			})
			.collect::<Vec<_>>();
		BoundedVec::truncate_from(moved)
	};
	LossReportOf::<T> {
		combined: base.combined,
		naive: base.naive,
		inferer: shift(&base.inferer),
		forecaster: shift(&base.forecaster),
		one_out_inferer: shift(&base.one_out_inferer),
		one_out_forecaster: shift(&base.one_out_forecaster),
		one_in_forecaster: shift(&base.one_in_forecaster),
	}
}

#[benchmarks(where T: pallet_inference::Config)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_stake() {
		let (topic_id, reputer) = staked_reputer::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(reputer.clone()), topic_id, amount::<T>(100));
		assert_eq!(ReputerStake::<T>::get(topic_id, &reputer), amount::<T>(1_100));
	}

	/// A second delegation: the first one's rewards are collected first.
	#[benchmark]
	fn delegate_stake() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), topic_id, reputer.clone(), amount::<T>(100));
		assert_eq!(Pallet::<T>::pending_delegator_reward(topic_id, &reputer, &delegator), 0);
	}

	/// A removal request replacing a pending one of an earlier block: the old entry leaves a
	/// full slot, the new one joins a slot one short of full.
	#[benchmark]
	fn request_removal() {
		let (topic_id, reputer) = reputer_with_pending_removal::<T>();
		let key = StakeKey::Own { topic_id, reputer: reputer.clone() };
		let old = PendingRemovals::<T>::get(&key).expect("pending").due;
		fill_removal_slot::<T>(old, T::MaxRemovalsPerBlock::get());
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let due = old.saturating_add(1u32.into());
		fill_removal_slot::<T>(due, T::MaxRemovalsPerBlock::get().saturating_sub(1));
		#[extrinsic_call]
		remove_stake(RawOrigin::Signed(reputer), topic_id, amount::<T>(2));
		assert_eq!(PendingRemovals::<T>::get(&key).map(|r| r.amount), Some(amount::<T>(2)));
		assert!(!RemovalQueue::<T>::get(old).contains(&key));
	}

	/// A cancelled request whose entry leaves a full slot.
	#[benchmark]
	fn cancel_removal() {
		let (topic_id, reputer) = reputer_with_pending_removal::<T>();
		let key = StakeKey::Own { topic_id, reputer: reputer.clone() };
		let due = PendingRemovals::<T>::get(&key).expect("pending").due;
		fill_removal_slot::<T>(due, T::MaxRemovalsPerBlock::get());
		#[extrinsic_call]
		cancel_remove_stake(RawOrigin::Signed(reputer), topic_id);
		assert!(PendingRemovals::<T>::get(&key).is_none());
		assert!(!RemovalQueue::<T>::get(due).contains(&key));
	}

	/// A departing reputer's reports and commitments withdrawn from `n` open reputer nonces, each
	/// report over the largest active sets.
	#[benchmark(pov_mode = Measured)]
	fn withdraw_reports(n: Linear<1, { T::MaxUnfulfilledRequests::get() }>) {
		let workers = max_active::<T>();
		let (topic_id, first, reputers, report) =
			open_reputer_window::<T>(workers.div_ceil(2), workers / 2, 1);
		let reputer = reputers[0].clone();
		let report = stored::<T>(topic_id, first, &report);
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		let template = open[0];
		open.clear();
		for k in 0..n {
			let nonce = first.saturating_add((k * 12).into());
			let _ = open.try_push(ReputerNonce { nonce, reports: 1, ..template });
			LossReports::<T>::insert((topic_id, nonce), &reputer, report.clone());
			ReputerCommitments::<T>::insert((topic_id, nonce), &reputer, [k as u8; 32]);
		}
		OpenReputerNonces::<T>::insert(topic_id, open);
		#[block]
		{
			Pallet::<T>::withdraw_reports(topic_id, &reputer);
		}
		assert_eq!(LossReports::<T>::iter_prefix((topic_id, first)).count(), 0);
		assert!(OpenReputerNonces::<T>::get(topic_id).iter().all(|w| w.reports == 0));
	}

	#[benchmark]
	fn claim_delegator_rewards() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), topic_id, reputer.clone());
		assert_eq!(Pallet::<T>::pending_delegator_reward(topic_id, &reputer, &delegator), 0);
	}

	/// A delegated stake removal that collects rewards, then releases the stake.
	#[benchmark]
	fn execute_removal() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		Pallet::<T>::remove_delegate_stake(
			RawOrigin::Signed(delegator.clone()).into(),
			topic_id,
			reputer.clone(),
			amount::<T>(500),
		)
		.expect("requests");
		let key = StakeKey::Delegated { topic_id, reputer, delegator };
		let due = PendingRemovals::<T>::get(&key).expect("pending").due;
		#[block]
		{
			Pallet::<T>::execute_removal(&key, due);
		}
		assert!(PendingRemovals::<T>::get(&key).is_none());
	}

	/// A reward shared with delegators and staked for the reputer.
	#[benchmark]
	fn pay_reputer_reward() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		let payer = funded::<T>("payer", 1);
		let before = ReputerStake::<T>::get(topic_id, &reputer);
		#[block]
		{
			Pallet::<T>::pay_reputer_reward(topic_id, &reputer, &payer, 30 * TOKENS).expect("pays");
		}
		assert!(ReputerStake::<T>::get(topic_id, &reputer) > before);
	}

	/// A report over `w` participants: `w / 2` inferers (rounded up) and `w / 2` forecasters,
	/// every list checked against the nonce's record.
	#[benchmark]
	fn submit_reputer_payload(w: Linear<2, { max_active::<T>() }>) {
		let (topic_id, nonce, reputers, report) = open_reputer_window::<T>(w.div_ceil(2), w / 2, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(reputers[0].clone()), topic_id, nonce, report);
		assert!(LossReports::<T>::contains_key((topic_id, nonce), &reputers[0]));
	}

	/// A commitment in the commit phase of a commit–reveal topic.
	#[benchmark]
	fn commit_reputer_payload() {
		let (topic_id, nonce, reputers, _) = open_reputer_window::<T>(1, 1, 1);
		with_commit_reveal::<T>(topic_id);
		#[extrinsic_call]
		_(RawOrigin::Signed(reputers[0].clone()), topic_id, nonce, [7u8; 32]);
		assert!(ReputerCommitments::<T>::contains_key((topic_id, nonce), &reputers[0]));
	}

	/// The reveal of a report over `w` participants (as `submit_reputer_payload`): the
	/// commitment's hash over the report, then the report's checks and storage.
	#[benchmark]
	fn reveal_reputer_payload(w: Linear<2, { max_active::<T>() }>) {
		let (topic_id, nonce, reputers, report) = open_reputer_window::<T>(w.div_ceil(2), w / 2, 1);
		with_commit_reveal::<T>(topic_id);
		let (reputer, salt) = (reputers[0].clone(), [9u8; 32]);
		let hash = commit_reveal::commitment(&report, &salt, &reputer);
		ReputerCommitments::<T>::insert((topic_id, nonce), &reputer, hash);
		OpenReputerNonces::<T>::mutate(topic_id, |open| {
			if let Some(window) = open.iter_mut().next() {
				window.reports = 1;
			}
		});
		let reveal_at = OpenReputerNonces::<T>::get(topic_id)[0].opens_at;
		frame_system::Pallet::<T>::set_block_number(reveal_at.saturating_add(60u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(reputer.clone()), topic_id, nonce, report, salt);
		assert!(LossReports::<T>::contains_key((topic_id, nonce), &reputer));
	}

	/// Closing a reputer nonce with `r` reports on `w` inferers and forecasters (half each; a
	/// worker is both once the topic is full): the reports read, the chosen ones' losses
	/// combined into the network losses, the regret update staged (its rows are written by the
	/// inference pallet's hook, charged there), the reputers' score EMAs, and the rewards
	/// deferred (no room left for them: the payment, workers' scores included, is the
	/// `RewardsPayer`'s weight, benchmarked by the emissions pallet and charged on top when the
	/// close pays at once).
	/// The reputers' scoring is measured apart (`score_reputers`): the gradient ascent takes no
	/// step here. With `pov_mode = Measured` the proof charged is the one recorded here (the
	/// reports as they are, not at their bound) plus a trie path per key read of the most-read
	/// item; the two regret rows read when staging are charged apart (the inference pallet's
	/// `read_regret_rows`) and ignored here.
	#[benchmark(pov_mode = Measured { Inference::Regrets: Ignored })]
	fn close_reputer_nonce(
		r: Linear<1, { T::MaxReputersPerTopic::get() }>,
		w: Linear<1, { max_active::<T>() }>,
	) {
		let (topic_id, nonce, reputers, report) = open_reputer_window::<T>(w.div_ceil(2), w / 2, r);
		// As many scored as the runtime allows: beyond, the sortition reads every reporter's
		// score EMA.
		let scored = <T as pallet_topics::Config>::MaxActiveReputers::get();
		Params::<T>::mutate(|params| {
			params.max_top_reputers_to_reward = r.min(scored);
			params.gradient_descent_max_iters = 0;
		});
		for (n, reputer) in reputers.iter().enumerate() {
			let report = stored::<T>(topic_id, nonce, &report_of::<T>(&report, n as u32));
			LossReports::<T>::insert((topic_id, nonce), reputer, report);
		}
		let (params, topics) = (Params::<T>::get(), pallet_topics::Params::<T>::get());
		#[block]
		{
			Pallet::<T>::close_reputer_nonce(topic_id, nonce, &params, &topics, Weight::zero());
		}
		assert!(NetworkLossesAt::<T>::contains_key(topic_id, nonce));
		assert!(PaymentsDue::<T>::contains_key((topic_id, nonce)));
		assert!(pallet_inference::RegretUpdates::<T>::contains_key(topic_id));
	}

	/// The reputers' scoring ([`reputer_scores`]) over `s` [`scoring_units`]: 16 reputers'
	/// rows of 16 losses (so that the gradient steps, the dearer units, make nearly all of it),
	/// for as many steps as needed, none stopped early.
	#[benchmark]
	fn score_reputers(
		s: Linear<
			0,
			{
				scoring_units(
					T::MaxReputersPerTopic::get(),
					loss_columns(0, max_active::<T>()),
					MAX_GRADIENT_DESCENT_ITERS,
				)
			},
		>,
	) {
		const REPUTERS: u32 = 16;
		const COLUMNS: u32 = 16;
		let gram = scoring_units(REPUTERS, COLUMNS, 0);
		let per_step = scoring_units(REPUTERS, 0, 1);
		let steps = s.saturating_sub(gram).div_ceil(per_step);
		let rows = scoring_rows(REPUTERS, COLUMNS);
		let stakes = stake_fractions(&vec![1_000u128; REPUTERS as usize]).expect("fractions");
		let initial = vec![Fixed::ONE; REPUTERS as usize];
		let params = ReputerParams {
			max_iters: steps,
			max_gradient_threshold: Fixed::ZERO,
			..ReputerParams::reference()
		};
		let scored;
		#[block]
		{
			scored = reputer_scores(&rows, &stakes, &initial, &params).expect("scores");
		}
		assert_eq!(scored.iterations, steps);
	}

	/// Opening a reputer window for a worker nonce whose window closed with a network
	/// inference.
	#[benchmark]
	fn open_reputer_nonce() {
		let (topic_id, nonce, _, _) = open_reputer_window::<T>(1, 0, 1);
		OpenReputerNonces::<T>::remove(topic_id);
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
		let now = nonce.saturating_add(topic.config.worker_submission_window);
		#[block]
		{
			Pallet::<T>::open_reputer_window(topic_id, &topic, nonce, now);
		}
		assert_eq!(OpenReputerNonces::<T>::get(topic_id).len(), 1);
	}

	/// Pruning an old reputer nonce with `n` reports, its network losses and scores. Deleting a
	/// report does not read it: with `pov_mode = Measured` the proof charged is the one recorded
	/// here plus a trie path per report, not its 61 KB `MaxEncodedLen` (every list at
	/// `MaxWorkersPerTopic`).
	#[benchmark(pov_mode = Measured)]
	fn prune_reputer_nonce(n: Linear<0, { T::MaxReputersPerTopic::get() }>) {
		let active = max_active::<T>();
		let (topic_id, nonce, reputers, report) =
			open_reputer_window::<T>(active.div_ceil(2), active / 2, n.max(1));
		let stored = stored::<T>(topic_id, nonce, &report);
		for reputer in reputers.iter().take(n as usize) {
			LossReports::<T>::insert((topic_id, nonce), reputer, stored.clone());
		}
		NetworkLossesAt::<T>::insert(topic_id, nonce, report);
		let params = pallet_topics::Params::<T>::get();
		let keep = params.min_epoch_length_record_limit as usize;
		let history: Vec<BlockNumberFor<T>> =
			(0..keep as u32).map(|k| nonce.saturating_add((k * 12).into())).collect();
		ReputerHistory::<T>::insert(topic_id, BoundedVec::truncate_from(history));
		let next = nonce.saturating_add((keep as u32 * 12).into());
		#[block]
		{
			Pallet::<T>::retire(topic_id, next, &params);
		}
		assert!(!NetworkLossesAt::<T>::contains_key(topic_id, nonce));
	}

	/// One slot of the removal queue looked at, holding one removal (the removal itself is
	/// priced apart, `execute_removal`). With `pov_mode = Measured` a slot costs what it holds,
	/// not a full slot's `MaxEncodedLen` (21 KB), which would price each of a block's removals as
	/// a full slot of its own. A block reads at most one slot with more removals than it
	/// executes; `on_initialize_idle`, charged every block, prices one full slot.
	#[benchmark(pov_mode = Measured)]
	fn removal_slot() {
		let (topic_id, reputer) = reputer_with_pending_removal::<T>();
		let key = StakeKey::Own { topic_id, reputer };
		let due = PendingRemovals::<T>::get(&key).expect("pending").due;
		RemovalCursor::<T>::put(due);
		Params::<T>::mutate(|p| p.half_max_process_stake_removals_end_block = 1);
		#[block]
		{
			let _ = RemovalQueue::<T>::take(due);
		}
		assert!(RemovalQueue::<T>::get(due).is_empty());
	}

	/// The block hook when nothing is due.
	#[benchmark]
	fn on_initialize_idle() {
		let now: BlockNumberFor<T> = 2u32.into();
		RemovalCursor::<T>::put(now);
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	/// `n` parameter updates (each parameter to its current value, cycling).
	#[benchmark]
	fn set_params(n: Linear<1, { ParamUpdates::bound() as u32 }>) -> Result<(), BenchmarkError> {
		let origin = <T as pallet_topics::Config>::AdminOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let updates: ParamUpdates =
			BoundedVec::truncate_from(Params::<T>::get().cycled_updates(n as usize));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
