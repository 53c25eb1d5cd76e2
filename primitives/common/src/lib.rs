//! # What the Allora crates share
//!
//! The types more than one pallet (and the runtime APIs, the RPC and the clients) speak in, and
//! the interfaces through which the pallets reach each other, so that no pallet is another's
//! common crate:
//!
//! - [`topic`]: a topic's id, configuration and update, the participants' [`Role`]s and the
//!   scored [`RewardTask`]s. A topic's *nonce* is the block at which one of its epochs started:
//!   the worker nonce, under which workers submit and which reputers later report on.
//! - [`interfaces`]: [`TopicStake`], [`TopicLifecycle`], [`ActiveSetHandler`], [`WindowHandler`],
//!   [`RewardsPayer`].
//! - [`query`]: why a runtime-API query has no answer ([`QueryError`]).
//! - [`json`]: amounts as decimal strings and bounded bytes as text, wherever our types cross
//!   JSON.
//! - [`queue`]: the sorted, bounded schedules every block hook takes its due work from.
//! - [`commit_reveal`]: the commit and reveal phases of a window, and a payload's commitment.
//! - [`params`]: each pallet's governance parameters ([`pallet_params!`]), their rules and
//!   [`ParamError`].

#![cfg_attr(not(feature = "std"), no_std)]

#[doc(hidden)]
pub extern crate alloc;

pub mod commit_reveal;
pub mod interfaces;
pub mod json;
pub mod losses;
pub mod params;
pub mod query;
pub mod queue;
pub mod topic;

pub use interfaces::*;
pub use losses::{CompactFixed, LossReport, StoredLossReport};
pub use params::{ParamError, ParamSet};
pub use query::QueryError;
pub use topic::*;
