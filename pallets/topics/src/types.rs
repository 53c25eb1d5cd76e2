//! A topic, what its creator chooses, what it may change later, and the roles of participants.

use allora_synthesis::Fixed;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{traits::ConstU32, weights::Weight, BoundedVec};
use scale_info::TypeInfo;

/// A topic's identifier: 1, 2, 3, ... in creation order.
pub type TopicId = u64;

/// The hard bound of topic metadata and loss methods, in bytes; the global parameter
/// `MaxStringLength` may only be lower.
pub const MAX_STRING_LENGTH: u32 = 255;

/// The hard bound of the global parameter `GradientDescentMaxIters`: the reputers' scoring at
/// a reputer-nonce close takes up to that many steps, each as costly as the reputers scored
/// squared (see `benchmarks/README.md`). Twice the reference's default of 10.
pub const MAX_GRADIENT_DESCENT_ITERS: u32 = 20;

/// Topic metadata or a loss method: at most [`MAX_STRING_LENGTH`] bytes.
pub type BoundedString = BoundedVec<u8, ConstU32<MAX_STRING_LENGTH>>;

/// What a topic creator chooses (`create_topic`); see `shared/spec/lifecycle.md` for each rule.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct TopicConfig<BlockNumber> {
	/// Free text: what is predicted, the data source, units (at most the global `MaxStringLength` bytes).
	#[cfg_attr(feature = "std", serde(with = "crate::json::text"))]
	pub metadata: BoundedString,
	/// The loss the reputers compute off chain, e.g. `mse` (non-empty).
	#[cfg_attr(feature = "std", serde(with = "crate::json::text"))]
	pub loss_method: BoundedString,
	/// Blocks between two epochs; at least the global `MinEpochLength`.
	pub epoch_length: BlockNumber,
	/// Blocks after an epoch's start when its ground truth is known; between `epoch_length` and
	/// `MaxUnfulfilledReputerRequests · epoch_length`.
	pub ground_truth_lag: BlockNumber,
	/// Blocks after an epoch's start during which workers submit; `1..=epoch_length`.
	pub worker_submission_window: BlockNumber,
	/// `p`: slope of the synthesis weight function; `2.5..=4.5`.
	pub p_norm: Fixed,
	/// EMA weight of the regrets; `0 < α ≤ 1`.
	pub alpha_regret: Fixed,
	/// Whether the loss may be negative (otherwise losses are log10-transformed).
	pub allow_negative: bool,
	/// `ε` of the synthesis weight function; `> 0`.
	pub epsilon: Fixed,
	/// EMA weight of merit sortition; `[0, 1)`.
	pub merit_sortition_alpha: Fixed,
	/// Quantile of inferer scores below which newcomers do not enter the active set; `[0, 1)`.
	pub active_inferer_quantile: Fixed,
	/// Same for forecasters; `[0, 1)`.
	pub active_forecaster_quantile: Fixed,
	/// Same for reputers; `[0, 1)`.
	pub active_reputer_quantile: Fixed,
}

/// The fields a topic's creator may change later (`update_topic`); `None` keeps the value.
///
/// The schedule (`epoch_length`, `ground_truth_lag`, `worker_submission_window`) and the meaning
/// of the losses (`loss_method`, `allow_negative`) are fixed at creation: changing them would
/// re-interpret nonces and losses already on chain.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct TopicUpdate {
	/// New metadata.
	pub metadata: Option<BoundedString>,
	/// New `p`.
	pub p_norm: Option<Fixed>,
	/// New regret EMA weight.
	pub alpha_regret: Option<Fixed>,
	/// New `ε`.
	pub epsilon: Option<Fixed>,
	/// New merit-sortition EMA weight.
	pub merit_sortition_alpha: Option<Fixed>,
	/// New inferer quantile.
	pub active_inferer_quantile: Option<Fixed>,
	/// New forecaster quantile.
	pub active_forecaster_quantile: Option<Fixed>,
	/// New reputer quantile.
	pub active_reputer_quantile: Option<Fixed>,
}

impl<BlockNumber: From<u32> + Copy> TopicConfig<BlockNumber> {
	/// A valid configuration for examples, tests and benchmarks: loss `mse`, a ground-truth lag
	/// of one epoch, and the reference synthesis settings (`p` = 3, `α` = 0.1, `ε` = 0.01, merit
	/// sortition α = 0.1, quantiles 0.2).
	pub fn example(epoch_length: u32, worker_submission_window: u32) -> Self {
		let fraction = |thousandths: i128| Fixed::from_raw(thousandths * 1_000_000_000_000_000);
		TopicConfig {
			metadata: BoundedVec::truncate_from(b"example".to_vec()),
			loss_method: BoundedVec::truncate_from(b"mse".to_vec()),
			epoch_length: epoch_length.into(),
			ground_truth_lag: epoch_length.into(),
			worker_submission_window: worker_submission_window.into(),
			p_norm: Fixed::from_int(3),
			alpha_regret: fraction(100),
			allow_negative: false,
			epsilon: fraction(10),
			merit_sortition_alpha: fraction(100),
			active_inferer_quantile: fraction(200),
			active_forecaster_quantile: fraction(200),
			active_reputer_quantile: fraction(200),
		}
	}
}

