//! Allora's Prometheus metrics, on the node's registry beside Substrate's (`--prometheus-port`,
//! 9615 by default): what the chain's topics did, read from every finalized block's events and
//! storage, so that every node (collator or not, `--dev` included) reports the same numbers for
//! the same chain. `docs/operators/grafana.json` plots them and `docs/operators/alerts.yml`
//! alerts on them; `docs/operators.md` lists them.
//!
//! | metric | kind | from |
//! |---|---|---|
//! | `allora_active_topics` | gauge | `Topics.EpochSchedule` (the topics whose epochs run) |
//! | `allora_worker_windows_total{outcome}` | counter | `opened`, `computed` (a network inference), `empty`, `dropped`, `failed` (a synthesis error) |
//! | `allora_reputer_windows_total{outcome}` | counter | `opened`, `computed` (network losses), `empty`, `dropped`, `failed` |
//! | `allora_window_close_blocks` | histogram | the blocks a worker window's close took (its stages) |
//! | `allora_hooks_ref_time_seconds` | histogram | a block's mandatory ref time: the block hooks (epoch starts, closes, payments) and inherents, as charged |
//! | `allora_epochs_rewarded_total` | counter | `EpochRewarded` |
//! | `allora_rewards_paid_allo` | gauge | `Emissions.RewardsPaid`: every reward paid since genesis, in ALLO |
//! | `allora_stake_held_allo` | gauge | `Reputation.TotalStake`: the reputers' and delegators' stake, in ALLO |

use std::{collections::BTreeMap, sync::Arc};

use allora_runtime::{Balance, BlockNumber, Hash, RuntimeEvent, ALLO};
use codec::Decode;
use futures::StreamExt;
use polkadot_sdk::{
	frame_support::{
		dispatch::{DispatchClass, PerDispatchClass},
		weights::Weight,
	},
	frame_system::EventRecord,
	sc_client_api::{BlockchainEvents, StorageProvider},
	sp_blockchain::HeaderBackend,
	sp_core::storage::StorageKey,
	substrate_prometheus_endpoint::{
		exponential_buckets, register, Counter, CounterVec, Gauge, Histogram, HistogramOpts, Opts,
		PrometheusError, Registry, F64, U64,
	},
};

use crate::service::Client;

/// A worker or reputer window's outcomes, as the `outcome` label says them.
const OUTCOMES: [&str; 5] = ["opened", "computed", "empty", "dropped", "failed"];

/// What one block's events and storage say.
#[derive(Debug, Default, PartialEq)]
pub struct BlockTally {
	/// Worker windows by outcome (`OUTCOMES`).
	pub worker_windows: BTreeMap<&'static str, u64>,
	/// Reputer windows by outcome.
	pub reputer_windows: BTreeMap<&'static str, u64>,
	/// The `(topic, nonce)` of each worker window that computed its inference or went on in
	/// stages in this block.
	pub closes_computed: Vec<(u64, BlockNumber)>,
	/// The same, for a close that goes on in the next block.
	pub closes_continuing: Vec<(u64, BlockNumber)>,
	/// The same, for a close that ended in a synthesis error.
	pub closes_failed: Vec<(u64, BlockNumber)>,
	/// Epochs rewarded.
	pub epochs_rewarded: u64,
}

/// Counts a block's events.
pub fn tally(events: &[EventRecord<RuntimeEvent, Hash>]) -> BlockTally {
	use pallet_inference::Event as I;
	use pallet_reputation::Event as R;
	let mut t = BlockTally::default();
	let count = |map: &mut BTreeMap<&'static str, u64>, outcome: &'static str| {
		*map.entry(outcome).or_default() += 1;
	};
	for record in events {
		match &record.event {
			RuntimeEvent::Inference(e) => match e {
				I::NonceOpened { .. } => count(&mut t.worker_windows, "opened"),
				I::NetworkInferenceComputed { topic_id, nonce, .. } => {
					count(&mut t.worker_windows, "computed");
					t.closes_computed.push((*topic_id, *nonce));
				},
				I::CloseContinues { topic_id, nonce, .. } => {
					t.closes_continuing.push((*topic_id, *nonce))
				},
				I::NonceClosedEmpty { .. } => count(&mut t.worker_windows, "empty"),
				I::NonceDropped { .. } => count(&mut t.worker_windows, "dropped"),
				I::SynthesisFailed { topic_id, nonce, .. } => {
					count(&mut t.worker_windows, "failed");
					t.closes_failed.push((*topic_id, *nonce));
				},
				_ => {},
			},
			RuntimeEvent::Reputation(e) => match e {
				R::ReputerNonceOpened { .. } => count(&mut t.reputer_windows, "opened"),
				R::NetworkLossesComputed { .. } => count(&mut t.reputer_windows, "computed"),
				R::ReputerNonceClosedEmpty { .. } => count(&mut t.reputer_windows, "empty"),
				R::ReputerNonceDropped { .. } => count(&mut t.reputer_windows, "dropped"),
				R::LossesFailed { .. } => count(&mut t.reputer_windows, "failed"),
				_ => {},
			},
			RuntimeEvent::Emissions(pallet_emissions::Event::EpochRewarded { .. }) => {
				t.epochs_rewarded += 1
			},
			_ => {},
		}
	}
	t
}

