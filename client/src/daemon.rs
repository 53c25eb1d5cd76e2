//! What the worker and the reputer daemons share: the loop that follows the chain block by
//! block, reaches the node again whenever it is lost, and hands each new best block to the
//! role's [`Role::step`]; sending one transaction at a time (a step awaits each inclusion
//! before the next), and logging every outcome as one line that names it:
//!
//! - `submitted topic=T nonce=N block=B`: the chain took it (on a commit–reveal topic: the
//!   reveal);
//! - `committed topic=T nonce=N block=B`: the chain took its commitment (commit–reveal);
//! - `not_revealed` / `commitment_lost topic=T nonce=N: …`: a reveal phase with nothing to
//!   reveal (no commitment on chain, or no payload kept on disk);
//! - `refused topic=T nonce=N error=pallet.Error: docs`: a pallet refused it (not retried);
//! - `not_taken topic=T nonce=N: …`: the pool or the connection lost it (retried next block);
//! - `source_error topic=T nonce=N: source_unreachable: …`: the model or ground truth failed
//!   (asked again next block);
//! - `step_failed topic=T block=B: …`: the topic could not be read (logged once while the same
//!   failure repeats; the other topics go on);
//! - `node_unreachable (attempt K): …` / `node_reconnected`: the node went away and came back.

use crate::{
	chain::{AccountId, AtBlock},
	commit_reveal::{self, Store},
	config::{Config, TopicConfig},
	metrics::Metrics,
	node::{Node, SubmitError},
	signer,
};
use std::{collections::BTreeSet, time::Duration};
use subxt::ext::codec::{Decode, Encode};
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
	/// The payloads committed on commit–reveal topics, kept on disk until their reveal.
	pub kept: Store,
}

/// How a transaction ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
	/// In a block.
	Included,
	/// Refused by a pallet: sending it again would be refused again.
	Refused,
	/// Not taken (pool, connection): it may go through next time.
	Transient,
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
		let kept = Store::open(&config.state_dir(), role, &me)?;
		Ok(Context {
			kept,
			config,
			key,
			me,
			metrics: Metrics::new(),
			http: reqwest::Client::new(),
			done: BTreeSet::new(),
			role,
		})
	}

	/// Sends a payload or a report of `(topic, nonce)` (or its reveal) and records the outcome
	/// (done unless the error is transient).
	pub async fn send<C: subxt::transactions::Payload>(
		&mut self,
		node: &Node,
		topic: u64,
		nonce: u32,
		call: &C,
	) -> Sent {
		let sent = self.transact(node, topic, nonce, call, "submitted").await;
		if sent != Sent::Transient {
			self.done.insert((topic, nonce));
		}
		sent
	}

	/// Sends a transaction of `(topic, nonce)` and logs its outcome, the inclusion as `what`
	/// (`submitted`, `committed`).
	pub async fn transact<C: subxt::transactions::Payload>(
		&mut self,
		node: &Node,
		topic: u64,
		nonce: u32,
		call: &C,
		what: &str,
	) -> Sent {
		let started = std::time::Instant::now();
		match node.submit(call, &self.key).await {
			Ok(included) => {
				self.metrics.inclusion_of(self.role).observe(started.elapsed().as_secs_f64());
				if what == "submitted" {
					let topic = topic.to_string();
					self.metrics.submissions.with_label_values(&[self.role, &topic]).inc();
				}
				tracing::info!(target: "allora", "{what} topic={topic} nonce={nonce} block={}", included.block);
				Sent::Included
			},
			Err(e) => {
				self.metrics.refusals.with_label_values(&[self.role, e.label()]).inc();
				match &e {
					SubmitError::Refused { error, docs } => {
						tracing::warn!(target: "allora", "refused topic={topic} nonce={nonce} error={error}: {docs}");
						Sent::Refused
					},
					SubmitError::Transient(m) => {
						tracing::warn!(target: "allora", "not_taken topic={topic} nonce={nonce}: {m}");
						Sent::Transient
					},
				}
			},
		}
	}

	/// Commit–reveal: keeps `payload` with a fresh salt on disk, then sends the commitment
	/// `call` makes of its hash (a refused commitment ends the nonce and its file).
	pub async fn commit<P: Encode, C: subxt::transactions::Payload>(
		&mut self,
		node: &Node,
		topic: u64,
		nonce: u32,
		payload: &P,
		call: impl FnOnce([u8; 32]) -> C,
	) -> Result<(), String> {
		let salt = commit_reveal::new_salt()?;
		self.kept.save(topic, nonce, payload, &salt)?;
		let call = call(commit_reveal::commitment(&payload.encode(), &salt, &self.me));
		if self.transact(node, topic, nonce, &call, "committed").await == Sent::Refused {
			self.done.insert((topic, nonce));
			self.kept.remove(topic, nonce);
		}
		Ok(())
	}

	/// Commit–reveal: in the reveal phase, sends the reveal `call` makes of the payload kept
	/// for `(topic, nonce)` and its salt, if this participant `committed`; otherwise (or
	/// without a kept payload) logs why and ends the nonce.
	pub async fn reveal<P: Decode, C: subxt::transactions::Payload>(
		&mut self,
		node: &Node,
		topic: u64,
		nonce: u32,
		committed: bool,
		call: impl FnOnce(P, commit_reveal::Salt) -> C,
	) {
		let kept = if committed {
			self.kept.load::<P>(topic, nonce)
		} else {
			Err("the commit phase passed without a commitment".to_string())
		};
		match kept {
			Ok(Some((payload, salt))) => {
				if self.send(node, topic, nonce, &call(payload, salt)).await != Sent::Transient {
					self.kept.remove(topic, nonce);
				}
			},
			Ok(None) => {
				let dir = self.config.state_dir();
				tracing::warn!(target: "allora", "commitment_lost topic={topic} nonce={nonce}: nothing kept in {}", dir.display());
				self.done.insert((topic, nonce));
			},
			Err(e) => {
				tracing::warn!(target: "allora", "not_revealed topic={topic} nonce={nonce}: {e}");
				self.done.insert((topic, nonce));
			},
		}
	}

	/// Forgets the nonces of `topic` done with that are no longer open: a daemon running for
	/// months remembers only the nonces it can still be asked about.
	pub fn keep_open(&mut self, topic: u64, open: &[u32]) {
		self.done.retain(|(t, n)| *t != topic || open.contains(n));
		self.kept.keep_open(topic, open);
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
			"node = \"ws://127.0.0.1:9944\"\nsigner = \"//Bob\"\nstate = \"/tmp/allora-daemon-test\"\n[[topic]]\nid = 1\nsource = { http = \"http://127.0.0.1:8000\" }\n",
		)
		.unwrap();
		let mut cx = Context::new(config, "worker").unwrap();
		cx.done.extend([(1, 10), (1, 20), (1, 30), (2, 10)]);
		cx.keep_open(1, &[20, 30, 40]);
		assert_eq!(cx.done.iter().copied().collect::<Vec<_>>(), vec![(1, 20), (1, 30), (2, 10)]);
	}
}
