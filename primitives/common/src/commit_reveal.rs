//! Commit–reveal: the phases of a window and the commitment of a payload (issue 21; the
//! design is in `docs/commit-reveal.md`).
//!
//! A window of blocks `first ..= last` (a worker window `nonce + 1 ..= nonce + W`, or a reputer
//! window `opensAt ..= closesAt − 1`) with a reveal phase of `reveal` blocks splits into
//!
//! ```text
//! first ..= last − reveal        commit: a participant sends the hash of its payload
//! last − reveal + 1 ..= last     reveal: it sends the payload and the salt; the hash must match
//! ```
//!
//! and a commitment is `blake2_256(SCALE(payload) ++ salt ++ SCALE(account))`: the account is in
//! the hash so that nobody can replay another's commitment as their own, the 32-byte salt so
//! that nobody can find a payload from its hash by trying likely values.

use codec::Encode;
use polkadot_sdk::sp_io::hashing::blake2_256;
use polkadot_sdk::sp_runtime::traits::{One, Saturating, Zero};

/// A payload's commitment: `blake2_256(SCALE(payload) ++ salt ++ SCALE(account))`.
pub type Commitment = [u8; 32];
/// The secret a participant mixes into its commitment and shows at its reveal.
pub type Salt = [u8; 32];

/// The commitment of `payload` by `account` with `salt`.
pub fn commitment<P: Encode, A: Encode>(payload: &P, salt: &Salt, account: &A) -> Commitment {
	// A tuple encodes as its members' encodings one after another, and a byte array as its
	// bytes: this is SCALE(payload) ++ salt ++ SCALE(account).
	(payload, salt, account).using_encoded(blake2_256)
}

/// Where a block stands in a commit–reveal window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowPhase {
	/// Before the window's first block.
	NotStarted,
	/// Commitments are accepted.
	Commit,
	/// Reveals are accepted.
	Reveal,
	/// After the window's last block.
	Over,
}

/// The phase of `block` in the window `first ..= last` whose last `reveal` blocks are its reveal
/// phase. With `reveal` of at least the window's length there is no commit phase (the bounds of
/// [`check_reveal_length`] rule that out for a topic).
pub fn phase<B: Copy + Ord + One + Saturating>(
	first: B,
	last: B,
	reveal: B,
	block: B,
) -> WindowPhase {
	if block < first {
		return WindowPhase::NotStarted;
	}
	if block > last {
		return WindowPhase::Over;
	}
	// The reveal phase starts at last − reveal + 1 (saturating: never before `first`).
	let reveal_from = last.saturating_sub(reveal).saturating_add(One::one()).max(first);
	if block >= reveal_from {
		WindowPhase::Reveal
	} else {
		WindowPhase::Commit
	}
}

/// Why a reveal phase's length does not fit its window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RevealLengthError {
	/// A reveal phase of no block: nobody could reveal.
	Empty,
	/// The reveal phase takes the whole window: nobody could commit.
	NoCommitPhase,
}

/// A reveal phase of `reveal` blocks in a window of `window` blocks leaves both phases at least
/// one block: `1 ≤ reveal < window`.
pub fn check_reveal_length<B: Copy + Ord + Zero>(
	window: B,
	reveal: B,
) -> Result<(), RevealLengthError> {
	if reveal.is_zero() {
		return Err(RevealLengthError::Empty);
	}
	if reveal >= window {
		return Err(RevealLengthError::NoCommitPhase);
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	proptest! {
		/// Over every valid window and reveal length: every block of the window is in exactly one
		/// phase, the commit phase comes first and is `window − reveal` blocks, the reveal phase
		/// is `reveal` blocks, and the blocks around the window are outside it.
		#[test]
		fn the_phases_split_the_window_exactly(first in 0u32..1_000_000, window in 2u32..500, r in 1u32..500) {
			let reveal = 1 + (r - 1) % (window - 1);
			prop_assert_eq!(check_reveal_length(window, reveal), Ok(()));
			let last = first + window - 1;
			let phases: Vec<_> = (first..=last).map(|b| phase(first, last, reveal, b)).collect();
			let commits = phases.iter().take_while(|p| **p == WindowPhase::Commit).count() as u32;
			prop_assert_eq!(commits, window - reveal);
			prop_assert!(phases[commits as usize..].iter().all(|p| *p == WindowPhase::Reveal));
			if first > 0 {
				prop_assert_eq!(phase(first, last, reveal, first - 1), WindowPhase::NotStarted);
			}
			prop_assert_eq!(phase(first, last, reveal, last + 1), WindowPhase::Over);
		}

		/// The commitment is blake2_256 of the three encodings one after another, and changes
		/// with any one of them.
		#[test]
		fn a_commitment_binds_payload_salt_and_account(
			payload in any::<(i128, Vec<u8>)>(), salt in any::<[u8; 32]>(), account in any::<[u8; 32]>(),
			flip in 0usize..32,
		) {
			let mut bytes = payload.encode();
			bytes.extend_from_slice(&salt);
			bytes.extend_from_slice(&account.encode());
			let c = commitment(&payload, &salt, &account);
			prop_assert_eq!(c, blake2_256(&bytes));
			let mut other_salt = salt;
			other_salt[flip] ^= 1;
			prop_assert_ne!(c, commitment(&payload, &other_salt, &account));
			let mut other_account = account;
			other_account[flip] ^= 1;
			prop_assert_ne!(c, commitment(&payload, &salt, &other_account));
			let other_payload = (payload.0.wrapping_add(1), payload.1.clone());
			prop_assert_ne!(c, commitment(&other_payload, &salt, &account));
		}
	}

	#[test]
	fn reveal_lengths_that_leave_a_phase_empty_are_refused() {
		assert_eq!(check_reveal_length(10u32, 0), Err(RevealLengthError::Empty));
		assert_eq!(check_reveal_length(10u32, 10), Err(RevealLengthError::NoCommitPhase));
		assert_eq!(check_reveal_length(1u32, 1), Err(RevealLengthError::NoCommitPhase));
		assert_eq!(check_reveal_length(10u32, 9), Ok(()));
	}
}
