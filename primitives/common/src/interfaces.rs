//! The interfaces through which the Allora pallets reach each other. Each pallet's `Config`
//! names the ones it calls as associated types; the runtime wires them to the pallets that
//! implement them, a mock to `()` or a few lines of its own (`docs/architecture.md`):
//!
//! | trait | called by | implemented by |
//! |---|---|---|
//! | [`TopicStake`] | topics (weights, block start) | reputation |
//! | [`TopicLifecycle`] | topics (epoch start, leaving, retiring) | inference, reputation, emissions |
//! | [`ActiveSetHandler`] | topics (active set changes) | emissions |
//! | [`WindowHandler`] | inference (worker window closed) | reputation |
//! | [`RewardsPayer`] | reputation (network losses known) | emissions |
//! | [`WorkerResults`] | reputation (reports, network losses), emissions (inclusions, open nonces) | inference |
//! | [`StakeLedger`] | emissions (total stake, reputer rewards) | reputation |

use crate::{Role, Topic, TopicId, WorkerTask};
use alloc::vec::Vec;
use allora_synthesis::{losses::LossBundle, Fixed, SynthesisError};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{pallet_prelude::DispatchError, weights::Weight, DefaultNoBound};
use scale_info::TypeInfo;

/// What other pallets need to hear from the topics pallet.
pub trait TopicLifecycle<AccountId, BlockNumber> {
	/// The epoch of `topic` that starts at block `nonce` has begun (called from the block
	/// hook). Returns the weight used.
	fn on_epoch_start(
		topic_id: TopicId,
		topic: &Topic<AccountId, BlockNumber>,
		nonce: BlockNumber,
	) -> Weight;

	/// `account` left `role` in `topic_id` (called from `unregister`). Returns the weight used
	/// (`unregister` refunds the rest of [`TopicLifecycle::on_unregister_weight`]).
	fn on_unregister(topic_id: TopicId, role: Role, account: &AccountId) -> Weight;

	/// The most [`TopicLifecycle::on_unregister`] may weigh.
	fn on_unregister_weight() -> Weight;

	/// Whether the topic still has open worker or reputer nonces (it is retired only without).
	fn has_open_nonces(topic_id: TopicId) -> bool;

	/// The topic is being retired (`retire_topic`): delete what is kept about it, the records
	/// of at most `nonces` closed nonces per call. Returns the weight used and whether
	/// everything is gone.
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool);

	/// The most [`TopicLifecycle::on_retire`] may weigh with `nonces`.
	fn on_retire_weight(nonces: u32) -> Weight;
}

impl<AccountId, BlockNumber> TopicLifecycle<AccountId, BlockNumber> for () {
	fn on_epoch_start(_: TopicId, _: &Topic<AccountId, BlockNumber>, _: BlockNumber) -> Weight {
		Weight::zero()
	}
	fn on_unregister(_: TopicId, _: Role, _: &AccountId) -> Weight {
		Weight::zero()
	}
	fn on_unregister_weight() -> Weight {
		Weight::zero()
	}
	fn has_open_nonces(_: TopicId) -> bool {
		false
	}
	fn on_retire(_: TopicId, _: u32) -> (Weight, bool) {
		(Weight::zero(), true)
	}
	fn on_retire_weight(_: u32) -> Weight {
		Weight::zero()
	}
}

impl<AccountId, BlockNumber: Clone, A, B> TopicLifecycle<AccountId, BlockNumber> for (A, B)
where
	A: TopicLifecycle<AccountId, BlockNumber>,
	B: TopicLifecycle<AccountId, BlockNumber>,
{
	fn on_epoch_start(
		topic_id: TopicId,
		topic: &Topic<AccountId, BlockNumber>,
		nonce: BlockNumber,
	) -> Weight {
		A::on_epoch_start(topic_id, topic, nonce.clone())
			.saturating_add(B::on_epoch_start(topic_id, topic, nonce))
	}
	fn on_unregister(topic_id: TopicId, role: Role, account: &AccountId) -> Weight {
		A::on_unregister(topic_id, role, account)
			.saturating_add(B::on_unregister(topic_id, role, account))
	}
	fn on_unregister_weight() -> Weight {
		A::on_unregister_weight().saturating_add(B::on_unregister_weight())
	}
	fn has_open_nonces(topic_id: TopicId) -> bool {
		A::has_open_nonces(topic_id) || B::has_open_nonces(topic_id)
	}
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool) {
		let (a, a_done) = A::on_retire(topic_id, nonces);
		let (b, b_done) = B::on_retire(topic_id, nonces);
		(a.saturating_add(b), a_done && b_done)
	}
	fn on_retire_weight(nonces: u32) -> Weight {
		A::on_retire_weight(nonces).saturating_add(B::on_retire_weight(nonces))
	}
}

