//! The connection to a node and the one way this client sends a transaction: signed with a
//! mortal era that starts a few blocks behind the best block (so a node that finalizes every
//! block at once, like `--dev`, never refuses it as `1010: ancient birth block`), watched until
//! it is in a block, and answered with its events or with the pallet error that refused it,
//! named and explained from the metadata's docs.

use crate::chain::{AccountId, AtBlock, Client, Config};
use std::{fmt, time::Duration};
use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};
use subxt::{
	config::{DefaultExtrinsicParamsBuilder, RpcConfigFor},
	error::DispatchError,
	rpcs::{methods::legacy::LegacyRpcMethods, RpcClient},
	transactions::{Payload, TransactionStatus},
};
use subxt_signer::sr25519::Keypair;

/// How many blocks behind the best block a transaction's era starts.
pub const BIRTH_LAG: u64 = 4;
/// How many blocks a transaction stays valid.
pub const MORTAL_PERIOD: u64 = 64;

/// Why a transaction did not take effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmitError {
	/// The chain ran it and a pallet refused it: `pallet.Error` and the error's docs. Sending it
	/// again would be refused again.
	Refused {
		/// `pallet.Error`, e.g. `inference.AlreadySubmitted`.
		error: String,
		/// What the error means (its doc comment in the metadata).
		docs: String,
	},
	/// The transaction pool or the node did not take it (a stale nonce, a full pool, the
	/// connection dropped): it may go through if sent again.
	Transient(String),
}

impl SubmitError {
	/// The label metrics count this error under: the pallet error, or `transient`.
	pub fn label(&self) -> &str {
		match self {
			SubmitError::Refused { error, .. } => error,
			SubmitError::Transient(_) => "transient",
		}
	}
}

impl fmt::Display for SubmitError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			SubmitError::Refused { error, docs } if docs.is_empty() => {
				write!(f, "refused: {error}")
			},
			SubmitError::Refused { error, docs } => write!(f, "refused: {error}: {docs}"),
			SubmitError::Transient(e) => write!(f, "not taken (will retry): {e}"),
		}
	}
}

impl std::error::Error for SubmitError {}

/// An event of an included transaction: `pallet.Event` and its fields.
#[derive(Clone, Debug)]
pub struct EventLine {
	/// `pallet.Event`, the pallet in lower case as the CLI and the docs name it.
	pub name: String,
	/// The fields, as subxt shows a dynamic value.
	pub fields: String,
}

/// A transaction in a block.
#[derive(Clone, Debug)]
pub struct Included {
	/// The block's number.
	pub block: u64,
	/// Its events.
	pub events: Vec<EventLine>,
}

/// A connected node.
#[derive(Clone)]
pub struct Node {
	/// The subxt client.
	pub client: Client,
	/// The node's legacy RPC methods, for the pool-aware account nonce.
	rpc: LegacyRpcMethods<RpcConfigFor<Config>>,
	/// The address it was reached at.
	pub url: String,
}

/// A pallet's name as the docs and the CLI write it: `inference`, `topics`.
fn lower(pallet: &str) -> String {
	let mut s = String::with_capacity(pallet.len());
	for (i, c) in pallet.chars().enumerate() {
		if i == 0 {
			s.extend(c.to_lowercase());
		} else {
			s.push(c);
		}
	}
	s
}

impl Node {
	/// Connects to `url` (`ws://` or `wss://`).
	pub async fn connect(url: &str) -> Result<Node, String> {
		let unreachable = |e: &dyn fmt::Display| format!("cannot reach the node at {url}: {e}");
		let rpc = RpcClient::from_insecure_url(url).await.map_err(|e| unreachable(&e))?;
		let client = Client::from_rpc_client(rpc.clone()).await.map_err(|e| unreachable(&e))?;
		Ok(Node { client, rpc: LegacyRpcMethods::new(rpc), url: url.to_string() })
	}

	/// Connects to `url`, trying again every `every` until it answers.
	/// A failure is logged at the first attempt and then every 30th.
	pub async fn connect_patiently(url: &str, every: Duration) -> Node {
		let mut attempt = 0u64;
		loop {
			match Node::connect(url).await {
				Ok(node) => return node,
				Err(e) => {
					if attempt.is_multiple_of(30) {
						tracing::warn!(target: "allora", "node_unreachable (attempt {}): {e}", attempt + 1);
					}
					attempt = attempt.saturating_add(1);
					tokio::time::sleep(every).await;
				},
			}
		}
	}

	/// The state at the latest finalized block (what subxt calls the current block).
	pub async fn best(&self) -> Result<AtBlock, String> {
		self.client.at_current_block().await.map_err(|e| format!("cannot read the best block: {e}"))
	}

	/// The state at block `number`.
	pub async fn at(&self, number: u64) -> Result<AtBlock, String> {
		self.client
			.at_block(number)
			.await
			.map_err(|e| format!("cannot read block {number} (is the node an archive node?): {e}"))
	}