/// The metrics, registered.
#[derive(Clone)]
pub struct Metrics {
	active_topics: Gauge<U64>,
	worker_windows: CounterVec<U64>,
	reputer_windows: CounterVec<U64>,
	close_blocks: Histogram,
	hooks_ref_time: Histogram,
	epochs_rewarded: Counter<U64>,
	rewards_paid: Gauge<F64>,
	stake_held: Gauge<F64>,
}

impl Metrics {
	/// Registers every metric on `registry`.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		// Every outcome's series from the start (at 0), so that a rate over them is defined.
		let windows = |name: &str, help: &str| {
			let counter =
				register(CounterVec::new(Opts::new(name, help), &["outcome"])?, registry)?;
			for outcome in OUTCOMES {
				counter.with_label_values(&[outcome]);
			}
			Ok::<_, PrometheusError>(counter)
		};
		Ok(Metrics {
			active_topics: register(
				Gauge::new("allora_active_topics", "Topics whose epochs run (the epoch schedule)")?,
				registry,
			)?,
			worker_windows: windows(
				"allora_worker_windows_total",
				"Worker windows by outcome: opened, computed (a network inference), empty, \
				 dropped, failed (a synthesis error)",
			)?,
			reputer_windows: windows(
				"allora_reputer_windows_total",
				"Reputer windows by outcome: opened, computed (network losses), empty, dropped, \
				 failed",
			)?,
			close_blocks: register(
				Histogram::with_opts(
					HistogramOpts::new(
						"allora_window_close_blocks",
						"Blocks a worker window's close took, its stages included",
					)
					.buckets(vec![1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0]),
				)?,
				registry,
			)?,
			hooks_ref_time: register(
				Histogram::with_opts(
					HistogramOpts::new(
						"allora_hooks_ref_time_seconds",
						"A block's mandatory ref time as charged: block hooks (epoch starts, \
						 closes, payments) and inherents",
					)
					.buckets(exponential_buckets(0.001, 2.0, 12)?),
				)?,
				registry,
			)?,
			epochs_rewarded: register(
				Counter::new("allora_epochs_rewarded_total", "Topic epochs paid")?,
				registry,
			)?,
			rewards_paid: register(
				Gauge::new("allora_rewards_paid_allo", "Every reward paid since genesis, in ALLO")?,
				registry,
			)?,
			stake_held: register(
				Gauge::new("allora_stake_held_allo", "Reputers' and delegators' stake, in ALLO")?,
				registry,
			)?,
		})
	}

	/// Records a finalized block: its tally, its mandatory ref time, and the chain's state after
	/// it. `started` holds the first block of each close still in stages.
	fn record(
		&self,
		number: BlockNumber,
		tally: &BlockTally,
		state: &ChainState,
		started: &mut BTreeMap<(u64, BlockNumber), BlockNumber>,
	) {
		for outcome in OUTCOMES {
			let add = |counter: &CounterVec<U64>, n: Option<&u64>| {
				counter.with_label_values(&[outcome]).inc_by(n.copied().unwrap_or(0));
			};
			add(&self.worker_windows, tally.worker_windows.get(outcome));
			add(&self.reputer_windows, tally.reputer_windows.get(outcome));
		}
		for key in &tally.closes_continuing {
			started.entry(*key).or_insert(number);
		}
		for key in &tally.closes_computed {
			let first = started.remove(key).unwrap_or(number);
			self.close_blocks.observe(f64::from(number.saturating_sub(first) + 1));
		}
		for key in &tally.closes_failed {
			started.remove(key);
		}
		self.epochs_rewarded.inc_by(tally.epochs_rewarded);
		self.hooks_ref_time.observe(state.mandatory_ref_time as f64 / 1e12);
		self.active_topics.set(state.active_topics);
		self.rewards_paid.set(allo(state.rewards_paid));
		self.stake_held.set(allo(state.stake_held));
	}
}

