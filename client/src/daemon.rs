//! What the worker and the reputer daemons share: the loop that follows the chain block by
//! block, reaches the node again whenever it is lost, and hands each new best block to the
//! role's [`Role::step`]; sending one transaction at a time (a step awaits each inclusion
//! before the next), and logging every outcome as one line that names it:
//!
//! - `submitted topic=T nonce=N block=B`: the chain took it;
//! - `refused topic=T nonce=N error=pallet.Error: docs`: a pallet refused it (not retried);
//! - `not_taken topic=T nonce=N: …`: the pool or the connection lost it (retried next block);
//! - `source_error topic=T nonce=N: source_unreachable: …`: the model or ground truth failed
//!   (asked again next block);
//! - `step_failed topic=T block=B: …`: the topic could not be read (logged once while the same
//!   failure repeats; the other topics go on);
//! - `node_unreachable (attempt K): …` / `node_reconnected`: the node went away and came back.

use crate::{
	chain::{AccountId, AtBlock},
	config::{Config, TopicConfig},
	metrics::Metrics,
	node::{Node, SubmitError},
	signer,
};
use std::{collections::BTreeSet, time::Duration};
use subxt_signer::sr25519::Keypair;

/// How often the daemon looks for a new best block.
pub const POLL: Duration = Duration::from_millis(500);

/// What a daemon knows while it runs.
pub struct Context {
	/// Its config file.
	pub config: Config,
	/// The participant's key.
	pub key: Keypair,
	/// The participant's account.
	pub me: AccountId,
	/// Its metrics.
	pub metrics: Metrics,
	/// The HTTP client of its sources.
	pub http: reqwest::Client,
	/// `(topic, nonce)` pairs done with: submitted, or refused for good; only nonces still open
	/// are kept ([`Context::keep_open`]).
	pub done: BTreeSet<(u64, u32)>,
	/// `worker` or `reputer` (logs and metrics).
	pub role: &'static str,
}

/// A role's work at each new best block, topic by topic.
pub trait Role {
	/// Does what block `at` asks of the role in topic `topic`; an error is logged (a topic's
	/// trouble never holds up the others) and the work is tried again at the next block.
	fn step(
		&mut self,
		cx: &mut Context,
		node: &Node,
		at: &AtBlock,
		topic: &TopicConfig,
	) -> impl std::future::Future<Output = Result<(), String>>;
}

impl Context {
	/// Reads the key; fails if the signer is unusable.
	pub fn new(config: Config, role: &'static str) -> Result<Context, String> {
		let key = signer::load(&config.signer)?;
		let me = signer::account(&key);
		Ok(Context {
			config,
			key,
			me,
			metrics: Metrics::new(),
			http: reqwest::Client::new(),
			done: BTreeSet::new(),
			role,
		})
	}

	/// Sends a payload or a report of `(topic, nonce)` and records the outcome (done unless
	/// the error is transient).
	pub async fn send<C: subxt::transactions::Payload>(
		&mut self,
		node: &Node,
		topic: u64,
		nonce: u32,
		call: &C,
	) {
		let started = std::time::Instant::now();
		match node.submit(call, &self.key).await {
			Ok(included) => {
				self.metrics.inclusion_of(self.role).observe(started.elapsed().as_secs_f64());
				self.metrics.submissions.with_label_values(&[self.role, &topic.to_string()]).inc();
				tracing::info!(target: "allora", "submitted topic={topic} nonce={nonce} block={}", included.block);
				self.done.insert((topic, nonce));
			},
			Err(e) => {
				self.metrics.refusals.with_label_values(&[self.role, e.label()]).inc();
				match &e {
					SubmitError::Refused { error, docs } => {
						tracing::warn!(target: "allora", "refused topic={topic} nonce={nonce} error={error}: {docs}");
						self.done.insert((topic, nonce));
					},
					SubmitError::Transient(m) => {
						tracing::warn!(target: "allora", "not_taken topic={topic} nonce={nonce}: {m}")
					},
				}
			},
		}
	}

