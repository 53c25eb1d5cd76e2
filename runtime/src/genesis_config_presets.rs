//! Genesis presets: `development` (one `--dev` node) and `local_testnet`.
//!
//! Both endow the well-known dev accounts with [`ENDOWMENT`], bond Alice and Bob as collators
//! with [`COLLATOR_BOND`] and their Aura session keys, make Alice the sudo key, and set the
//! Allora pallets' parameters for 6-second blocks; register the relay chain's token as a foreign
//! asset.

use crate::{
	configs::{
		allora::{genesis_reputation_params, genesis_topics_params},
		collators::{MAX_COLLATOR_CANDIDATES, MAX_COLLATOR_NOMINATORS},
		foreign_assets::{ForeignAssetsOwner, RELAY_TOKEN_DECIMALS, RELAY_TOKEN_MIN_BALANCE},
	},
	AccountId, BalancesConfig, ForeignAssetsConfig, ParachainInfoConfig, PolkadotXcmConfig,
	ReputationConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, StakingConfig, SudoConfig,
	TopicsConfig, ALLO,
};

use alloc::{vec, vec::Vec};

use polkadot_sdk::{staging_xcm as xcm, *};

use cumulus_primitives_core::ParaId;
use frame_support::build_struct_json_patch;
use parachains_common::AuraId;
use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;
use sp_staking::StakerStatus;

/// The XCM version assumed for peers that have not told theirs.
const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;
/// The parachain id of the presets.
pub const PARACHAIN_ID: u32 = 2000;
/// The balance of each endowed dev account.
pub const ENDOWMENT: u128 = 1_000_000 * ALLO;
/// The least a nominator bonds: filling all `MAX_COLLATOR_NOMINATORS` places, which keeps
/// others from nominating, locks 100 000 ALLO.
pub const MIN_NOMINATOR_BOND: u128 = 100 * ALLO;
/// The bond of each genesis collator.
pub const COLLATOR_BOND: u128 = 10_000 * ALLO;

fn testnet_genesis(
	collators: Vec<(AccountId, AuraId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
	id: ParaId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		parachain_info: ParachainInfoConfig { parachain_id: id },
		staking: StakingConfig {
			validator_count: collators.len() as u32,
			minimum_validator_count: 1,
			invulnerables: collators.iter().map(|(acc, _)| acc.clone()).collect::<Vec<_>>(),
			stakers: collators
				.iter()
				.map(|(acc, _)| (acc.clone(), acc.clone(), COLLATOR_BOND, StakerStatus::Validator))
				.collect::<Vec<_>>(),
			min_validator_bond: ALLO,
			min_nominator_bond: MIN_NOMINATOR_BOND,
			max_validator_count: Some(MAX_COLLATOR_CANDIDATES),
			max_nominator_count: Some(MAX_COLLATOR_NOMINATORS),
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(acc, aura)| (acc.clone(), acc, SessionKeys { aura }))
				.collect::<Vec<_>>(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		foreign_assets: ForeignAssetsConfig {
			assets: vec![(
				xcm::latest::Location::parent(),
				ForeignAssetsOwner::get(),
				false,
				RELAY_TOKEN_MIN_BALANCE
			)],
			metadata: vec![(
				xcm::latest::Location::parent(),
				b"Relay chain token".to_vec(),
				b"RELAY".to_vec(),
				RELAY_TOKEN_DECIMALS
			)],
		},
		sudo: SudoConfig { key: Some(root) },
		topics: TopicsConfig { params: genesis_topics_params() },
		reputation: ReputationConfig { params: genesis_reputation_params() },
	})
}

fn dev_collators() -> Vec<(AccountId, AuraId)> {
	vec![
		(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
		(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
	]
}

/// The genesis of both presets: they differ only in how the node runs them (one `--dev` node, or
/// collators on a local relay chain).
fn dev_accounts_genesis() -> Value {
	testnet_genesis(
		dev_collators(),
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID.into(),
	)
}

/// The JSON patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET
		| sp_genesis_builder::DEV_RUNTIME_PRESET => dev_accounts_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|s| s.into_bytes())
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
