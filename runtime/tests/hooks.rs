//! The block hooks' share of the block (`benchmarks/README.md`, "The hooks' share of the
//! block"), ref time and proof size, from the weights the runtime charges:
//! - at the runtime's hard bounds (every split of `MaxActiveWorkers` between inferers and
//!   forecasters, full forecasts, every reputer of a topic reporting, `MaxActiveReputers` of them
//!   scored for the most gradient steps), one worst stage of a window close (its first, or a
//!   later one) and one worst reputer close fit in their hook's budget;
//! - at the genesis parameters, every hook at its worst in one block stays within 25% of the
//!   block's ref time and 80% of its proof size (the PoV).

use allora_primitives::ActiveSetHandler;
use allora_runtime::{
	configs::{
		allora::{
			genesis_reputation_params, genesis_topics_params, MaxReputerClosingWeight,
			MaxWindowClosingWeight,
		},
		RuntimeBlockWeights,
	},
	Emissions, Inference, Reputation, Runtime,
};
use pallet_emissions::WeightInfo as _;
use pallet_inference::{InferenceParams, WeightInfo as _};
use pallet_reputation::{ReputationParams, WeightInfo as _, MAX_GRADIENT_DESCENT_ITERS};
use pallet_topics::{TopicsParams, WeightInfo as _};
use polkadot_sdk::frame_support::{traits::Get, weights::Weight};

type TopicsWeights = <Runtime as pallet_topics::Config>::WeightInfo;
type InferenceWeights = <Runtime as pallet_inference::Config>::WeightInfo;
type ReputationWeights = <Runtime as pallet_reputation::Config>::WeightInfo;
type EmissionsWeights = <Runtime as pallet_emissions::Config>::WeightInfo;

fn max_block() -> Weight {
	RuntimeBlockWeights::get().max_block
}

/// `ms / KiB`.
fn show(w: Weight) -> String {
	format!("{} ms / {} KiB", w.ref_time() / 1_000_000_000, w.proof_size() / 1024)
}

/// The three pallets' parameters the hooks' weights depend on.
struct Params {
	topics: TopicsParams,
	inference: InferenceParams,
	reputation: ReputationParams,
}

impl Params {
	/// The genesis parameters.
	fn genesis() -> Self {
		Params {
			topics: genesis_topics_params(),
			inference: InferenceParams::default(),
			reputation: genesis_reputation_params(),
		}
	}

	/// The inference pallet's active set sizes.
	fn active_sets(&self) -> (u32, u32) {
		(self.inference.max_top_inferers_to_reward, self.inference.max_top_forecasters_to_reward)
	}
}

/// The parameters at the runtime's hard bounds with `inferers` of the active workers inferers
/// and the rest forecasters.
fn hard_bounds(inferers: u32) -> Params {
	let active: u32 = <Runtime as pallet_topics::Config>::MaxActiveWorkers::get();
	let genesis = Params::genesis();
	Params {
		inference: InferenceParams {
			max_top_inferers_to_reward: inferers,
			max_top_forecasters_to_reward: active - inferers,
			max_elements_per_forecast: <Runtime as pallet_topics::Config>::MaxForecastElements::get(
			),
			..genesis.inference
		},
		reputation: ReputationParams {
			max_top_reputers_to_reward: <Runtime as pallet_topics::Config>::MaxActiveReputers::get(
			),
			gradient_descent_max_iters: MAX_GRADIENT_DESCENT_ITERS,
			..genesis.reputation
		},
		..genesis
	}
}

/// The most a deferred payment of rewards weighs under `params`.
fn worst_payment(params: &Params) -> Weight {
	let (i, f) = params.active_sets();
	Reputation::worst_payment_weight(i, f)
}

#[test]
fn the_worst_closes_fit_their_budgets_at_the_hard_bounds() {
	let active: u32 = <Runtime as pallet_topics::Config>::MaxActiveWorkers::get();
	// The worst of each over the splits (the figures benchmarks/README.md quotes).
	let mut worst = [Weight::zero(); 5];
	for inferers in 1..active {
		let params = hard_bounds(inferers);
		assert!(pallet_inference::Pallet::<Runtime>::check_params(&params.inference).is_ok());
		assert!(pallet_reputation::Pallet::<Runtime>::check_params(&params.reputation).is_ok());
		let closes = [
			(
				"window's first stage",
				Inference::worst_first_stage_weight(&params.inference),
				MaxWindowClosingWeight::get(),
			),
			(
				"window's next stage",
				Inference::worst_next_stage_weight(&params.inference),
				MaxWindowClosingWeight::get(),
			),
			("window's prune", Inference::worst_prune_weight(), MaxWindowClosingWeight::get()),
			(
				"reputer",
				Reputation::worst_close_weight(&params.reputation, params.active_sets()),
				MaxReputerClosingWeight::get(),
			),
			("reputer payment", worst_payment(&params), MaxReputerClosingWeight::get()),
		];
		for (n, (what, close, budget)) in closes.into_iter().enumerate() {
			worst[n] = worst[n].max(close);
			assert!(
				close.all_lte(budget),
				"{inferers} inferers: a {what} close of {} exceeds its budget of {}",
				show(close),
				show(budget)
			);
		}
	}
	let [first, next, prune, reputer, payment] = worst.map(show);
	eprintln!(
		"at the hard bounds: window close stages {first} (first), {next} (next), prune {prune}; \
		 reputer close {reputer}, deferred rewards {payment}"
	);
}