	/// Forgets the nonces of `topic` done with that are no longer open: a daemon running for
	/// months remembers only the nonces it can still be asked about.
	pub fn keep_open(&mut self, topic: u64, open: &[u32]) {
		self.done.retain(|(t, n)| *t != topic || open.contains(n));
	}

	/// Records a source failure.
	pub fn source_failed(&self, topic: u64, nonce: u32, e: &crate::source::SourceError) {
		self.metrics
			.source_errors
			.with_label_values(&[self.role, &topic.to_string(), e.label()])
			.inc();
		tracing::warn!(target: "allora", "source_error topic={topic} nonce={nonce}: {e}");
	}
}

/// Runs a daemon until Ctrl-C (or SIGTERM).
pub async fn run(mut cx: Context, mut role: impl Role) -> Result<(), String> {
	if let Some(addr) = cx.config.metrics {
		cx.metrics.serve(addr).await?;
		tracing::info!(target: "allora", "metrics on http://{addr}/metrics");
	}
	tracing::info!(
		target: "allora",
		"{} {} serving topics {:?} on {}",
		cx.role,
		cx.me,
		cx.config.topics.iter().map(|t| t.id).collect::<Vec<_>>(),
		cx.config.node
	);
	let mut node = Node::connect_patiently(&cx.config.node, Duration::from_secs(1)).await;
	tracing::info!(target: "allora", "node_connected {}", node.url);
	let mut last = None;
	let mut failing = std::collections::BTreeMap::<u64, String>::new();
	let mut stop = Box::pin(shutdown());
	loop {
		tokio::select! {
			_ = &mut stop => {
				tracing::info!(target: "allora", "stopping");
				return Ok(());
			},
			_ = tokio::time::sleep(POLL) => {},
		}
		let at = match node.best().await {
			Ok(at) => at,
			Err(e) => {
				tracing::warn!(target: "allora", "node_unreachable: {e}");
				node = Node::connect_patiently(&cx.config.node, Duration::from_secs(1)).await;
				cx.metrics.reconnects.inc();
				tracing::info!(target: "allora", "node_reconnected {}", node.url);
				continue;
			},
		};
		if last == Some(at.block_hash()) {
			continue;
		}
		last = Some(at.block_hash());
		cx.metrics.best_block.set(at.block_number() as i64);
		for topic in cx.config.topics.clone() {
			match role.step(&mut cx, &node, &at, &topic).await {
				// The same failure block after block is logged once (then at debug level).
				Err(e) if failing.get(&topic.id) != Some(&e) => {
					tracing::warn!(target: "allora", "step_failed topic={} block={}: {e}", topic.id, at.block_number());
					failing.insert(topic.id, e);
				},
				Err(e) => {
					tracing::debug!(target: "allora", "step_failed topic={} block={}: {e}", topic.id, at.block_number())
				},
				Ok(()) => {
					failing.remove(&topic.id);
				},
			}
		}
	}
}

async fn shutdown() {
	#[cfg(unix)]
	{
		let mut term =
			match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
				Ok(s) => s,
				Err(_) => return std::future::pending().await,
			};
		tokio::select! {
			_ = tokio::signal::ctrl_c() => {},
			_ = term.recv() => {},
		}
	}
	#[cfg(not(unix))]
	let _ = tokio::signal::ctrl_c().await;
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn only_open_nonces_are_remembered_per_topic() {
		let config = Config::parse(
			"node = \"ws://127.0.0.1:9944\"\nsigner = \"//Bob\"\n[[topic]]\nid = 1\nsource = { http = \"http://127.0.0.1:8000\" }\n",
		)
		.unwrap();
		let mut cx = Context::new(config, "worker").unwrap();
		cx.done.extend([(1, 10), (1, 20), (1, 30), (2, 10)]);
		cx.keep_open(1, &[20, 30, 40]);
		assert_eq!(cx.done.iter().copied().collect::<Vec<_>>(), vec![(1, 20), (1, 30), (2, 10)]);
	}
}
