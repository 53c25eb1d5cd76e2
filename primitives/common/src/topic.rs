//! A topic, what its creator chooses and may change later, and the roles and tasks of its
//! participants.

use allora_synthesis::Fixed;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{
	traits::{ConstU32, Get},
	BoundedVec,
};
use scale_info::TypeInfo;

/// A topic's identifier: 1, 2, 3, ... in creation order.
pub type TopicId = u64;

/// The hard bound of topic metadata and loss methods, in bytes; the global parameter
/// `MaxStringLength` may only be lower.
pub const MAX_STRING_LENGTH: u32 = 255;

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
	/// Commit–reveal ([`crate::commit_reveal`]): the reveal phases' lengths, or `None` for
	/// payloads submitted in one call. With it, workers and reputers first commit to the hash of
	/// their payload and show the payload only in the last blocks of their window, so that
	/// nobody can copy an answer before the window closes.
	pub commit_reveal: Option<RevealPhases<BlockNumber>>,
}

/// The reveal phases of a commit–reveal topic: the last `worker` blocks of each worker window
/// and the last `reputer` blocks of each reputer window; the blocks before them are the commit
/// phase. Bounds: `1 ≤ worker < worker_submission_window`, `1 ≤ reputer < epoch_length` (a
/// reputer window is an epoch long).
#[derive(
	Clone,
	Copy,
	Debug,
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
pub struct RevealPhases<BlockNumber> {
	/// Blocks at the end of a worker window in which payloads are revealed.
	pub worker: BlockNumber,
	/// Blocks at the end of a reputer window in which loss reports are revealed.
	pub reputer: BlockNumber,
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
	/// New commit–reveal setting (`Some(None)` turns it off); refused while the topic has an
	/// open worker or reputer window, so that no window changes its phases.
	pub commit_reveal: Option<Option<RevealPhases<u32>>>,
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
			commit_reveal: None,
		}
	}

	/// [`TopicConfig::example`] with commit–reveal: reveal phases of `worker` and `reputer`
	/// blocks.
	pub fn example_commit_reveal(
		epoch_length: u32,
		worker_submission_window: u32,
		worker: u32,
		reputer: u32,
	) -> Self {
		TopicConfig {
			commit_reveal: Some(RevealPhases { worker: worker.into(), reputer: reputer.into() }),
			..Self::example(epoch_length, worker_submission_window)
		}
	}
}

impl<BlockNumber: From<u32>> TopicConfig<BlockNumber> {
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
			commit_reveal,
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
		if let Some(phases) = commit_reveal {
			self.commit_reveal = phases.map(|RevealPhases { worker, reputer }| RevealPhases {
				worker: worker.into(),
				reputer: reputer.into(),
			});
		}
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
	pub current_epoch_start: BlockNumber,
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

/// The two tasks of a worker: the inference pallet's payload parts, and what the rewards pay.
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
pub enum WorkerTask {
	/// Inferring the topic's target.
	Inference,
	/// Forecasting the other inferers' losses.
	Forecast,
}

/// A value per participant, sorted by account, at most `N`.
pub type PerWorker<AccountId, N> = BoundedVec<(AccountId, Fixed), N>;

/// A map of values per participant as a [`PerWorker`] list (sorted by account; at most `N`
/// entries kept, and no list of a nonce has more than its `N` workers).
pub fn per_worker<A: Ord, N: Get<u32>>(
	m: alloc::collections::BTreeMap<A, Fixed>,
) -> PerWorker<A, N> {
	BoundedVec::truncate_from(m.into_iter().collect())
}
