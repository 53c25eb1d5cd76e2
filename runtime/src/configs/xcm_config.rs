//! The XCM configuration: which assets move, who is trusted as their reserve, what execution and
//! delivery cost.
//!
//! - **Assets.** ALLO moves in and out of `Balances` ([`LocalAssetTransactor`]); the relay chain's
//!   token moves in and out of `ForeignAssets` ([`ForeignAssetsTransactor`], see
//!   [`super::foreign_assets`]). Nothing else has a transactor: any other asset is trapped
//!   (claimable by its owner). The template mapped the relay token onto `Balances`, so a reserve
//!   transfer minted ALLO outside the supply accounting (`docs/security.md`).
//! - **Reserves.** Only the relay chain and system parachains are trusted as the relay token's
//!   reserve ([`ConcreteAssetFromSystem`]); nobody is trusted as a teleporter.
//! - **Execution** is paid for in ALLO (the transaction fee's rate) or in the relay token (a fixed
//!   rate, [`RelayTokenPerSecondPerMb`]), except for the relay chain and its executive plurality.
//! - **Delivery** of a message this chain sends is priced in ALLO: a base fee plus the
//!   transaction byte fee per byte, times the queue's fee factor, which grows while the channel is
//!   congested ([`PriceForParentDelivery`], [`PriceForSiblingDelivery`]); the sender pays it and it
//!   is burnt. Messages of this chain itself (root, `pallet_xcm`'s version notifications) and of
//!   the relay chain (the answer to its `SubscribeVersion`) travel free ([`WaivedDeliveryFees`]):
//!   nobody holds ALLO at those locations, so a fee would make them undeliverable.

use crate::{
	configs::TransactionByteFee, AccountId, AllPalletsWithSystem, Balance, Balances, ForeignAssets,
	ParachainInfo, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	WeightToFee, XcmpQueue, MILLI_ALLO,
};

use polkadot_sdk::{
	staging_xcm as xcm, staging_xcm_builder as xcm_builder, staging_xcm_executor as xcm_executor, *,
};

use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains, Equals, Everything, Nothing},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_xcm::XcmPassthrough;
use parachains_common::xcm_config::ConcreteAssetFromSystem;
use polkadot_parachain_primitives::primitives::Sibling;
use polkadot_runtime_common::{impls::ToAuthor, xcm_sender::ExponentialPrice};
use polkadot_sdk::{
	polkadot_sdk_frame::traits::Disabled,
	staging_xcm_builder::{DenyRecursively, DenyThenTry},
};
use xcm::latest::prelude::*;
use xcm_builder::{
	AccountId32Aliases, AllowExplicitUnpaidExecutionFrom, AllowTopLevelPaidExecutionFrom,
	DenyReserveTransferToRelayChain, EnsureXcmOrigin, FixedRateOfFungible, FixedWeightBounds,
	FrameTransactionalProcessor, FungibleAdapter, FungiblesAdapter, IsConcrete,
	MatchedConvertedConcreteId, NoChecking, ParentIsPreset, RelayChainAsNative,
	SiblingParachainAsNative, SiblingParachainConvertsVia, SignedAccountId32AsNative,
	SignedToAccountId32, SovereignSignedViaLocation, TakeWeightCredit, TrailingSetTopicAsId,
	UsingComponents, WithComputedOrigin, WithUniqueTopic, XcmFeeManagerFromComponents,
};
use xcm_executor::XcmExecutor;

parameter_types! {
	pub const RelayLocation: Location = Location::parent();
	/// This chain's own token, ALLO, as XCM names it here.
	pub const HereLocation: Location = Location::here();
	pub const RelayNetwork: Option<NetworkId> = None;
	pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
	pub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();
}

/// How a location becomes a local account.
pub type LocationToAccountId = (
	ParentIsPreset<AccountId>,
	SiblingParachainConvertsVia<Sibling, AccountId>,
	AccountId32Aliases<RelayNetwork, AccountId>,
);

/// Moves ALLO, and only ALLO, in and out of local accounts.
pub type LocalAssetTransactor =
	FungibleAdapter<Balances, IsConcrete<HereLocation>, LocationToAccountId, AccountId, ()>;

parameter_types! {
	/// Unused: neither transactor checks teleports (nothing is teleported).
	pub CheckingAccount: AccountId = PolkadotXcm::check_account();
}

/// Moves the relay chain's token, and only it, in and out of `ForeignAssets` accounts. A
/// deposit mints the foreign asset (the reserve holds the real tokens), a withdrawal burns it.
pub type ForeignAssetsTransactor = FungiblesAdapter<
	ForeignAssets,
	MatchedConvertedConcreteId<
		Location,
		Balance,
		Equals<RelayLocation>,
		xcm_builder::WithLatestLocationConverter<Location>,
		sp_runtime::traits::TryConvertInto,
	>,
	LocationToAccountId,
	AccountId,
	NoChecking,
	CheckingAccount,
>;

