//! # Allora scores and rewards in deterministic fixed point
//!
//! Pure functions (no storage, no floats) for the parts of `shared/spec/rewards.md` that score the
//! participants of an epoch and split its rewards, on the [`Fixed`](allora_synthesis::Fixed)
//! number of `allora-synthesis`.
//!
//! - [`scores`]: inferer and forecaster scores (§3.1–3.2).
//! - [`reputers`]: reputer consensus scores and listening coefficients (§3.3).
//! - [`fractions`]: reward fractions from scores (§3.4–3.5).
//! - [`entropy`]: smoothed fractions and the modified entropy of a task (§2.2).
//! - [`split`]: the split between inferers, forecasters and reputers (§2.3).
//! - [`sortition`]: the active set and the score EMAs (§6.1).
//! - [`topics`]: topic weights and per-topic rewards (§1.1, §1.4).
//! - [`distribution`]: one topic epoch's split, composed from the above (§2, §3.1–3.2).
//! - [`mint`]: the emission schedule (§5).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod distribution;
pub mod entropy;
pub mod fractions;
pub mod mint;
pub mod reputers;
pub mod scores;
pub mod sortition;
pub mod split;
pub mod topics;
mod wide;
