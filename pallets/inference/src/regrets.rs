//! The stored regrets of a topic, read by the synthesis crate.

use crate::{Config, Regrets};
use allora_synthesis::{
	regrets::{RegretKey, RegretSource},
	Fixed,
};
use pallet_topics::TopicId;

/// A topic's regrets as stored in [`Regrets`], with the topic's initial regret as the default.
pub struct StoredRegrets<T: Config> {
	topic_id: TopicId,
	initial_regret: Fixed,
	_config: core::marker::PhantomData<T>,
}

impl<T: Config> StoredRegrets<T> {
	/// The regrets of `topic_id`, whose initial regret is `initial_regret`.
	pub fn new(topic_id: TopicId, initial_regret: Fixed) -> Self {
		StoredRegrets { topic_id, initial_regret, _config: Default::default() }
	}
}

impl<T: Config> RegretSource<T::AccountId> for StoredRegrets<T> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<T::AccountId>) -> Option<Fixed> {
		Regrets::<T>::get(self.topic_id, key)
	}
}