	/// Signs `call` with `signer`, sends it and waits until it is in a block.
	pub async fn submit<C: Payload>(
		&self,
		call: &C,
		signer: &Keypair,
	) -> Result<Included, SubmitError> {
		let transient = |e: &dyn fmt::Display| SubmitError::Transient(e.to_string());
		let best = self.best().await.map_err(|e| transient(&e))?;
		let birth = best.block_number().saturating_sub(BIRTH_LAG);
		let birth_hash = self.at(birth).await.map_err(|e| transient(&e))?.block_hash();
		// The nonce from the node's pool and best block: the state read here is the finalized
		// one, which on a relay chain lags the best block by a few blocks, so a transaction sent
		// right after the signer's previous one would reuse its nonce ("outdated").
		let nonce = self
			.rpc
			.system_account_next_index(&signer.public_key().to_account_id())
			.await
			.map_err(|e| transient(&e))?;
		let params = DefaultExtrinsicParamsBuilder::<Config>::new()
			.mortal_from_unchecked(MORTAL_PERIOD, birth, birth_hash)
			.nonce(nonce)
			.build();
		let mut progress = best
			.transactions()
			.sign_and_submit_then_watch(call, signer, params)
			.await
			.map_err(|e| transient(&e))?;
		while let Some(status) = progress.next().await {
			let status = status.map_err(|e| transient(&e))?;
			let in_block = match status {
				TransactionStatus::InBestBlock(b) | TransactionStatus::InFinalizedBlock(b) => b,
				TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message }
				| TransactionStatus::Error { message } => return Err(SubmitError::Transient(message)),
				_ => continue,
			};
			let events = match in_block.wait_for_success().await {
				Ok(events) => events,
				Err(subxt::error::TransactionEventsError::ExtrinsicFailed(e)) => {
					return Err(refusal(&e))
				},
				Err(e) => return Err(transient(&e)),
			};
			let block = in_block.at().await.map(|b| b.block_number()).unwrap_or_default();
			let events = events
				.iter()
				.filter_map(Result::ok)
				.map(|ev| EventLine {
					name: format!("{}.{}", lower(ev.pallet_name()), ev.event_name()),
					fields: ev
						.decode_fields_unchecked_as::<subxt::dynamic::Value>()
						.map(|v| show(&v))
						.unwrap_or_default(),
				})
				.collect();
			return Ok(Included { block, events });
		}
		Err(SubmitError::Transient("the node stopped reporting on the transaction".into()))
	}
}

/// An event's fields for people: accounts as SS58 addresses, the rest as subxt shows values.
pub fn show<T>(v: &Value<T>) -> String {
	if let Some(bytes) = account_bytes(v) {
		return AccountId::from(bytes).to_string();
	}
	match &v.value {
		ValueDef::Composite(c) => composite(c),
		ValueDef::Variant(var) => match &var.values {
			Composite::Unnamed(vals) if vals.is_empty() => var.name.clone(),
			c => format!("{} {}", var.name, composite(c)),
		},
		ValueDef::Primitive(p) => p.to_string(),
		ValueDef::BitSequence(_) => "<bits>".into(),
	}
}

fn composite<T>(c: &Composite<T>) -> String {
	match c {
		Composite::Named(fields) => format!(
			"{{ {} }}",
			fields.iter().map(|(k, v)| format!("{k}: {}", show(v))).collect::<Vec<_>>().join(", ")
		),
		Composite::Unnamed(vals) if vals.len() == 1 => show(&vals[0]),
		Composite::Unnamed(vals) => {
			format!("({})", vals.iter().map(show).collect::<Vec<_>>().join(", "))
		},
	}
}

/// The 32 bytes of an account id (`([u8; 32])`, possibly wrapped in one-field composites).
fn account_bytes<T>(v: &Value<T>) -> Option<[u8; 32]> {
	let ValueDef::Composite(Composite::Unnamed(vals)) = &v.value else { return None };
	if vals.len() == 1 {
		return account_bytes(&vals[0]);
	}
	if vals.len() != 32 {
		return None;
	}
	let mut out = [0u8; 32];
	for (o, x) in out.iter_mut().zip(vals) {
		*o = match x.value {
			ValueDef::Primitive(Primitive::U128(b)) => u8::try_from(b).ok()?,
			_ => return None,
		};
	}
	Some(out)
}

/// A dispatch error as the pallet names and documents it.
fn refusal(e: &DispatchError) -> SubmitError {
	if let DispatchError::Module(m) = e {
		if let Ok(d) = m.details() {
			return SubmitError::Refused {
				error: format!("{}.{}", lower(d.pallet.name()), d.variant.name),
				docs: d.variant.docs.join(" ").trim().to_string(),
			};
		}
	}
	SubmitError::Refused { error: format!("{e:?}"), docs: e.to_string() }
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn accounts_in_events_show_as_addresses() {
		let alice = crate::signer::account(&crate::signer::load("//Alice").unwrap());
		let bytes = Value::unnamed_composite(alice.0.iter().map(|b| Value::u128(*b as u128)));
		let event = Value::named_composite([
			("who", Value::unnamed_composite([bytes])),
			("amount", Value::u128(5)),
			("role", Value::unnamed_variant("Worker", [])),
		]);
		assert_eq!(show(&event), format!("{{ who: {alice}, amount: 5, role: Worker }}"));
	}

	#[test]
	fn pallets_are_named_as_the_docs_name_them() {
		assert_eq!(lower("Inference"), "inference");
		assert_eq!(lower("TransactionPayment"), "transactionPayment");
	}
}
