//! # Allora scores and rewards in deterministic fixed point
//!
//! Pure functions (no storage, no floats) for the parts of `shared/spec/rewards.md` that score the
//! participants of an epoch and split its rewards, on the [`Fixed`](allora_synthesis::Fixed)
//! number of `allora-synthesis`.
//!
//! - [`reputers`]: reputer consensus scores and listening coefficients (§3.3).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod reputers;
