//! The block hooks' worst case fits their documented share of the block (benchmarks/README.md):
//! each closing hook's worst-case close fits its `MaxClosingWeight` even at the runtime's hard
//! bounds, and all our hooks together stay within 35% of the block at the genesis parameters. The weights are the generated ones the runtime charges, so a benchmark that
//! regresses past the budget fails here.

use allora_runtime::Runtime;
use pallet_emissions::WeightInfo as _;
use pallet_inference::WeightInfo as _;
use pallet_reputation::WeightInfo as _;
use pallet_topics::{GlobalParams, WeightInfo as _};
use polkadot_sdk::{
	frame_support::{traits::Get, weights::Weight},
	sp_runtime::Perbill,
};

type Topics = <Runtime as pallet_topics::Config>::WeightInfo;
type Inference = <Runtime as pallet_inference::Config>::WeightInfo;
type Reputation = <Runtime as pallet_reputation::Config>::WeightInfo;
type Emissions = <Runtime as pallet_emissions::Config>::WeightInfo;

fn max_block() -> Weight {
	<Runtime as polkadot_sdk::frame_system::Config>::BlockWeights::get().max_block
}

fn closing_budgets() -> (Weight, Weight) {
	(
		<Runtime as pallet_inference::Config>::MaxClosingWeight::get(),
		<Runtime as pallet_reputation::Config>::MaxClosingWeight::get(),
	)
}

/// Every split of the largest active sets the runtime allows (`MaxActiveWorkers` inferers and
/// forecasters together, every reputer), and the genesis parameters.
fn heaviest_parameters() -> Vec<GlobalParams> {
	let active = <Runtime as pallet_topics::Config>::MaxActiveWorkers::get();
	let reputers = <Runtime as pallet_topics::Config>::MaxReputersPerTopic::get();
	let mut all = vec![GlobalParams::default()];
	for inferers in 1..active {
		let mut params = GlobalParams::default();
		params.max_top_inferers_to_reward = inferers;
		params.max_top_forecasters_to_reward = active - inferers;
		params.max_top_reputers_to_reward = reputers;
		all.push(params);
	}
	all
}

#[test]
fn one_worst_case_close_fits_each_closing_budget_at_the_hard_bounds() {
	let (inference_budget, reputation_budget) = closing_budgets();
	for params in heaviest_parameters() {
		let window = pallet_inference::Pallet::<Runtime>::worst_close_weight(&params);
		let reputer = pallet_reputation::Pallet::<Runtime>::worst_close_weight(&params);
		assert!(window.all_lte(inference_budget), "{window:?} > {inference_budget:?}");
		assert!(reputer.all_lte(reputation_budget), "{reputer:?} > {reputation_budget:?}");
	}
}

#[test]
fn all_hooks_stay_within_35_percent_of_the_block_at_the_genesis_parameters() {
	let params = GlobalParams::default();
	let workers = <Runtime as pallet_topics::Config>::MaxWorkersPerTopic::get();
	let reputers = <Runtime as pallet_topics::Config>::MaxReputersPerTopic::get();
	let per_block = params.max_active_topics_per_block as u64;
	// Epoch starts: each opens a worker nonce and a reputer nonce, and may retire (prune) the
	// oldest of each, twice at most.
	let epoch_start = Topics::start_epoch()
		.saturating_add(Inference::open_nonce())
		.saturating_add(Inference::prune_nonce(2 * workers).saturating_mul(2))
		.saturating_add(Reputation::open_reputer_nonce())
		.saturating_add(Reputation::prune_reputer_nonce(reputers).saturating_mul(2));
	let topics = Topics::on_initialize_idle().saturating_add(epoch_start.saturating_mul(per_block));
	// The closes: as many as fit in each budget (at least one).
	let (inference_budget, reputation_budget) = closing_budgets();
	let closes = |budget: Weight, worst: Weight| {
		let n = pallet_topics::queue::capacity(params.max_active_topics_per_block, budget, worst);
		worst.saturating_mul(n as u64)
	};
	let inference = Inference::on_initialize_idle().saturating_add(closes(
		inference_budget,
		pallet_inference::Pallet::<Runtime>::worst_close_weight(&params),
	));
	// Stake removals: `2 · HalfMaxProcessStakeRemovalsEndBlock` of them, one slot more.
	let removals = params.half_max_process_stake_removals_end_block as u64 * 2;
	let reputation = Reputation::on_initialize_idle()
		.saturating_add(Reputation::removal_slot().saturating_mul(removals + 1))
		.saturating_add(Reputation::execute_removal().saturating_mul(removals))
		.saturating_add(closes(
			reputation_budget,
			pallet_reputation::Pallet::<Runtime>::worst_close_weight(&params),
		));
	// The emission, in the block of the monthly recalculation.
	let emissions = Emissions::emit_block().saturating_add(Emissions::recalculate());
	let total =
		topics.saturating_add(inference).saturating_add(reputation).saturating_add(emissions);
	let share = Perbill::from_percent(35) * max_block();
	assert!(total.all_lte(share), "hooks {total:?} > 35% of the block {share:?}");
}
