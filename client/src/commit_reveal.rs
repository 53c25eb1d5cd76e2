//! Commit–reveal for the daemons (`docs/commit-reveal.md`): on a topic with reveal phases, a
//! worker or reputer first sends only the hash of its payload and shows the payload in the last
//! blocks of the window.
//!
//! The payload and its salt are written to disk (and synced) *before* the commitment is sent, so
//! that a daemon restarted between its commitment and the reveal phase still reveals. One file
//! per `(role, account, topic, nonce)` in the daemon's state directory
//! (`<role>-<account>-<topic>-<nonce>.json`: the salt and the payload's SCALE bytes, hex); it is
//! deleted once the reveal is sent, or when its nonce is no longer open.
//!
//! The hash is the runtime's: `blake2_256(SCALE(payload) ++ salt ++ SCALE(account))`, the
//! payload encoded from plain types whose SCALE encoding is the call's (a struct encodes as the
//! tuple of its fields, a bounded list as a list): a worker's `(Option<Fixed>,
//! Option<Vec<(account, Fixed)>>)`, a reputer's report as the tuple of its seven fields.

use crate::chain::AccountId;
use allora_synthesis::Fixed;
use serde::{Deserialize, Serialize};
use std::{
	fs,
	io::Write,
	path::{Path, PathBuf},
};
use subxt::ext::codec::{Decode, Encode};

/// The secret mixed into a commitment.
pub type Salt = [u8; 32];

/// A list of values per account, as the calls take them.
pub type Values = Vec<([u8; 32], Fixed)>;

/// A worker's payload: its inference and its forecast (`(inferer, forecasted loss)`).
pub type WorkerPayload = (Option<Fixed>, Option<Values>);

/// A reputer's report: `combined`, `naive`, then the losses of the inferers, the
/// forecast-implied inferences, the one-out inferers, one-out forecasters and one-in
/// forecasters (the order of `LossReport`'s fields).
pub type ReputerPayload = (Fixed, Fixed, Values, Values, Values, Values, Values);

/// The commitment of `payload` (its SCALE bytes) by `account` with `salt`.
pub fn commitment(payload: &[u8], salt: &Salt, account: &AccountId) -> [u8; 32] {
	let mut bytes = Vec::with_capacity(payload.len() + 64);
	bytes.extend_from_slice(payload);
	bytes.extend_from_slice(salt);
	bytes.extend_from_slice(&account.0);
	sp_crypto_hashing::blake2_256(&bytes)
}

/// A fresh salt from the operating system's random source.
pub fn new_salt() -> Result<Salt, String> {
	let mut salt = [0u8; 32];
	getrandom::getrandom(&mut salt).map_err(|e| format!("no random salt: {e}"))?;
	Ok(salt)
}

/// Where a block stands in a window `first ..= last` whose last `reveal` blocks reveal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
	/// Outside the window.
	Outside,
	/// Commitments are taken.
	Commit,
	/// Reveals are taken.
	Reveal,
}

/// The phase of `block` (the runtime's `commit_reveal::phase`).
pub fn phase(first: u64, last: u64, reveal: u64, block: u64) -> Phase {
	if block < first || block > last {
		Phase::Outside
	} else if block >= (last.saturating_sub(reveal) + 1).max(first) {
		Phase::Reveal
	} else {
		Phase::Commit
	}
}

/// A payload kept for its reveal.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Saved {
	topic: u64,
	nonce: u32,
	/// `0x`-hex.
	salt: String,
	/// `0x`-hex SCALE bytes.
	payload: String,
}

/// The files of one daemon (its role and account) in its state directory.
pub struct Store {
	dir: PathBuf,
	prefix: String,
}

impl Store {
	/// The store of `role` (`worker` or `reputer`) for `account` in `dir` (created if missing).
	pub fn open(dir: &Path, role: &str, account: &AccountId) -> Result<Store, String> {
		fs::create_dir_all(dir).map_err(|e| format!("state directory {}: {e}", dir.display()))?;
		Ok(Store { dir: dir.to_path_buf(), prefix: format!("{role}-{account}-") })
	}

	fn path(&self, topic: u64, nonce: u32) -> PathBuf {
		self.dir.join(format!("{}{topic}-{nonce}.json", self.prefix))
	}

	/// Keeps `payload` and `salt` for `(topic, nonce)`, durably: written to a temporary file,
	/// synced, renamed over the file, and the directory synced.
	pub fn save<P: Encode>(
		&self,
		topic: u64,
		nonce: u32,
		payload: &P,
		salt: &Salt,
	) -> Result<(), String> {
		let saved = Saved { topic, nonce, salt: hex(salt), payload: hex(&payload.encode()) };
		let path = self.path(topic, nonce);
		let tmp = path.with_extension("tmp");
		let write = || -> std::io::Result<()> {
			let mut f = fs::File::create(&tmp)?;
			f.write_all(serde_json::to_string(&saved)?.as_bytes())?;
			f.sync_all()?;
			fs::rename(&tmp, &path)?;
			fs::File::open(&self.dir)?.sync_all()
		};
		write().map_err(|e| format!("keeping the payload in {}: {e}", path.display()))
	}

