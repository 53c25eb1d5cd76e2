//! The participant's key: an sr25519 key pair from a secret URI (`//Alice`, a mnemonic with an
//! optional `//derivation`, a `0x…` seed), or `file:PATH` naming a file that holds one (so that
//! a config file or a shell history need not hold the secret).

use crate::chain::AccountId;
use std::str::FromStr;
use subxt_signer::{sr25519::Keypair, SecretUri};

/// The key pair a secret URI or `file:PATH` names; the error says which and why, never the
/// secret.
pub fn load(uri: &str) -> Result<Keypair, String> {
	let secret = match uri.strip_prefix("file:") {
		Some(path) => std::fs::read_to_string(path)
			.map_err(|e| format!("signer: cannot read the key file {path}: {e}"))?
			.trim()
			.to_string(),
		None => uri.trim().to_string(),
	};
	let parsed = SecretUri::from_str(&secret)
		.map_err(|e| format!("signer: not a secret URI, mnemonic or 0x seed: {e}"))?;
	Keypair::from_uri(&parsed).map_err(|e| format!("signer: cannot derive the key: {e}"))
}

/// The account of a key pair.
pub fn account(key: &Keypair) -> AccountId {
	key.public_key().to_account_id()
}

/// An account from its SS58 address, the field named in the error.
pub fn parse_account(field: &str, s: &str) -> Result<AccountId, String> {
	AccountId::from_str(s.trim()).map_err(|e| format!("{field}: {s:?} is not an SS58 address: {e}"))
}

#[cfg(test)]
mod tests {
	use super::*;

	const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

	#[test]
	fn dev_seeds_mnemonics_and_key_files_give_the_same_key() {
		assert_eq!(account(&load("//Alice").unwrap()).to_string(), ALICE);
		let phrase = format!("{}//Alice", subxt_signer::DEV_PHRASE);
		assert_eq!(account(&load(&phrase).unwrap()).to_string(), ALICE);
		let file = std::env::temp_dir().join(format!("allora-key-{}", std::process::id()));
		std::fs::write(&file, "//Alice\n").unwrap();
		assert_eq!(account(&load(&format!("file:{}", file.display())).unwrap()).to_string(), ALICE);
		std::fs::remove_file(file).unwrap();
	}

	#[test]
	fn bad_keys_say_what_is_wrong_without_the_secret() {
		let e = load("file:/nonexistent/key").unwrap_err();
		assert!(e.starts_with("signer: cannot read the key file"), "{e}");
		let e = load("not a phrase at all").unwrap_err();
		assert!(e.starts_with("signer:") && !e.contains("not a phrase"), "{e}");
		assert!(parse_account("--reputer", "5Grw").unwrap_err().starts_with("--reputer:"));
		assert_eq!(parse_account("x", ALICE).unwrap().to_string(), ALICE);
	}
}