/// The most the four pallets' hooks can weigh in one block under `params`.
fn all_hooks(params: &Params) -> Weight {
	// Every due topic is weighed (its share of the emission settled, possibly inactivated),
	// at most `MaxDueTopicsPerBlock` of them. Each of the
	// `MaxActiveTopicsPerBlock` epoch starts opens a worker nonce, dropping (and pruning) the
	// oldest open one of a full topic; reputer windows open with the window closes below.
	let due = TopicsWeights::start_epoch()
		.max(TopicsWeights::inactivate_topic())
		.saturating_add(<Emissions as ActiveSetHandler>::max_due_weight());
	let due_topics: u32 = <Runtime as pallet_topics::Config>::MaxDueTopicsPerBlock::get();
	// The dropped nonce's prune is queued: the window hook's work.
	let epoch_start =
		InferenceWeights::open_nonce().saturating_add(Inference::prune_queue_weight());
	let topics = TopicsWeights::on_initialize_idle()
		.saturating_add(due.saturating_mul(due_topics.into()))
		.saturating_add(
			epoch_start.saturating_mul(params.topics.max_active_topics_per_block.into()),
		);
	// As many closes as the hooks take (`MaxActiveTopicsPerBlock`, as many as fit the budget
	// at their worst, at least one), each at its worst.
	let closes = |budget: Weight, worst: Weight| {
		let n = allora_primitives::queue::capacity(
			params.topics.max_active_topics_per_block,
			budget,
			worst,
		);
		worst.saturating_mul(n as u64)
	};
	// The window closes, the staged regret updates and the prunes share their budget: a
	// block's stages weigh at most the budget, or one worst stage (a stage chooses a close's
	// active sets, computes one network, writes one row or prunes one nonce, at least).
	let stages = Inference::worst_first_stage_weight(&params.inference)
		.max(Inference::worst_next_stage_weight(&params.inference))
		.max(Inference::worst_prune_weight());
	let windows = InferenceWeights::on_initialize_idle()
		.saturating_add(MaxWindowClosingWeight::get().max(stages));
	let removals = params.reputation.half_max_process_stake_removals_end_block * 2;
	let reputation = ReputationWeights::on_initialize_idle()
		.saturating_add(ReputationWeights::removal_slot().saturating_mul((removals + 1).into()))
		.saturating_add(ReputationWeights::execute_removal().saturating_mul(removals.into()))
		.saturating_add(closes(
			MaxReputerClosingWeight::get(),
			Reputation::worst_close_weight(&params.reputation, params.active_sets()),
		))
		// Deferred rewards are paid first: the budget, or one worst payment.
		.max(
			ReputationWeights::on_initialize_idle()
				.saturating_add(MaxReputerClosingWeight::get().max(worst_payment(params))),
		);
	let emissions = EmissionsWeights::recalculate().saturating_add(EmissionsWeights::emit_block());
	topics.saturating_add(windows).saturating_add(reputation).saturating_add(emissions)
}

#[test]
fn all_hooks_stay_within_25_percent_of_the_ref_time_and_80_percent_of_the_proof() {
	let hooks = all_hooks(&Params::genesis());
	// The figure benchmarks/README.md quotes (`cargo test -p allora-runtime --test hooks --
	// --nocapture`).
	eprintln!("all hooks at the genesis parameters, at their worst: {}", show(hooks));
	let share = hooks.ref_time() * 100 / max_block().ref_time();
	assert!(share < 25, "the hooks may take {share}% of the block's ref time ({})", show(hooks));
	let proof = hooks.proof_size() * 100 / max_block().proof_size();
	assert!(proof < 80, "the hooks' proof may be {proof}% of the block's ({})", show(hooks));
}

/// The Allora hooks depend on running in this order within a block (`docs/architecture.md`,
/// "The block"): the emission first (Emissions pays the rewards accrued so far), then the epoch
/// clock (Topics: due stake removals, topic weights, new worker nonces), then the worker windows'
/// close (Inference: network inferences), then the reputer windows' close (Reputation: network
/// losses, regrets, scores and, through `RewardsPayer`, this epoch's rewards).
/// `#[frame_support::runtime]` runs `on_initialize` in pallet-index order (not in the order the
/// pallets are declared: until this test, Emissions was declared first but, at index 43, ran
/// last), and the pallets' mocks run their hooks in this order too.
#[test]
fn allora_hooks_run_emissions_topics_inference_reputation() {
	use polkadot_sdk::frame_support::traits::PalletsInfoAccess;
	let names: Vec<&str> = <allora_runtime::AllPalletsWithSystem as PalletsInfoAccess>::infos()
		.into_iter()
		.map(|info| info.name)
		.filter(|name| ["Emissions", "Topics", "Inference", "Reputation"].contains(name))
		.collect();
	assert_eq!(names, ["Emissions", "Topics", "Inference", "Reputation"]);
}