	/// The payload and salt kept for `(topic, nonce)`, if any.
	pub fn load<P: Decode>(&self, topic: u64, nonce: u32) -> Result<Option<(P, Salt)>, String> {
		let path = self.path(topic, nonce);
		let text = match fs::read_to_string(&path) {
			Ok(text) => text,
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
			Err(e) => return Err(format!("{}: {e}", path.display())),
		};
		let bad = |what: &str| format!("{}: {what}", path.display());
		let saved: Saved = serde_json::from_str(&text).map_err(|e| bad(&e.to_string()))?;
		let salt: Salt = unhex(&saved.salt)
			.and_then(|s| s.try_into().ok())
			.ok_or_else(|| bad("salt is not 32 hex bytes"))?;
		let bytes = unhex(&saved.payload).ok_or_else(|| bad("payload is not hex"))?;
		let payload = P::decode(&mut &bytes[..]).map_err(|e| bad(&format!("payload: {e}")))?;
		Ok(Some((payload, salt)))
	}

	/// Deletes the file of `(topic, nonce)`.
	pub fn remove(&self, topic: u64, nonce: u32) {
		let _ = fs::remove_file(self.path(topic, nonce));
	}

	/// Deletes the files of `topic` whose nonce is not in `open`.
	pub fn keep_open(&self, topic: u64, open: &[u32]) {
		let Ok(entries) = fs::read_dir(&self.dir) else { return };
		let prefix = format!("{}{topic}-", self.prefix);
		for entry in entries.flatten() {
			let name = entry.file_name().to_string_lossy().into_owned();
			let nonce = name
				.strip_prefix(&prefix)
				.and_then(|rest| rest.strip_suffix(".json"))
				.and_then(|n| n.parse::<u32>().ok());
			if let Some(nonce) = nonce {
				if !open.contains(&nonce) {
					let _ = fs::remove_file(entry.path());
				}
			}
		}
	}
}

fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

fn unhex(s: &str) -> Option<Vec<u8>> {
	let s = s.strip_prefix("0x")?;
	if s.len() % 2 != 0 {
		return None;
	}
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn the_phases_are_the_runtimes() {
		// Window 14..=19 revealing in its last 2 blocks.
		let phases: Vec<_> = (13..=20).map(|b| phase(14, 19, 2, b)).collect();
		use Phase::*;
		assert_eq!(phases, [Outside, Commit, Commit, Commit, Commit, Reveal, Reveal, Outside]);
	}

	#[test]
	fn a_commitment_is_blake2_of_payload_salt_and_account() {
		let account = AccountId([5; 32]);
		let payload: WorkerPayload = (Some(f("1.5")), Some(vec![([7; 32], f("-2"))]));
		let bytes = payload.encode();
		// Option tag, the raw i128 little-endian, then the list: tag, compact length 1, account,
		// value.
		assert_eq!(bytes[0], 1);
		assert_eq!(
			i128::from_le_bytes(bytes[1..17].try_into().unwrap()),
			1_500_000_000_000_000_000
		);
		assert_eq!(&bytes[17..19], &[1, 4]);
		let mut all = bytes.clone();
		all.extend([9u8; 32]);
		all.extend([5u8; 32]);
		assert_eq!(commitment(&bytes, &[9; 32], &account), sp_crypto_hashing::blake2_256(&all));
		assert_ne!(commitment(&bytes, &[8; 32], &account), commitment(&bytes, &[9; 32], &account));
	}

	#[test]
	fn a_kept_payload_survives_a_new_store_and_goes_when_its_nonce_closes() {
		let dir = std::env::temp_dir().join(format!("allora-cr-{}", std::process::id()));
		let me = AccountId([1; 32]);
		let store = Store::open(&dir, "worker", &me).unwrap();
		let payload: WorkerPayload = (Some(f("3000.25")), None);
		let salt = new_salt().unwrap();
		assert_ne!(salt, new_salt().unwrap());
		store.save(1, 13, &payload, &salt).unwrap();
		store.save(1, 25, &payload, &salt).unwrap();
		// Another process (a restart) reads it back.
		let again = Store::open(&dir, "worker", &me).unwrap();
		assert_eq!(again.load::<WorkerPayload>(1, 13).unwrap(), Some((payload.clone(), salt)));
		assert_eq!(again.load::<WorkerPayload>(1, 14).unwrap(), None);
		// Another account's daemon does not see it.
		let other = Store::open(&dir, "worker", &AccountId([2; 32])).unwrap();
		assert_eq!(other.load::<WorkerPayload>(1, 13).unwrap(), None);
		again.keep_open(1, &[25]);
		assert_eq!(again.load::<WorkerPayload>(1, 13).unwrap(), None);
		assert!(again.load::<WorkerPayload>(1, 25).unwrap().is_some());
		again.remove(1, 25);
		assert_eq!(again.load::<WorkerPayload>(1, 25).unwrap(), None);
		let _ = fs::remove_dir_all(dir);
	}
}