/// A balance in ALLO, for display (a gauge is a float).
fn allo(planck: Balance) -> f64 {
	planck as f64 / ALLO as f64
}

/// The chain's state after a block, as the metrics show it.
#[derive(Debug, Default)]
struct ChainState {
	mandatory_ref_time: u64,
	active_topics: u64,
	rewards_paid: Balance,
	stake_held: Balance,
}

/// The storage key of a plain storage value.
fn value_key(pallet: &str, item: &str) -> StorageKey {
	StorageKey(
		polkadot_sdk::frame_support::storage::storage_prefix(pallet.as_bytes(), item.as_bytes())
			.to_vec(),
	)
}

/// Reads and decodes a storage value at `hash`: its default when absent (or, never for our
/// runtime's types, undecodable); `None` when the block's state is not available (pruned, or
/// not downloaded by a warp sync).
fn read<T: Decode + Default>(client: &Client, hash: Hash, pallet: &str, item: &str) -> Option<T> {
	let data = client.storage(hash, &value_key(pallet, item)).ok()?;
	Some(data.and_then(|d| T::decode(&mut &d.0[..]).ok()).unwrap_or_default())
}

/// Reads a block's events and the state the metrics show; `None` without the block's state
/// (the block is then left out).
fn observe(client: &Client, hash: Hash) -> Option<(BlockTally, ChainState)> {
	let events: Vec<EventRecord<RuntimeEvent, Hash>> = read(client, hash, "System", "Events")?;
	let weight: PerDispatchClass<Weight> = read(client, hash, "System", "BlockWeight")?;
	let schedule: Vec<(BlockNumber, u64)> = read(client, hash, "Topics", "EpochSchedule")?;
	let state = ChainState {
		mandatory_ref_time: weight.get(DispatchClass::Mandatory).ref_time(),
		active_topics: schedule.len() as u64,
		rewards_paid: read(client, hash, "Emissions", "RewardsPaid")?,
		stake_held: read(client, hash, "Reputation", "TotalStake")?,
	};
	Some((tally(&events), state))
}