/// The stake behind a topic (all reputer stake, delegations included), in the smallest unit.
/// The reputation pallet provides it; `()` means no stake anywhere.
pub trait TopicStake<BlockNumber> {
	/// The topic's total stake.
	fn topic_stake(topic_id: TopicId) -> u128;

	/// Called first in the topics' block hook, before any topic weight is computed: the
	/// stake removals due by `now` execute here. Returns the weight used.
	fn on_block_start(now: BlockNumber) -> Weight;
}

impl<BlockNumber> TopicStake<BlockNumber> for () {
	fn topic_stake(_: TopicId) -> u128 {
		0
	}

	fn on_block_start(_: BlockNumber) -> Weight {
		Weight::zero()
	}
}

/// Hears of the changes of the active set that move a topic's share of the network emission:
/// each active topic earns, every block, its weight's share of the total active weight (the
/// emissions pallet accrues it per topic).
pub trait ActiveSetHandler {
	/// `topic_id` entered the active set: its share accrues from the next block on.
	fn on_activated(topic_id: TopicId) -> Weight;

	/// `topic_id`'s epoch is due and its weight is about to be recomputed: its share under
	/// `weight`, the weight it had since the last call, is settled. Returns the weight used.
	fn on_epoch_due(topic_id: TopicId, weight: Fixed) -> Weight;

	/// `topic_id` left the active set (after [`ActiveSetHandler::on_epoch_due`]).
	fn on_inactivated(topic_id: TopicId) -> Weight;

	/// The most one due topic's calls ([`ActiveSetHandler::on_epoch_due`], then possibly
	/// [`ActiveSetHandler::on_inactivated`]) may weigh together.
	fn max_due_weight() -> Weight;
}

impl ActiveSetHandler for () {
	fn on_activated(_: TopicId) -> Weight {
		Weight::zero()
	}
	fn on_epoch_due(_: TopicId, _: Fixed) -> Weight {
		Weight::zero()
	}
	fn on_inactivated(_: TopicId) -> Weight {
		Weight::zero()
	}
	fn max_due_weight() -> Weight {
		Weight::zero()
	}
}

/// Hears of every worker window that closes (the reputation pallet opens the epoch's reputer
/// window there, and tells the rewards when a topic has nothing left to close).
pub trait WindowHandler<AccountId, BlockNumber> {
	/// The worker window of `topic`'s nonce `nonce` closed at block `now`; `computed` says
	/// whether it produced a network inference. Returns the weight used.
	fn on_window_closed(
		topic_id: TopicId,
		topic: &Topic<AccountId, BlockNumber>,
		nonce: BlockNumber,
		now: BlockNumber,
		computed: bool,
	) -> Weight;

	/// The most [`WindowHandler::on_window_closed`] may weigh.
	fn max_weight() -> Weight;
}

impl<AccountId, BlockNumber> WindowHandler<AccountId, BlockNumber> for () {
	fn on_window_closed(
		_: TopicId,
		_: &Topic<AccountId, BlockNumber>,
		_: BlockNumber,
		_: BlockNumber,
		_: bool,
	) -> Weight {
		Weight::zero()
	}

	fn max_weight() -> Weight {
		Weight::zero()
	}
}

/// A reputer of a closed nonce, as the rewards see it.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ScoredReputer<AccountId> {
	/// The reputer.
	pub reputer: AccountId,
	/// Its authority stake (own + delegated, smallest unit) at the close.
	pub stake: u128,
	/// Its consensus score of the nonce.
	pub score: Fixed,
}

/// Hears of every reputer nonce closed with network losses (the emissions pallet pays the
/// epoch's rewards there).
pub trait RewardsPayer<AccountId: Ord, BlockNumber> {
	/// The network losses of `(topic, nonce)` are stored, its reputers scored (account order).
	/// Returns the weight used.
	fn on_losses(
		topic_id: TopicId,
		nonce: BlockNumber,
		losses: &LossBundle<AccountId>,
		reputers: &[ScoredReputer<AccountId>],
	) -> Weight;

	/// The most `on_losses` can weigh for a bundle of `inferers` and `forecasters` scored by
	/// `reputers` (the reputation pallet's hook plans its closes with it).
	fn max_weight(inferers: u32, forecasters: u32, reputers: u32) -> Weight;

	/// A worker or reputer nonce of `topic_id` closed (after [`RewardsPayer::on_losses`], if
	/// it had losses): the rewards settle what a topic that has finished leaves behind.
	/// Returns the weight used.
	fn on_nonce_closed(topic_id: TopicId) -> Weight;

	/// The most [`RewardsPayer::on_nonce_closed`] may weigh.
	fn on_nonce_closed_weight() -> Weight;
}

impl<AccountId: Ord, BlockNumber> RewardsPayer<AccountId, BlockNumber> for () {
	fn on_losses(
		_: TopicId,
		_: BlockNumber,
		_: &LossBundle<AccountId>,
		_: &[ScoredReputer<AccountId>],
	) -> Weight {
		Weight::zero()
	}