/// `percent` of the block's ref time and `proof_percent` of its proof size.
fn block_part(percent: u32, proof_percent: u32) -> Weight {
	use polkadot_sdk::sp_runtime::Perbill;
	let max = max_block();
	Weight::from_parts(
		Perbill::from_percent(percent) * max.ref_time(),
		Perbill::from_percent(proof_percent) * max.proof_size(),
	)
}

/// Issue 19's epochs: `(inferers, forecasters, elements per forecast)`, each worker of a full
/// topic (256) possibly both.
const EPOCHS: [(u32, u32, u32); 3] = [(32, 6, 12), (128, 128, 12), (256, 256, 12)];

/// An epoch of each size the runtime admits closes within a tenth of the block's ref time and a
/// quarter of its proof in every block it takes: each stage of its window's close (the active sets chosen,
/// the synthesis's base, a counterfactual network, a prune), its reputer close (64 reports, the
/// genesis' 6 reputers scored, or `MaxActiveReputers` for 20 gradient steps) and its deferred
/// rewards. Prints
/// the table of benchmarks/README.md ("One epoch of a topic with 256 inferers and 256
/// forecasters").
#[test]
fn an_epoch_of_each_size_takes_at_most_a_tenth_of_a_block_and_a_quarter_of_its_proof() {
	let limit = block_part(10, 25);
	assert!(MaxWindowClosingWeight::get().all_lte(limit));
	assert!(MaxReputerClosingWeight::get().all_lte(limit));
	let ms = |w: Weight| format!("{:.1} ms", w.ref_time() as f64 / 1e9);
	let kib = |w: Weight| format!("{} KiB", w.proof_size() / 1024);
	let both = |w: Weight| format!("{} / {}", ms(w), kib(w));
	let most_scored = <Runtime as pallet_topics::Config>::MaxActiveReputers::get();
	eprintln!(
		"| epoch | synthesis units | whole close in one block | blocks | worst stage | \
		 reputer close, 6 / {most_scored} scored | rewards |"
	);
	for (i, f, e) in EPOCHS {
		let genesis = Params::genesis();
		let inference = InferenceParams {
			max_top_inferers_to_reward: i,
			max_top_forecasters_to_reward: f,
			max_elements_per_forecast: e,
			..genesis.inference
		};
		// Beyond the runtime's bound the figures are printed, not held.
		let admitted = pallet_inference::Pallet::<Runtime>::check_params(&inference).is_ok();
		assert_eq!(admitted, i + f <= <Runtime as pallet_topics::Config>::MaxActiveWorkers::get());
		let whole = Inference::worst_close_weight(&inference);
		let stages = [
			Inference::worst_first_stage_weight(&inference),
			Inference::worst_next_stage_weight(&inference),
			Inference::worst_prune_weight(),
		];
		let stage = stages.into_iter().fold(Weight::zero(), |a, b| a.max(b));
		let scored = |r: u32, steps: u32| ReputationParams {
			max_top_reputers_to_reward: r,
			gradient_descent_max_iters: steps,
			..genesis.reputation.clone()
		};
		let usual = Reputation::worst_close_weight(&genesis.reputation, (i, f));
		let most = Reputation::worst_close_weight(
			&scored(most_scored, MAX_GRADIENT_DESCENT_ITERS),
			(i, f),
		);
		let rewards = Reputation::worst_payment_weight(i, f);
		for (what, w) in [("stage", stage), ("reputer close", most), ("rewards", rewards)] {
			assert!(
				!admitted || w.all_lte(limit),
				"({i}, {f}, {e}): a {what} of {} is over {}",
				both(w),
				both(limit)
			);
		}
		// The blocks a close takes at most: the first stage, then the rest by the budget.
		let budget = MaxWindowClosingWeight::get();
		let rest = whole.saturating_sub(stages[0]);
		let blocks = 1
			+ (rest.ref_time().div_ceil(budget.ref_time()))
				.max(rest.proof_size().div_ceil(budget.proof_size()))
				.max(1);
		let units = pallet_inference::synthesis_units(i, f, f * e.min(i), f * e.min(i) * e.min(i));
		let beyond = if admitted { "" } else { " (beyond `MaxActiveWorkers`)" };
		eprintln!(
			"| ({i}, {f}, {e}){beyond} | {units} | {} | ≤ {blocks} | {} | {} / {} | {} |",
			both(whole),
			both(stage),
			both(usual),
			both(most),
			both(rewards)
		);
	}
}
