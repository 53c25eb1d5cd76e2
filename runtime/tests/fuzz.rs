//! The runtime fuzzer: random streams of every call of the Allora pallets (and balance transfers,
//! and root's parameter and emission-schedule changes) from random signed origins, with random
//! block advancement, through the real runtime — its configuration, weights, genesis preset and
//! every pallet's block hooks, staking's era changes and elections included. Calls are drawn near
//! the valid input space (open nonces, registered participants, reports naming a nonce's
//! participants) and past it (unknown topics, zero and oversized amounts, values out of range,
//! wrong participants, bad topic settings).
//!
//! Checked after every call: a failed call changed no state (the storage root is the same), and
//! no call used more weight than it declared. After every block: every Allora pallet's
//! `try_state`, total issuance = genesis + minted − burnt, and the Allora pallets' hooks within
//! 25% of the block's ref time and 80% of its proof size (`runtime/tests/hooks.rs` bounds the
//! worst case; this checks what blocks really use). A panic anywhere fails the run. (Every
//! pallet's hooks run; `on_finalize` and the inherents do not: the blocks are not authored.)
//!
//! `ALLORA_FUZZ_SEED` (default 17) and `ALLORA_FUZZ_CALLS` (default 4 000) set the stream;
//! `./scripts/test` runs the defaults, `docs/security.md` reports longer runs.

mod common;

use allora_runtime::{
	configs::RuntimeBlockWeights, AccountId, Balances, BlockNumber, Emissions, Inference,
	Reputation, Runtime, RuntimeCall, RuntimeOrigin, System, Topics, ALLO,
};
use allora_synthesis::Fixed;
use codec::{Decode, DecodeAll, Encode};
use pallet_inference::{ForecastElement, ForecastOf};
use pallet_reputation::{LossReport, LossReportOf, PerWorker};
use pallet_topics::{Role, TopicConfig, TopicId, TopicUpdate};
use polkadot_sdk::{
	frame_support::{dispatch::GetDispatchInfo, traits::OnInitialize, weights::Weight, BoundedVec},
	sp_core::storage::StateVersion,
	sp_io,
	sp_keyring::Sr25519Keyring,
	sp_runtime::traits::Dispatchable,
};
use proptest::{
	prelude::Rng,
	test_runner::{RngAlgorithm, TestRng},
};

/// A seeded random stream.
struct Stream(TestRng);

