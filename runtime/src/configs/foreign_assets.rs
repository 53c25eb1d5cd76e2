//! Foreign assets: tokens of other consensus systems held on this chain, keyed by their XCM
//! location. Today one is registered at genesis, the relay chain's token ([`RelayLocation`]),
//! so that a reserve transfer of it from the relay chain (or a system parachain, its reserve
//! after the Asset Hub migration) credits the recipient's `ForeignAssets` balance instead of
//! minting ALLO (`docs/security.md`, "Relay token minted as ALLO").
//!
//! Only root registers or changes a foreign asset (`forceCreate`, `forceAssetStatus`): the
//! asset's owner is a keyless account, so nobody can mint it here; it enters only through XCM,
//! backed by what the reserve holds in this chain's sovereign account. The relay token is not
//! *sufficient*: a recipient needs an ALLO account (the existential deposit), which is what pays
//! for the account's storage and what it needs anyway to pay fees.

use polkadot_sdk::{staging_xcm as xcm, *};

use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, NeverEnsureOrigin},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::traits::AccountIdConversion;
use xcm::latest::Location;

use super::super::{deposit, AccountId, Balance, Balances, Runtime, RuntimeEvent};
#[cfg(doc)]
use super::xcm_config::RelayLocation;

/// The instance of `pallet-assets` behind `ForeignAssets`.
pub type ForeignAssetsInstance = pallet_assets::Instance1;

/// The relay token's smallest balance an account may hold here (less is dust): 10^8 of its
/// units, 0.01 DOT at 10 decimals, 0.0001 of a 12-decimal test relay token.
pub const RELAY_TOKEN_MIN_BALANCE: Balance = 100_000_000;
/// The relay token's decimals as the genesis metadata states them (the test relay chains',
/// 12; a production chain spec sets its relay's).
pub const RELAY_TOKEN_DECIMALS: u8 = 12;

parameter_types! {
	/// Owns the genesis foreign assets: derived from a pallet id, so no key controls it.
	pub ForeignAssetsOwner: AccountId = PalletId(*b"al/frgna").into_account_truncating();
	/// Held by `create` (never reachable: creation is root's `forceCreate`, which holds none).
	pub const ForeignAssetDeposit: Balance = deposit(1, 210);
	/// Held by `touch`: an asset account, about 150 bytes with its key.
	pub const ForeignAssetAccountDeposit: Balance = deposit(1, 150);
	/// Metadata: one item and its bytes.
	pub const ForeignMetadataDepositBase: Balance = deposit(1, 68);
	pub const ForeignMetadataDepositPerByte: Balance = deposit(0, 1);
	/// An approval: one item.
	pub const ForeignApprovalDeposit: Balance = deposit(1, 0);
}

impl pallet_assets::Config<ForeignAssetsInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	/// Accounts and approvals a `destroyAccounts`/`destroyApprovals` call removes at most.
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = Location;
	type AssetIdParameter = Location;
	type ReserveData = ();
	type Currency = Balances;
	/// Nobody creates a foreign asset with a signed call: root registers them.
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ForeignAssetDeposit;
	type AssetAccountDeposit = ForeignAssetAccountDeposit;
	type MetadataDepositBase = ForeignMetadataDepositBase;
	type MetadataDepositPerByte = ForeignMetadataDepositPerByte;
	type ApprovalDeposit = ForeignApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	/// Upstream's measured weights (`pallet-assets` has no storage of ours to measure).
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LocationAssetIds;
}

/// Benchmark asset ids: sibling parachain locations.
#[cfg(feature = "runtime-benchmarks")]
pub struct LocationAssetIds;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assets::BenchmarkHelper<Location, ()> for LocationAssetIds {
	fn create_asset_id_parameter(id: u32) -> Location {
		Location::new(1, [xcm::latest::Junction::Parachain(id)])
	}
	fn create_reserve_id_parameter(_: u32) {}
}