impl<BlockNumber> TopicConfig<BlockNumber> {
	/// The configuration with `update` applied.
	pub fn updated(mut self, update: TopicUpdate) -> Self {
		let TopicUpdate {
			metadata,
			p_norm,
			alpha_regret,
			epsilon,
			merit_sortition_alpha,
			active_inferer_quantile,
			active_forecaster_quantile,
			active_reputer_quantile,
		} = update;
		self.metadata = metadata.unwrap_or(self.metadata);
		self.p_norm = p_norm.unwrap_or(self.p_norm);
		self.alpha_regret = alpha_regret.unwrap_or(self.alpha_regret);
		self.epsilon = epsilon.unwrap_or(self.epsilon);
		self.merit_sortition_alpha = merit_sortition_alpha.unwrap_or(self.merit_sortition_alpha);
		self.active_inferer_quantile =
			active_inferer_quantile.unwrap_or(self.active_inferer_quantile);
		self.active_forecaster_quantile =
			active_forecaster_quantile.unwrap_or(self.active_forecaster_quantile);
		self.active_reputer_quantile =
			active_reputer_quantile.unwrap_or(self.active_reputer_quantile);
		self
	}
}

/// A topic on chain.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Topic<AccountId, BlockNumber> {
	/// Who created it (the only account that may update it).
	pub creator: AccountId,
	/// What the creator chose.
	pub config: TopicConfig<BlockNumber>,
	/// The topic's initial regret (synthesis spec §2.12), re-estimated from its experienced
	/// workers; 0 until the first estimate ("every worker is new").
	pub initial_regret: Fixed,
	/// The block at which its current epoch started (its latest worker nonce); 0 before the
	/// first epoch.
	pub epoch_last_ended: BlockNumber,
}

/// A registration as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Registration<Balance, BlockNumber> {
	/// The deposit held from the account while it is registered.
	pub deposit: Balance,
	/// The block the registration began.
	pub since: BlockNumber,
}

/// The two ways to take part in a topic.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Role {
	/// Submits inferences and forecasts.
	Worker,
	/// Stakes and reports the losses of the workers' submissions.
	Reputer,
}

impl Role {
	/// The tasks a participant in this role is scored for.
	pub fn tasks(&self) -> &'static [RewardTask] {
		match self {
			Role::Worker => &[RewardTask::Inference, RewardTask::Forecast],
			Role::Reputer => &[RewardTask::Reputation],
		}
	}
}

/// The three scored tasks of a topic.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum RewardTask {
	/// Inferers.
	Inference,
	/// Forecasters.
	Forecast,
	/// Reputers.
	Reputation,
}

/// A participant's score EMA in a task, stamped with the nonce that last moved it.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ScoreEma<BlockNumber> {
	/// The nonce (worker nonce block) of the last update.
	pub nonce: BlockNumber,
	/// The EMA of the participant's instant scores.
	pub score: Fixed,
}

/// What other pallets need to hear from the topics pallet.
pub trait TopicHandler<AccountId, BlockNumber> {
	/// The epoch of `topic` that starts at block `nonce` has begun (called from the block
	/// hook). Returns the weight used.
	fn on_epoch_start(
		topic_id: TopicId,
		topic: &Topic<AccountId, BlockNumber>,
		nonce: BlockNumber,
	) -> Weight;

	/// `account` left `role` in `topic_id` (called from `unregister`). Returns the weight used
	/// (`unregister` refunds the rest of [`TopicHandler::on_unregister_weight`]).
	fn on_unregister(topic_id: TopicId, role: Role, account: &AccountId) -> Weight;

	/// The most [`TopicHandler::on_unregister`] may weigh.
	fn on_unregister_weight() -> Weight;

	/// Whether the topic still has open worker or reputer nonces (it is retired only without).
	fn has_open_nonces(topic_id: TopicId) -> bool;

	/// The topic is being retired (`retire_topic`): delete what is kept about it, the records
	/// of at most `nonces` closed nonces per call. Returns the weight used and whether
	/// everything is gone.
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool);

	/// The most [`TopicHandler::on_retire`] may weigh with `nonces`.
	fn on_retire_weight(nonces: u32) -> Weight;
}

impl<AccountId, BlockNumber> TopicHandler<AccountId, BlockNumber> for () {
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

impl<AccountId, BlockNumber: Clone, A, B> TopicHandler<AccountId, BlockNumber> for (A, B)
where
	A: TopicHandler<AccountId, BlockNumber>,
	B: TopicHandler<AccountId, BlockNumber>,
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

/// Why a runtime-API query of the Allora pallets has no answer (the node's RPC turns each into a
/// JSON-RPC error with this variant's text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum QueryError {
	/// No topic has this id.
	UnknownTopic,
	/// The nonce's submission window is still open: nothing is computed yet.
	NonceOpen,
	/// The topic keeps no records of this nonce: never opened, dropped, or pruned.
	NonceNotKept,
	/// The nonce closed without a network inference (no inference was submitted, or the
	/// synthesis failed; the pallet's events say which).
	NoInference,
	/// The topic has no network inference yet.
	NoInferenceYet,
}

impl QueryError {
	/// The JSON-RPC error code of the node's RPC for this error: 8000 and the variant's index.
	pub fn code(&self) -> i32 {
		8000 + match self {
			QueryError::UnknownTopic => 0,
			QueryError::NonceOpen => 1,
			QueryError::NonceNotKept => 2,
			QueryError::NoInference => 3,
			QueryError::NoInferenceYet => 4,
		}
	}

	/// What the error means, for a person.
	pub fn message(&self) -> &'static str {
		match self {
			QueryError::UnknownTopic => "unknown topic: no topic has this id",
			QueryError::NonceOpen => "the nonce's window is still open: nothing is computed yet",
			QueryError::NonceNotKept => {
				"the topic keeps no records of this nonce (never opened, dropped, or pruned)"
			},
			QueryError::NoInference => "the nonce closed without a network inference",
			QueryError::NoInferenceYet => "the topic has no network inference yet",
		}
	}
}