impl Stream {
	fn new(seed: u64) -> Self {
		let mut bytes = [0u8; 32];
		bytes[..8].copy_from_slice(&seed.to_le_bytes());
		Stream(TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
	}
	/// `0..n`.
	fn below(&mut self, n: u64) -> u64 {
		self.0.next_u64() % n.max(1)
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
	fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
		(!items.is_empty()).then(|| items[self.below(items.len() as u64) as usize].clone())
	}
	/// An amount: mostly sensible, sometimes zero, dust or more than anyone has.
	fn amount(&mut self) -> u128 {
		match self.below(8) {
			0 => 0,
			1 => 1,
			2 => ALLO / 2,
			3 => ALLO,
			4 => 100 * ALLO,
			5 => 1_000 * ALLO,
			6 => self.below(5_000) as u128 * ALLO,
			_ => u128::MAX,
		}
	}
	/// A value for an inference or a loss: mostly in range, sometimes past `MaxAbsValue`.
	fn value(&mut self) -> Fixed {
		if self.chance(3) {
			return Fixed::from_int(2_000_000_000);
		}
		Fixed::from_raw(self.below(10_000_000) as i128 * 1_000_000_000_000 + 1)
	}
}

/// The dev accounts (endowed at genesis).
fn accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

fn topics() -> Vec<TopicId> {
	(1..=pallet_topics::TopicCount::<Runtime>::get() + 1).collect()
}

fn registered(topic: TopicId, role: Role) -> Vec<AccountId> {
	pallet_topics::Registrations::<Runtime>::iter_key_prefix((topic, role)).collect()
}

/// A topic configuration: mostly valid (short epochs, so that a run sees many), sometimes not.
fn topic_config(s: &mut Stream) -> pallet_topics::TopicConfigOf<Runtime> {
	let epoch = 6 + s.below(20) as u32;
	let window = 1 + s.below(epoch as u64) as u32;
	let mut c = TopicConfig::example(epoch, window);
	c.ground_truth_lag = epoch * (1 + s.below(3) as u32) + s.below(epoch as u64) as u32;
	if s.chance(10) {
		match s.below(4) {
			0 => c.epoch_length = 5,
			1 => c.epoch_length = BlockNumber::MAX,
			2 => c.worker_submission_window = 0,
			_ => c.p_norm = Fixed::from_int(9),
		}
	}
	c
}

/// A report for an open reputer nonce: the nonce's participants with random losses, sometimes
/// one of them missing.
fn report(s: &mut Stream, topic: TopicId, nonce: BlockNumber) -> LossReportOf<Runtime> {
	let mut list = |of: Vec<AccountId>| -> PerWorker<AccountId, _> {
		let mut v: Vec<_> = of.into_iter().map(|a| (a, s.value())).collect();
		v.sort();
		BoundedVec::truncate_from(v)
	};
	let record = pallet_inference::Pallet::<Runtime>::record(topic, nonce);
	let keys = |l: Option<&PerWorker<AccountId, _>>| -> Vec<AccountId> {
		l.map(|l| l.iter().map(|(a, _)| a.clone()).collect()).unwrap_or_default()
	};
	let mut r = LossReport {
		combined: Fixed::ONE,
		naive: Fixed::ONE,
		inferer: list(pallet_inference::Pallet::<Runtime>::inferers(topic, nonce)),
		forecaster: list(keys(record.as_ref().map(|r| &r.forecast_implied))),
		one_out_inferer: list(keys(record.as_ref().map(|r| &r.one_out_inferers))),
		one_out_forecaster: list(keys(record.as_ref().map(|r| &r.one_out_forecasters))),
		one_in_forecaster: list(keys(record.as_ref().map(|r| &r.one_in_forecasters))),
	};
	r.combined = s.value();
	r.naive = s.value();
	if s.chance(5) {
		r.inferer.pop();
	}
	r
}

/// One random call and the origin it is sent from (`None`: root).
fn call(s: &mut Stream) -> (Option<AccountId>, RuntimeCall) {
	use pallet_inference::Call as I;
	use pallet_reputation::Call as R;
	use pallet_topics::Call as T;
	let who = s.pick(&accounts()).expect("accounts");
	let other = s.pick(&accounts()).expect("accounts");
	let topic_id = s.pick(&topics()).expect("at least the next id");
	let role = if s.chance(50) { Role::Worker } else { Role::Reputer };
	let amount = s.amount();
	let signed = |c| (Some(who.clone()), c);
	match s.below(23) {
		0 if pallet_topics::TopicCount::<Runtime>::get() < 6 || s.chance(5) => {
			signed(RuntimeCall::Topics(T::create_topic { config: topic_config(s) }))
		},
		0 | 1 => signed(RuntimeCall::Topics(T::fund_topic { topic_id, amount })),
		2 | 3 => signed(RuntimeCall::Topics(T::register { topic_id, role })),
		4 => {
			let who = s.pick(&registered(topic_id, role)).unwrap_or(who);
			(Some(who), RuntimeCall::Topics(T::unregister { topic_id, role }))
		},
		5 => {
			let reputer = s.pick(&registered(topic_id, Role::Reputer)).unwrap_or(who);
			(Some(reputer), RuntimeCall::Reputation(R::add_stake { topic_id, amount }))
		},
		6 => {
			let reputer = s.pick(&registered(topic_id, Role::Reputer)).unwrap_or(other);
			signed(RuntimeCall::Reputation(R::delegate_stake { topic_id, reputer, amount }))
		},
		7 => {
			let amount = amount.min(ALLO * s.below(3_000) as u128);
			match s.below(4) {
				0 => signed(RuntimeCall::Reputation(R::remove_stake { topic_id, amount })),
				1 => signed(RuntimeCall::Reputation(R::cancel_remove_stake { topic_id })),
				2 => signed(RuntimeCall::Reputation(R::remove_delegate_stake {
					topic_id,
					reputer: other,
					amount,
				})),
				_ => signed(RuntimeCall::Reputation(R::cancel_remove_delegate_stake {
					topic_id,
					reputer: other,
				})),
			}
		},
		8..=11 => {
			let workers = registered(topic_id, Role::Worker);
			let who = s.pick(&workers).unwrap_or(who);
			let open = pallet_inference::OpenNonces::<Runtime>::get(topic_id).to_vec();
			let nonce = s.pick(&open).unwrap_or(s.below(1_000) as BlockNumber);
			let inference = (!s.chance(20)).then(|| s.value());
			let forecast = s.chance(40).then(|| {
				let elements: Vec<_> = workers
					.iter()
					.filter(|w| **w != who)
					.take(s.below(14) as usize)
					.map(|w| ForecastElement { inferer: w.clone(), value: s.value() })
					.collect();
				ForecastOf::<Runtime>::truncate_from(elements)
			});
			let c = I::submit_worker_payload { topic_id, nonce, inference, forecast };
			(Some(who), RuntimeCall::Inference(c))
		},
		12..=14 => {
			let who = s.pick(&registered(topic_id, Role::Reputer)).unwrap_or(who);
			let open = pallet_reputation::OpenReputerNonces::<Runtime>::get(topic_id).to_vec();
			let nonce = s.pick(&open).map(|n| n.nonce).unwrap_or(s.below(1_000) as BlockNumber);
			let report = report(s, topic_id, nonce);
			(
				Some(who),
				RuntimeCall::Reputation(R::submit_reputer_payload { topic_id, nonce, report }),
			)
		},
		15 => {
			signed(RuntimeCall::Reputation(R::claim_delegator_rewards { topic_id, reputer: other }))
		},
		16 => {
			let creator = pallet_topics::Topics::<Runtime>::get(topic_id).map(|t| t.creator);
			let update = TopicUpdate {
				metadata: None,
				p_norm: s.chance(50).then(|| Fixed::from_int(2 + s.below(3) as i64)),
				alpha_regret: s
					.chance(50)
					.then(|| Fixed::from_raw(s.below(2) as i128 * 500_000_000_000_000_000)),
				epsilon: None,
				merit_sortition_alpha: None,
				active_inferer_quantile: None,
				active_forecaster_quantile: None,
				active_reputer_quantile: None,
				commit_reveal: None,
			};
			(
				Some(creator.unwrap_or(who)),
				RuntimeCall::Topics(T::update_topic { topic_id, update }),
			)
		},
		17 => {
			// Each pallet's own `set_params`; some values break a rule or a bound.
			use pallet_inference::InferenceParam as I;
			use pallet_reputation::ReputationParam as R;
			use pallet_topics::TopicsParam as P;
			fn one<P, S: polkadot_sdk::frame_support::traits::Get<u32>>(p: P) -> BoundedVec<P, S> {
				BoundedVec::truncate_from(vec![p])
			}
			let call = match s.below(10) {
				0 => T::set_params {
					updates: one(P::MaxActiveTopicsPerBlock(1 + s.below(4) as u32)),
				}
				.into(),
				1 => T::set_params {
					updates: one(P::MinTopicWeight(Fixed::from_raw(
						s.below(3) as i128 * 1_000_000_000_000_000_000,
					))),
				}
				.into(),
				2 => T::set_params {
					updates: one(P::RetireInactiveTopicsAfter(1 + s.below(100) as u32)),
				}
				.into(),
				3 => T::set_params {
					updates: one(P::MaxUnfulfilledReputerRequests(1 + s.below(120) as u32)),
				}
				.into(),
				4 => pallet_reputation::Call::set_params {
					updates: one(R::RemoveStakeDelayWindow(1 + s.below(30) as u32)),
				}
				.into(),
				5 => pallet_reputation::Call::set_params {
					updates: one(R::MinStakeAmount(s.below(3) as u128 * ALLO)),
				}
				.into(),
				6 => pallet_reputation::Call::set_params {
					updates: one(R::RequiredMinimumStake(s.below(200) as u128 * ALLO)),
				}
				.into(),
				7 => pallet_inference::Call::set_params {
					updates: one(I::MaxTopInferersToReward(s.below(40) as u32)),
				}
				.into(),
				8 => pallet_inference::Call::set_params {
					updates: one(I::MaxElementsPerForecast(s.below(20) as u32)),
				}
				.into(),
				_ => pallet_emissions::Call::set_reward_params {
					updates: BoundedVec::truncate_from(vec![
						pallet_emissions::RewardParam::BetaEntropy(Fixed::from_raw(
							s.below(13) as i128 * 100_000_000_000_000_000,
						)),
					]),
				}
				.into(),
			};
			(None, call)
		},
		18 => {
			// Shares in [0, 1.2] by 0.1: about half the sets have one past 1 (`InvalidMintParams`).
			let mut share = || Fixed::from_raw(s.below(13) as i128 * 100_000_000_000_000_000);
			let params = pallet_emissions::MintParams {
				ecosystem_share: share(),
				emission_factor: share(),
				max_monthly_yield: share(),
				smoothing: share(),
			};
			(None, RuntimeCall::Emissions(pallet_emissions::Call::set_mint_params { params }))
		},
		19 => {
			let member = s.pick(&registered(topic_id, role)).unwrap_or(other);
			signed(RuntimeCall::Topics(T::register_replacing { topic_id, role, member }))
		},
		20 => {
			let schedule = pallet_topics::EpochSchedule::<Runtime>::get();
			let active = s.pick(&schedule).map_or(topic_id, |(_, id)| id);
			signed(RuntimeCall::Topics(T::activate_replacing { topic_id, active }))
		},
		21 => signed(RuntimeCall::Topics(T::retire_topic { topic_id })),
		_ => {
			use polkadot_sdk::pallet_balances::Call as B;
			let value = amount.min(10_000 * ALLO);
			signed(RuntimeCall::Balances(B::transfer_keep_alive { dest: other.into(), value }))
		},
	}
}

/// The pallets before the Allora ones, in the runtime's order (system, collators, XCM).
type OtherPallets = (
	(System, allora_runtime::ParachainSystem, allora_runtime::Timestamp, allora_runtime::Balances),
	(allora_runtime::Authorship, allora_runtime::Staking, allora_runtime::Session),
	(allora_runtime::Aura, allora_runtime::AuraExt, allora_runtime::XcmpQueue),
	(allora_runtime::PolkadotXcm, allora_runtime::MessageQueue),
);
/// The Allora pallets, in the runtime's hook order.
type AlloraPallets = (Emissions, Topics, Inference, Reputation);

/// The next block's hooks (every pallet's `on_initialize` with one, in the runtime's order);
/// returns the Allora pallets' weight.
fn next_block() -> Weight {
	let n = System::block_number() + 1;
	System::reset_events();
	System::set_block_number(n);
	<OtherPallets as OnInitialize<BlockNumber>>::on_initialize(n);
	<AlloraPallets as OnInitialize<BlockNumber>>::on_initialize(n)
}

/// Issuance = genesis + minted − burnt.
fn issuance_accounted(genesis: u128) -> bool {
	Balances::total_issuance()
		== genesis + pallet_emissions::EcosystemMinted::<Runtime>::get()
			- pallet_emissions::Burnt::<Runtime>::get()
}

fn check_invariants() {
	Topics::do_try_state().expect("topics try_state");
	Inference::do_try_state().expect("inference try_state");
	Reputation::do_try_state().expect("reputation try_state");
	Emissions::do_try_state().expect("emissions try_state");
}

/// What one run did.
#[derive(Debug, Default)]
struct Figures {
	calls: u64,
	ok: u64,
	blocks: u64,
	checks: u64,
	topics: u64,
	epochs: u64,
}

fn run(seed: u64, calls: u64) -> Figures {
	let mut s = Stream::new(seed);
	let mut figures = Figures::default();
	let max = RuntimeBlockWeights::get().max_block;
	common::externalities("development").execute_with(|| {
		System::set_block_number(1);
		// Removals that execute within a run.
		let short_delay = BoundedVec::truncate_from(vec![
			pallet_reputation::ReputationParam::RemoveStakeDelayWindow(5),
		]);
		RuntimeCall::Reputation(pallet_reputation::Call::set_params { updates: short_delay })
			.dispatch(RuntimeOrigin::root())
			.expect("root sets the parameters");
		let genesis = Balances::total_issuance();
		for _ in 0..calls {
			let (who, call) = call(&mut s);
			let declared = call.get_dispatch_info().call_weight;
			let origin = who.map_or(RuntimeOrigin::root(), RuntimeOrigin::signed);
			let root = sp_io::storage::root(StateVersion::V1);
			let result = call.clone().dispatch(origin);
			figures.calls += 1;
			match result {
				Ok(post) => {
					figures.ok += 1;
					let used = post.actual_weight.unwrap_or(declared);
					assert!(used.all_lte(declared), "{call:?} used {used} of {declared}");
				},
				Err(e) => {
					let after = sp_io::storage::root(StateVersion::V1);
					assert_eq!(root, after, "{call:?} failed with {e:?} and changed the state");
				},
			}
			if s.chance(30) {
				for _ in 0..1 + s.below(3) {
					let hooks = next_block();
					figures.blocks += 1;
					assert!(
						hooks.ref_time() * 100 < max.ref_time() * 25
							&& hooks.proof_size() * 100 < max.proof_size() * 80,
						"block {}: the hooks used {hooks}",
						System::block_number()
					);
					figures.epochs += System::events()
						.iter()
						.filter(|r| {
							matches!(
								r.event,
								allora_runtime::RuntimeEvent::Topics(
									pallet_topics::Event::EpochStarted { .. }
								)
							)
						})
						.count() as u64;
					check_invariants();
					assert!(
						issuance_accounted(genesis),
						"block {}: issuance",
						System::block_number()
					);
					figures.checks += 1;
				}
			}
		}
		figures.topics = pallet_topics::TopicCount::<Runtime>::get();
	});
	figures
}

fn env(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn random_calls_from_random_accounts_keep_every_invariant() {
	let seed = env("ALLORA_FUZZ_SEED", 17);
	let calls = env("ALLORA_FUZZ_CALLS", 4_000);
	let figures = run(seed, calls);
	eprintln!("fuzz seed {seed}: {figures:?}");
	// The stream reaches the chain's working states, not only its errors.
	assert!(figures.ok * 5 > figures.calls, "too few calls succeeded: {figures:?}");
	assert!(figures.epochs > 10, "too few epochs started: {figures:?}");
}

/// Malformed input never reaches a pallet: a call's encoding cut short, or with bytes added, or
/// with a bounded vector one past its bound, does not decode as the call.
#[test]
fn truncated_extended_and_oversized_encodings_do_not_decode() {
	let mut s = Stream::new(3);
	common::externalities("development").execute_with(|| {
		for _ in 0..500 {
			let (_, call) = call(&mut s);
			let bytes = call.encode();
			for cut in [1, bytes.len() / 2, bytes.len() - 1] {
				if cut < bytes.len() {
					assert!(
						RuntimeCall::decode(&mut &bytes[..cut]).is_err(),
						"{call:?} cut at {cut}"
					);
				}
			}
			let mut longer = bytes.clone();
			longer.push(0);
			assert!(
				RuntimeCall::decode_all(&mut &longer[..]).is_err(),
				"{call:?} with a byte added"
			);
		}
	});
	// A metadata of `MaxStringLength` + 1 bytes: the bounded vector refuses to decode.
	let long = vec![b'x'; pallet_topics::MAX_STRING_LENGTH as usize + 1];
	assert!(pallet_topics::BoundedString::decode(&mut &long.encode()[..]).is_err());
	let at_bound = vec![b'x'; pallet_topics::MAX_STRING_LENGTH as usize];
	assert!(pallet_topics::BoundedString::decode(&mut &at_bound.encode()[..]).is_ok());
}