/// Every asset this chain holds.
pub type AssetTransactors = (LocalAssetTransactor, ForeignAssetsTransactor);

/// How an XCM origin becomes a dispatch origin.
pub type XcmOriginToTransactDispatchOrigin = (
	SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
	RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
	SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
	SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
	XcmPassthrough<RuntimeOrigin>,
);

parameter_types! {
	/// A conservative cost of one XCM instruction.
	pub UnitWeightCost: Weight = Weight::from_parts(1_000_000_000, 64 * 1024);
	pub const MaxInstructions: u32 = 100;
	pub const MaxAssetsIntoHolding: u32 = 64;
	/// Execution bought with the relay token: 10^10 of its units (1 DOT at 10 decimals) per
	/// second of ref time and 10^9 per MB of proof — a 4-instruction reserve transfer costs
	/// 0.029 DOT at [`UnitWeightCost`]. What is paid is burnt here (the reserve keeps the real
	/// tokens, backing nothing: the supply here shrinks by the fee).
	pub RelayTokenPerSecondPerMb: (AssetId, u128, u128) =
		(AssetId(RelayLocation::get()), 10_000_000_000, 1_000_000_000);
	/// Delivery fees are paid in ALLO.
	pub FeeAssetId: AssetId = AssetId(HereLocation::get());
	/// The base fee of delivering one message (before the per-byte fee and the fee factor).
	pub const BaseDeliveryFee: u128 = 10 * MILLI_ALLO;
}

/// The price of sending a message to the relay chain: `factor × (base + bytes × byte fee)`, the
/// factor rising while the upward queue is congested.
pub type PriceForParentDelivery =
	ExponentialPrice<FeeAssetId, BaseDeliveryFee, TransactionByteFee, ParachainSystem>;
/// The price of sending a message to a sibling parachain, the factor per channel.
pub type PriceForSiblingDelivery =
	ExponentialPrice<FeeAssetId, BaseDeliveryFee, TransactionByteFee, XcmpQueue>;

/// The relay chain and its executive plurality.
pub struct ParentOrParentsExecutivePlurality;
impl Contains<Location> for ParentOrParentsExecutivePlurality {
	fn contains(location: &Location) -> bool {
		matches!(location.unpack(), (1, []) | (1, [Plurality { id: BodyId::Executive, .. }]))
	}
}

/// Whose messages are delivered without a fee: this chain's own (root, `pallet_xcm`'s version
/// notifications), the relay chain's and its executive plurality's.
pub type WaivedDeliveryFees = (Equals<HereLocation>, ParentOrParentsExecutivePlurality);

/// Which messages may execute.
pub type Barrier = TrailingSetTopicAsId<
	DenyThenTry<
		DenyRecursively<DenyReserveTransferToRelayChain>,
		(
			TakeWeightCredit,
			WithComputedOrigin<
				(
					AllowTopLevelPaidExecutionFrom<Everything>,
					AllowExplicitUnpaidExecutionFrom<ParentOrParentsExecutivePlurality>,
				),
				UniversalLocation,
				ConstU32<8>,
			>,
		),
	>,
>;

/// The XCM executor's configuration.
pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = AssetTransactors;
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	/// The relay token, from the relay chain or a system parachain; nothing else.
	type IsReserve = ConcreteAssetFromSystem<RelayLocation>;
	type IsTeleporter = ();
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	/// ALLO at the transaction fee's rate (paid to the block author), or the relay token.
	type Trader = (
		UsingComponents<WeightToFee, HereLocation, AccountId, Balances, ToAuthor<Runtime>>,
		FixedRateOfFungible<RelayTokenPerSecondPerMb, ()>,
	);
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = PolkadotXcm;
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	type AssetLocker = ();
	type AssetExchanger = ();
	/// Delivery fees are burnt; [`WaivedDeliveryFees`] pay none.
	type FeeManager = XcmFeeManagerFromComponents<WaivedDeliveryFees, ()>;
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	type SafeCallFilter = Everything;
	type Aliasers = Nothing;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// A local signed origin as an XCM location.
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// UMP to the relay chain, XCMP to siblings.
pub type XcmRouter = WithUniqueTopic<(
	cumulus_primitives_utility::ParentAsUmp<ParachainSystem, (), PriceForParentDelivery>,
	XcmpQueue,
)>;

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmRouter = XcmRouter;
	type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmExecuteFilter = Nothing;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	/// Nothing is teleported (no chain is a trusted teleporter).
	type XcmTeleportFilter = Nothing;
	/// Reserve transfers: ALLO out to a sibling (this chain its reserve), the relay token back
	/// to its reserve.
	type XcmReserveTransferFilter = Everything;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type Currency = Balances;
	type CurrencyMatcher = ();
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<8>;
	/// Measured in this runtime (`benchmarks/run xcm`).
	type WeightInfo = crate::weights::pallet_xcm::WeightInfo<Runtime>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	type AuthorizedAliasConsideration = Disabled;
}

impl cumulus_pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type XcmExecutor = XcmExecutor<XcmConfig>;
}