/// Registers the metrics on the node's registry (none without `--prometheus-port` or with
/// `--no-prometheus`) and spawns the task that keeps them: each finalized block, once.
pub fn spawn(
	registry: Option<&Registry>,
	client: Arc<Client>,
	task_manager: &polkadot_sdk::sc_service::TaskManager,
) -> Result<(), PrometheusError> {
	let Some(registry) = registry else { return Ok(()) };
	let metrics = Metrics::register(registry)?;
	let task = async move {
		let mut started = BTreeMap::new();
		let mut finalized = client.finality_notification_stream();
		while let Some(notification) = finalized.next().await {
			// The blocks finalized with this one, oldest first, then itself.
			for hash in notification.tree_route.iter().chain(std::iter::once(&notification.hash)) {
				let Ok(Some(number)) = client.number(*hash) else { continue };
				let Some((tally, state)) = observe(&client, *hash) else { continue };
				metrics.record(number, &tally, &state, &mut started);
			}
		}
	};
	task_manager.spawn_handle().spawn("allora-metrics", None, task);
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::frame_system::Phase;

	fn record(event: RuntimeEvent) -> EventRecord<RuntimeEvent, Hash> {
		EventRecord { phase: Phase::Initialization, event, topics: vec![] }
	}

	/// A close in three blocks (two `CloseContinues`, then the inference), a staged close that
	/// fails, an empty and a dropped window, a reputer window's losses: each counted under its
	/// outcome, the computed close's blocks observed once, no close left in progress, and the
	/// metrics' text has them.
	#[test]
	fn a_block_s_events_become_the_metrics() {
		use pallet_inference::Event as I;
		let continues = |computed| {
			record(RuntimeEvent::Inference(I::CloseContinues {
				topic_id: 1,
				nonce: 10,
				computed,
				networks: 3,
			}))
		};
		let registry = Registry::new();
		let metrics = Metrics::register(&registry).expect("registers");
		let state = ChainState {
			mandatory_ref_time: 4_000_000_000,
			active_topics: 2,
			rewards_paid: 3 * ALLO / 2,
			stake_held: 7 * ALLO,
		};
		let mut started = BTreeMap::new();
		let blocks = [
			vec![
				record(RuntimeEvent::Inference(I::NonceOpened {
					topic_id: 2,
					nonce: 12,
					opens_at: 12,
					closes_at: 20,
				})),
				continues(1),
				record(RuntimeEvent::Inference(I::CloseContinues {
					topic_id: 5,
					nonce: 30,
					computed: 1,
					networks: 4,
				})),
			],
			vec![
				continues(2),
				record(RuntimeEvent::Inference(I::NonceDropped { topic_id: 2, nonce: 12 })),
			],
			vec![
				record(RuntimeEvent::Inference(I::NetworkInferenceComputed {
					topic_id: 1,
					nonce: 10,
					combined: Default::default(),
					naive: Default::default(),
					inferers: 2,
					forecasters: 1,
				})),
				record(RuntimeEvent::Inference(I::NonceClosedEmpty { topic_id: 3, nonce: 10 })),
				record(RuntimeEvent::Inference(I::SynthesisFailed {
					topic_id: 5,
					nonce: 30,
					error: allora_synthesis::SynthesisError::NoRegrets,
				})),
				record(RuntimeEvent::Reputation(pallet_reputation::Event::NetworkLossesComputed {
					topic_id: 1,
					nonce: 4,
					network_loss: Default::default(),
					reputers: 1,
				})),
			],
		];
		for (n, events) in blocks.iter().enumerate() {
			metrics.record(100 + n as BlockNumber, &tally(events), &state, &mut started);
		}
		assert!(started.is_empty());
		let worker = |o| metrics.worker_windows.with_label_values(&[o]).get();
		assert_eq!(
			OUTCOMES.map(worker),
			[1, 1, 1, 1, 1],
			"opened, computed, empty, dropped, failed"
		);
		assert_eq!(metrics.reputer_windows.with_label_values(&["computed"]).get(), 1);
		assert_eq!(metrics.close_blocks.get_sample_count(), 1);
		assert_eq!(metrics.close_blocks.get_sample_sum(), 3.0);
		assert_eq!(metrics.hooks_ref_time.get_sample_sum(), 3.0 * 0.004);
		assert_eq!((metrics.active_topics.get(), metrics.stake_held.get()), (2, 7.0));
		assert_eq!(metrics.rewards_paid.get(), 1.5);
		let names: Vec<String> = registry.gather().iter().map(|f| f.get_name().into()).collect();
		for name in [
			"allora_active_topics",
			"allora_worker_windows_total",
			"allora_reputer_windows_total",
			"allora_window_close_blocks",
			"allora_hooks_ref_time_seconds",
			"allora_epochs_rewarded_total",
			"allora_rewards_paid_allo",
			"allora_stake_held_allo",
		] {
			assert!(names.iter().any(|n| n == name), "{name} missing from {names:?}");
		}
	}

	/// The operators' dashboard and alerts name only metrics the node exports.
	#[test]
	fn the_dashboard_and_the_alerts_name_exported_metrics() {
		let registry = Registry::new();
		Metrics::register(&registry).expect("registers");
		let exported: Vec<String> = registry.gather().iter().map(|f| f.get_name().into()).collect();
		let docs = format!("{}/../docs/operators", env!("CARGO_MANIFEST_DIR"));
		for file in ["grafana.json", "alerts.yml"] {
			let text = std::fs::read_to_string(format!("{docs}/{file}")).expect("readable");
			let mut named = 0;
			for (at, _) in text.match_indices("allora_") {
				let name: String = text[at..]
					.chars()
					.take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
					.collect();
				// A histogram's series, and the chain names of the chain specs, are not metrics.
				let base = ["_bucket", "_count", "_sum"]
					.iter()
					.find_map(|suffix| name.strip_suffix(suffix))
					.unwrap_or(&name);
				if base.starts_with("allora_local") || base == "allora_" {
					continue;
				}
				assert!(exported.iter().any(|e| e == base), "{file} names {name}, not exported");
				named += 1;
			}
			assert!(named > 0, "{file} names none of our metrics");
		}
	}
}
