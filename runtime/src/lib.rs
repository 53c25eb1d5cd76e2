//! # Allora on Polkadot runtime
//!
//! The WASM runtime of the Allora parachain: FRAME system pallets, balances (token ALLO, 18
//! decimals), transaction payment, sudo, utility, the cumulus parachain pallets with a minimal XCM
//! configuration, and collator election by `pallet-staking` (on-chain sequential Phragmén) feeding
//! `pallet-session`, whose keys are the Aura authorities.
//!
//! Module map:
//! - [`configs`]: the `Config` of every pallet, grouped by concern.
//! - [`apis`]: the runtime APIs a collator and polkadot.js apps call.
//! - [`genesis_config_presets`]: the `development` and `local_testnet` presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` recurses deeply.
#![recursion_limit = "256"]

// The WASM binary, built by `build.rs`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
pub mod configs;
#[cfg(feature = "runtime-benchmarks")]
mod election_benchmarking;
pub mod genesis_config_presets;
pub mod weights;
#[cfg(feature = "runtime-benchmarks")]
mod xcm_benchmarking;

extern crate alloc;

use alloc::vec::Vec;

use polkadot_sdk::{staging_parachain_info as parachain_info, *};

use frame_support::weights::{
	constants::{ExtrinsicBaseWeight, WEIGHT_REF_TIME_PER_SECOND},
	Weight, WeightToFeeCoefficient, WeightToFeeCoefficients, WeightToFeePolynomial,
};
use smallvec::smallvec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiSignature,
};
use sp_version::RuntimeVersion;

pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;
pub use sp_runtime::{MultiAddress, Perbill, Permill};

/// A transaction signature.
pub type Signature = MultiSignature;
/// An account on the chain: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance, in the smallest unit of ALLO (10^-18 ALLO).
pub type Balance = u128;
/// A transaction index.
pub type Nonce = u32;
/// A block hash.
pub type Hash = sp_core::H256;
/// A block number.
pub type BlockNumber = u32;
/// The address format of a transaction's sender.
pub type Address = MultiAddress<AccountId, ()>;
/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// The block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions, in order: the standard checks, fee payment, the metadata-hash check,
/// all wrapped in the storage-weight reclaim of cumulus.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::AuthorizeCall<Runtime>,
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// An extrinsic as it arrives from the outside.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Runtime-level migrations (pallets carry their own).
type Migrations = (pallet_topics::migrations::MigrateV0ToV1<Runtime>,);

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// One ALLO, in the smallest unit (18 decimals).
pub const ALLO: Balance = 1_000_000_000_000_000_000;
/// 10^-3 ALLO.
pub const MILLI_ALLO: Balance = ALLO / 1_000;
/// 10^-6 ALLO.
pub const MICRO_ALLO: Balance = ALLO / 1_000_000;
/// The existential deposit: accounts below it are reaped.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_ALLO;

/// The refundable deposit for what an account makes the chain store: 0.1 ALLO per storage
/// item and 1 milli-ALLO per byte.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * (ALLO / 10) + bytes as Balance * MILLI_ALLO
}

/// Maps weight to fee: the base weight of an extrinsic costs 0.1 milli-ALLO.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLI_ALLO / 10;
		let q = Balance::from(ExtrinsicBaseWeight::get().ref_time());
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p % q, q),
			coeff_integer: p / q,
		}]
	}
}

/// Opaque types, for the node: it needs no knowledge of the extrinsic format.
pub mod opaque {
	use super::*;
	pub use polkadot_sdk::sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

impl_opaque_keys! {
	/// The session keys of a collator: only its Aura key.
	pub struct SessionKeys {
		pub aura: Aura,
	}
}

/// Declares [`VERSION`] with the given `spec_version` (`sp_version::runtime_version` takes only
/// literals, so the number is passed through as a token).
macro_rules! runtime_version {
	($spec_version:tt) => {
		/// The runtime version.
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("allora-parachain"),
			impl_name: alloc::borrow::Cow::Borrowed("allora-parachain"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 0,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "next-spec-version"))]
runtime_version!(1);
// The same runtime one `spec_version` on: the upgrade that tests/relay enacts through the relay
// chain (built as a second WASM when `ALLORA_NEXT_SPEC_WASM` is set, see build.rs).
#[cfg(feature = "next-spec-version")]
runtime_version!(2);

/// Block time on a relay chain with async backing: one block every 6 seconds.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// The Aura slot; it cannot change once the chain runs.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Share of the block weight that `on_initialize` hooks are expected to use.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);
/// Share of the block that normal extrinsics may fill; the rest is for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// Two seconds of compute per block, and the relay chain's PoV limit.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Parachain blocks accepted by the runtime and not yet included in the relay chain.
const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// Parachain blocks per relay-chain parent.
const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// Relay-chain slot, in milliseconds.
const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// The consensus hook: fixed velocity under Aura.
type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;
	#[runtime::pallet_index(5)]
	pub type Utility = pallet_utility;

	// Money.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type ForeignAssets = pallet_assets<Instance1>;

	// Governance.
	#[runtime::pallet_index(15)]
	pub type Sudo = pallet_sudo;

	// Collators. Staking must come before Session: session's genesis asks staking for the
	// first validator set.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type Staking = pallet_staking;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Historical = pallet_session::historical;
	#[runtime::pallet_index(24)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(25)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// XCM.
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// Allora. `#[frame_support::runtime]` runs the hooks in pallet-index order, and ours depend
	// on it: the block's emission (Emissions), epochs start (Topics), worker windows close
	// (Inference), stake removals execute and reputer windows close (Reputation). Kept by
	// `tests/hooks.rs::allora_hooks_run_emissions_topics_inference_reputation`.
	#[runtime::pallet_index(40)]
	pub type Emissions = pallet_emissions;
	#[runtime::pallet_index(41)]
	pub type Topics = pallet_topics;
	#[runtime::pallet_index(42)]
	pub type Inference = pallet_inference;
	#[runtime::pallet_index(43)]
	pub type Reputation = pallet_reputation;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