	fn max_weight(_: u32, _: u32, _: u32) -> Weight {
		Weight::zero()
	}

	fn on_nonce_closed(_: TopicId) -> Weight {
		Weight::zero()
	}

	fn on_nonce_closed_weight() -> Weight {
		Weight::zero()
	}
}

/// The participants of a worker nonce with a network inference, each list sorted: a reputer's
/// losses of the nonce name exactly these.
#[derive(Clone, Debug, DefaultNoBound, PartialEq, Eq)]
pub struct NonceParticipants<AccountId> {
	/// The accounts with an inference.
	pub inferers: Vec<AccountId>,
	/// The forecasters (each with a forecast-implied inference).
	pub forecasters: Vec<AccountId>,
	/// The inferers of the one-out inferences.
	pub one_out_inferers: Vec<AccountId>,
	/// The forecasters of the one-out inferences.
	pub one_out_forecasters: Vec<AccountId>,
	/// The forecasters of the one-in inferences.
	pub one_in_forecasters: Vec<AccountId>,
}

impl<AccountId: Ord> NonceParticipants<AccountId> {
	/// The five lists, each sorted by account, in the order a stored report holds their
	/// losses ([`crate::losses::StoredLossReport`]).
	pub fn in_order(mut self) -> Self {
		for list in [
			&mut self.inferers,
			&mut self.forecasters,
			&mut self.one_out_inferers,
			&mut self.one_out_forecasters,
			&mut self.one_in_forecasters,
		] {
			list.sort();
		}
		self
	}

	/// The five lists, in the order of a report's.
	pub fn lists(&self) -> [&Vec<AccountId>; 5] {
		[
			&self.inferers,
			&self.forecasters,
			&self.one_out_inferers,
			&self.one_out_forecasters,
			&self.one_in_forecasters,
		]
	}
}

/// The worker side of each epoch (the inference pallet): what the workers submitted and the
/// synthesis made of it. The reputation pallet checks reports against it and hands it the
/// network losses; the emissions pallet counts the workers it pays.
pub trait WorkerResults<AccountId: Ord, BlockNumber> {
	/// The participants of `(topic, nonce)`; `None` if the nonce has no network inference
	/// (never closed with one, or pruned).
	fn participants(topic_id: TopicId, nonce: BlockNumber) -> Option<NonceParticipants<AccountId>>;

	/// Whether `value` may be a worker's value or loss (`|value| ≤ MaxAbsValue`).
	fn value_in_range(value: Fixed) -> bool;

	/// The ground truth of `(topic, nonce)` is in: its network losses update the topic's
	/// regrets, latest network loss and initial regret, in the worker side's own blocks (its
	/// hook's budget pays the rows). Nothing is written on error. Returns the weight of the work
	/// done now beyond the reputer close's benchmark: [`WorkerResults::staging_weight`].
	fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumber,
		losses: &LossBundle<AccountId>,
	) -> Result<Weight, SynthesisError>;

	/// The weight [`WorkerResults::apply_network_losses`] returns.
	fn staging_weight() -> Weight;

	/// The largest active sets: `(inferers, forecasters)` a window's synthesis takes at most.
	fn active_set_sizes() -> (u32, u32);

	/// The lower bound of every sum of weights (the safe-division epsilon the synthesis uses).
	fn epsilon_safe_div() -> Fixed;

	/// The topic's worker nonces whose windows are open.
	fn open_worker_nonces(topic_id: TopicId) -> u32;

	/// Each `(task, worker)` of `paid` was paid for that task in the topic (it counts towards
	/// the worker being experienced): called once for an epoch's payment.
	fn note_inclusions(topic_id: TopicId, paid: &[(WorkerTask, AccountId)]);

	/// Whether the topic's regrets are in use by a window close in stages or a staged regret
	/// update: they must not change until it is done, so the topic's reputer closes wait.
	fn regrets_busy(topic_id: TopicId) -> bool;

	/// The weight of [`WorkerResults::regrets_busy`] (once in a block: it reads the same values
	/// whatever the topic).
	fn regrets_busy_weight() -> Weight;
}

/// The stake ledger (the reputation pallet), as the rewards see it.
pub trait StakeLedger<AccountId> {
	/// All stake in the network (smallest unit).
	fn total_stake() -> u128;

	/// The topic's reputer nonces still to close (each pays an epoch's rewards).
	fn open_reputer_nonces(topic_id: TopicId) -> u32;

	/// The account that holds the delegators' rewards until they collect them.
	fn pending_rewards_account() -> AccountId;

	/// Pays a reputer's reward `amount` from `from`: the delegators' share to the pending
	/// rewards, the rest staked for the reputer. All or nothing. Returns `(staked, to
	/// delegators)`.
	fn pay_reputer_reward(
		topic_id: TopicId,
		reputer: &AccountId,
		from: &AccountId,
		amount: u128,
	) -> Result<(u128, u128), DispatchError>;
}
