//! Storage migrations of the topics pallet.
//!
//! - **v0 → v1** (commit–reveal, issue 21): `TopicConfig` gained `commit_reveal`. Every stored
//!   topic is re-encoded with `commit_reveal: None`, so that no topic changes behaviour under
//!   its participants; its creator may turn commit–reveal on with `update_topic` while the topic
//!   has no open window.

use super::*;
use polkadot_sdk::frame_support::{
	migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade, weights::Weight,
};

/// The storage version this code writes.
pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

/// The types as version 0 stored them.
pub mod v0 {
	use super::*;
	use allora_synthesis::Fixed;

	/// `TopicConfig` before commit–reveal.
	#[derive(Encode, Decode)]
	pub struct TopicConfig<BlockNumber> {
		pub metadata: BoundedString,
		pub loss_method: BoundedString,
		pub epoch_length: BlockNumber,
		pub ground_truth_lag: BlockNumber,
		pub worker_submission_window: BlockNumber,
		pub p_norm: Fixed,
		pub alpha_regret: Fixed,
		pub allow_negative: bool,
		pub epsilon: Fixed,
		pub merit_sortition_alpha: Fixed,
		pub active_inferer_quantile: Fixed,
		pub active_forecaster_quantile: Fixed,
		pub active_reputer_quantile: Fixed,
	}

	/// `Topic` before commit–reveal.
	#[derive(Encode, Decode)]
	pub struct Topic<AccountId, BlockNumber> {
		pub creator: AccountId,
		pub config: TopicConfig<BlockNumber>,
		pub initial_regret: Fixed,
		pub current_epoch_start: BlockNumber,
	}

	impl<AccountId, BlockNumber> Topic<AccountId, BlockNumber> {
		/// The topic as version 1 stores it: commit–reveal off.
		pub fn upgraded(self) -> super::Topic<AccountId, BlockNumber> {
			let c = self.config;
			super::Topic {
				creator: self.creator,
				config: super::TopicConfig {
					metadata: c.metadata,
					loss_method: c.loss_method,
					epoch_length: c.epoch_length,
					ground_truth_lag: c.ground_truth_lag,
					worker_submission_window: c.worker_submission_window,
					p_norm: c.p_norm,
					alpha_regret: c.alpha_regret,
					allow_negative: c.allow_negative,
					epsilon: c.epsilon,
					merit_sortition_alpha: c.merit_sortition_alpha,
					active_inferer_quantile: c.active_inferer_quantile,
					active_forecaster_quantile: c.active_forecaster_quantile,
					active_reputer_quantile: c.active_reputer_quantile,
					commit_reveal: None,
				},
				initial_regret: self.initial_regret,
				current_epoch_start: self.current_epoch_start,
			}
		}
	}
}

/// Re-encodes every topic with commit–reveal off (unversioned; use [`MigrateV0ToV1`]).
pub struct InnerMigrateV0ToV1<T>(core::marker::PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut topics = 0u64;
		Topics::<T>::translate::<v0::Topic<T::AccountId, BlockNumberFor<T>>, _>(|_, old| {
			topics.saturating_inc();
			Some(old.upgraded())
		});
		// One read and one write per topic (TopicCount of them at most: topics are few and
		// never deleted faster than created, so this fits a block by far).
		T::DbWeight::get().reads_writes(topics, topics)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, polkadot_sdk::sp_runtime::TryRuntimeError> {
		Ok((Topics::<T>::iter_keys().count() as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(
		state: alloc::vec::Vec<u8>,
	) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let before = u64::decode(&mut &state[..]).map_err(|_| "pre_upgrade state")?;
		let after: alloc::vec::Vec<_> = Topics::<T>::iter_values().collect();
		ensure!(after.len() as u64 == before, "a topic was lost");
		ensure!(after.iter().all(|t| t.config.commit_reveal.is_none()), "commit–reveal turned on");
		Ok(())
	}
}

/// v0 → v1: every stored topic gets `commit_reveal: None`; runs once (storage version checked
/// and bumped).
pub type MigrateV0ToV1<T> = VersionedMigration<
	0,
	1,
	InnerMigrateV0ToV1<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
