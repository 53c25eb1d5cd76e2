//! `allora verify`: recomputes a topic's network inference at a nonce from what the chain
//! used, with the same synthesis crate the runtime runs, and compares every quantity.
//!
//! The inputs, read from the node (which must keep the state of the blocks involved: an
//! archive node, or a nonce within the node's pruning window):
//!
//! - the payloads of the nonce's active sets (those the window's close kept; the others were
//!   deleted then), or a payload set given in a file (`--payloads`);
//! - at the block before the window closed (the close runs at the start of the first block
//!   whose state no longer lists the nonce open): the topic's regrets and initial regret, its
//!   `p` and `ε`, the inference pallet's `c` and safe-division `ε`, and the topic's latest
//!   network loss.
//!
//! Every quantity of the chain's record is compared exactly (the synthesis is deterministic
//! fixed-point arithmetic): the network and naive inferences, each forecast-implied, one-out and
//! one-in inference, each weight and the confidence interval.
//!
//! Once the nonce's reputer window has closed, its **network losses** are recomputed too: the
//! reports of the reputers the chain scored, weighted by their stakes (own and delegated), both
//! read at the block before the reputer window's close; each compared with the chain's
//! `NetworkLossesAt` (`losses.combined`, `losses.inferer[…]`, …).

use crate::{
	amount::parse_value,
	chain::{allora, AccountId, AtBlock, Static},
	node::Node,
	queries::{self, NetworkInferenceView, PayloadSet},
	signer::parse_account,
};
use allora::runtime_types::allora_primitives::losses::{LossReport, StoredLossReport};
use allora_synthesis::{
	inference::{network_inferences, NetworkInferences},
	losses::{network_losses, LossBundle},
	regret_storage::{tables_from_storage, StoredRow},
	regrets::RegretTables,
	Fixed, SynthesisParams,
};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// How many blocks past the window's end the close is looked for (a close is deferred only
/// while more windows are due in a block than it closes, or a close in stages goes on), and
/// past the close the reputer window's opening (at the close's last stage).
pub const CLOSE_SEARCH: u64 = 256;

impl PayloadSet {
	/// The set as JSON: `{"inferences": {addr: "v"}, "forecasts": {addr: {addr: "v"}}}`.
	pub fn to_json(&self) -> Value {
		let inferences: Map<String, Value> =
			self.inferences.iter().map(|(w, v)| (w.to_string(), json!(v.to_string()))).collect();
		let forecasts: Map<String, Value> = self
			.forecasts
			.iter()
			.map(|(k, f)| {
				let m: Map<String, Value> =
					f.iter().map(|(j, v)| (j.to_string(), json!(v.to_string()))).collect();
				(k.to_string(), Value::Object(m))
			})
			.collect();
		json!({ "inferences": inferences, "forecasts": forecasts })
	}

	/// A set from its JSON; errors name the field.
	pub fn from_json(v: &Value) -> Result<PayloadSet, String> {
		let value = |field: &str, v: &Value| -> Result<Fixed, String> {
			let s = v.as_str().ok_or_else(|| format!("{field}: {v} is not a decimal string"))?;
			parse_value(s).map_err(|e| format!("{field}: {e}"))
		};
		let object = |field: &str, v: Option<&Value>| -> Result<Map<String, Value>, String> {
			match v {
				None => Ok(Map::new()),
				Some(Value::Object(m)) => Ok(m.clone()),
				Some(other) => Err(format!("{field}: {other:.80} is not an object")),
			}
		};
		let mut set = PayloadSet { inferences: BTreeMap::new(), forecasts: BTreeMap::new() };
		for (w, v) in object("inferences", v.get("inferences"))? {
			let field = format!("inferences.{w}");
			set.inferences.insert(parse_account(&field, &w)?, value(&field, &v)?);
		}
		for (k, f) in object("forecasts", v.get("forecasts"))? {
			let field = format!("forecasts.{k}");
			let mut elements = Vec::new();
			for (j, v) in object(&field, Some(&f))? {
				let field = format!("{field}.{j}");
				elements.push((parse_account(&field, &j)?, value(&field, &v)?));
			}
			set.forecasts.insert(parse_account(&field, &k)?, elements);
		}
		Ok(set)
	}

	/// The set the synthesis takes: forecast elements about inferers outside the set dropped,
	/// and forecasts left empty with them (as the window's close does).
	fn active(&self) -> PayloadSet {
		let forecasts = self
			.forecasts
			.iter()
			.map(|(k, f)| {
				let kept: Vec<_> =
					f.iter().filter(|(j, _)| self.inferences.contains_key(j)).cloned().collect();
				(*k, kept)
			})
			.filter(|(_, f)| !f.is_empty())
			.collect();
		PayloadSet { inferences: self.inferences.clone(), forecasts }
	}
}

/// One compared quantity.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
	/// `combined`, `one_out_inferers[5F…]`, `confidence_interval[2]`, …
	pub quantity: String,
	/// The chain's value (`None`: the chain has none).
	pub chain: Option<Fixed>,
	/// The recomputed value (`None`: the recomputation has none).
	pub recomputed: Option<Fixed>,
}

impl Check {
	/// Whether the two agree exactly.
	pub fn matches(&self) -> bool {
		self.chain == self.recomputed
	}
}

/// The verdict on one nonce.
#[derive(Clone, Debug)]
pub struct Verdict {
	/// The topic.
	pub topic: u64,
	/// The nonce.
	pub nonce: u32,
	/// The block whose start closed the window (the inputs are read at the block before).
	pub closed_at: u64,
	/// The payloads recomputed from.
	pub payloads: PayloadSet,
	/// Every compared quantity.
	pub checks: Vec<Check>,
	/// Why the recomputation gave no result, if it did not.
	pub error: Option<String>,
	/// The block whose start closed the reputer window (`None`: still open, or not kept).
	pub losses_closed_at: Option<u64>,
}

impl Verdict {
	/// Whether every quantity matches.
	pub fn matches(&self) -> bool {
		self.checks.iter().all(Check::matches)
	}

	/// The verdict as JSON.
	pub fn to_json(&self) -> Value {
		let fx = |v: &Option<Fixed>| v.map_or(Value::Null, |v| json!(v.to_string()));
		json!({
			"topic": self.topic,
			"nonce": self.nonce,
			"closedAt": self.closed_at,
			"lossesClosedAt": self.losses_closed_at,
			"matches": self.matches(),
			"error": self.error,
			"checks": self.checks.iter().map(|c| json!({
				"quantity": c.quantity,
				"chain": fx(&c.chain),
				"recomputed": fx(&c.recomputed),
				"matches": c.matches(),
			})).collect::<Vec<_>>(),
			"payloads": self.payloads.to_json(),
		})
	}
}

/// The block whose start closed the nonce's window: the first from the window's end on whose
/// state no longer lists the nonce open.
async fn close_block(node: &Node, topic: u64, nonce: u32, window: u64) -> Result<u64, String> {
	let first = (nonce as u64).saturating_add(window).saturating_add(1);
	for b in first..first.saturating_add(CLOSE_SEARCH) {
		let at = node.at(b).await?;
		if !queries::open_nonces(&at, topic).await?.contains(&nonce) {
			return Ok(b);
		}
	}
	Err(format!("nonce {nonce}: no close found in the {CLOSE_SEARCH} blocks after its window"))
}

/// The topic's regret tables at `at`: its slots and rows, decoded as the pallet reads them.
async fn regrets(
	at: &AtBlock,
	topic: u64,
	initial: Fixed,
) -> Result<RegretTables<AccountId>, String> {
	let slots = at
		.storage()
		.entry(allora::storage().inference().regret_slots())
		.map_err(|e| e.to_string())?
		.fetch((topic,))
		.await
		.map_err(|e| format!("regret slots: {e}"))?
		.decode()
		.map_err(|e| format!("regret slots: {e}"))?;
	let slots: Vec<_> = slots.0.into_iter().map(|s| s.0).collect();
	let entry =
		at.storage().entry(allora::storage().inference().regrets()).map_err(|e| e.to_string())?;
	let mut iter = entry.iter((topic,)).await.map_err(|e| format!("regrets: {e}"))?;
	let mut rows = Vec::new();
	while let Some(kv) = iter.next().await {
		let kv = kv.map_err(|e| format!("regrets: {e}"))?;
		let (_, row) = kv.key().and_then(|k| k.decode()).map_err(|e| format!("regrets: {e}"))?;
		let stored = kv.value().decode().map_err(|e| format!("regrets: {e}"))?;
		let cells = stored.cells.0.into_iter().map(|c| c.0);
		rows.push((row.0, StoredRow { about_generation: stored.about_generation, cells }));
	}
	Ok(tables_from_storage(initial, &slots, rows))
}

/// A record's per-worker list as a map.
fn by_worker(list: &[(AccountId, Static<Fixed>)]) -> BTreeMap<AccountId, Fixed> {
	list.iter().map(|(w, v)| (*w, v.0)).collect()
}

/// The checks of one verdict, added quantity by quantity.
#[derive(Default)]
struct Checks(Vec<Check>);

type WorkerMap = BTreeMap<AccountId, Fixed>;

impl Checks {
	fn value(&mut self, quantity: &str, chain: Option<Fixed>, recomputed: Option<Fixed>) {
		self.0.push(Check { quantity: quantity.into(), chain, recomputed });
	}

	/// One check per worker either side names: `name[worker]`.
	fn per_worker(
		&mut self,
		name: &str,
		chain: Option<&WorkerMap>,
		recomputed: Option<&WorkerMap>,
	) {
		let empty = BTreeMap::new();
		let (theirs, mine) = (chain.unwrap_or(&empty), recomputed.unwrap_or(&empty));
		let keys: std::collections::BTreeSet<_> = theirs.keys().chain(mine.keys()).collect();
		for w in keys {
			self.value(&format!("{name}[{w}]"), theirs.get(w).copied(), mine.get(w).copied());
		}
	}
}

type RecordList = fn(&NetworkInferenceView) -> &Vec<(AccountId, Static<Fixed>)>;
type ResultList = fn(&NetworkInferences<AccountId>) -> &WorkerMap;

/// The chain's record and a recomputation, quantity by quantity.
fn compare(
	chain: Option<&NetworkInferenceView>,
	ours: Option<&NetworkInferences<AccountId>>,
) -> Vec<Check> {
	let mut checks = Checks::default();
	checks.value("combined", chain.map(|c| c.combined.0), ours.map(|o| o.combined));
	checks.value("naive", chain.map(|c| c.naive.0), ours.map(|o| o.naive));
	let lists: [(&str, RecordList, ResultList); 6] = [
		("forecast_implied", |c| &c.forecast_implied, |o| &o.forecast_implied),
		("one_out_inferers", |c| &c.one_out_inferers, |o| &o.one_out_inferers),
		("one_out_forecasters", |c| &c.one_out_forecasters, |o| &o.one_out_forecasters),
		("one_in_forecasters", |c| &c.one_in_forecasters, |o| &o.one_in_forecasters),
		("inferer_weights", |c| &c.inferer_weights, |o| &o.inferer_weights),
		("forecaster_weights", |c| &c.forecaster_weights, |o| &o.forecaster_weights),
	];
	for (name, theirs, mine) in lists {
		checks.per_worker(name, chain.map(|c| by_worker(theirs(c))).as_ref(), ours.map(mine));
	}
	let theirs: Vec<Fixed> =
		chain.map(|c| c.confidence_interval.iter().map(|v| v.0).collect()).unwrap_or_default();
	let mine: Vec<Fixed> = ours.map(|o| o.confidence_interval.clone()).unwrap_or_default();
	for i in 0..theirs.len().max(mine.len()) {
		checks.value(
			&format!("confidence_interval[{i}]"),
			theirs.get(i).copied(),
			mine.get(i).copied(),
		);
	}
	checks.0
}

/// A stored loss report as the synthesis crate's bundle.
fn bundle(r: &LossReport<AccountId>) -> LossBundle<AccountId> {
	LossBundle {
		combined: r.combined.0,
		naive: r.naive.0,
		inferer: by_worker(&r.inferer.0),
		forecaster: by_worker(&r.forecaster.0),
		one_out_inferer: by_worker(&r.one_out_inferer.0),
		one_out_forecaster: by_worker(&r.one_out_forecaster.0),
		one_in_forecaster: by_worker(&r.one_in_forecaster.0),
		one_out_inferer_forecaster: BTreeMap::new(),
	}
}

/// A stored loss report as the synthesis crate's bundle: its losses are compact and in the
/// order of the nonce's participants, the five lists of `participants` (any bundle of the
/// nonce, such as the chain's network losses: each list sorted by account). `None` if the
/// numbers differ.
fn stored_bundle(
	r: &StoredLossReport,
	participants: &LossBundle<AccountId>,
) -> Option<LossBundle<AccountId>> {
	let mut values = r.losses.0.iter().map(|v| Fixed::from_zigzag(v.0));
	let mut take = |list: &WorkerMap| -> Option<WorkerMap> {
		list.keys().map(|a| Some((*a, values.next()?))).collect()
	};
	let bundle = LossBundle {
		combined: Fixed::from_zigzag(r.combined.0),
		naive: Fixed::from_zigzag(r.naive.0),
		inferer: take(&participants.inferer)?,
		forecaster: take(&participants.forecaster)?,
		one_out_inferer: take(&participants.one_out_inferer)?,
		one_out_forecaster: take(&participants.one_out_forecaster)?,
		one_in_forecaster: take(&participants.one_in_forecaster)?,
		one_out_inferer_forecaster: BTreeMap::new(),
	};
	values.next().is_none().then_some(bundle)
}

/// The chain's network losses and a recomputation, quantity by quantity (`losses.…`).
fn compare_losses(
	chain: Option<&LossBundle<AccountId>>,
	ours: Option<&LossBundle<AccountId>>,
) -> Vec<Check> {
	let mut checks = Checks::default();
	checks.value("losses.combined", chain.map(|c| c.combined), ours.map(|o| o.combined));
	checks.value("losses.naive", chain.map(|c| c.naive), ours.map(|o| o.naive));
	type Field = fn(&LossBundle<AccountId>) -> &WorkerMap;
	let fields: [(&str, Field); 5] = [
		("losses.inferer", |b| &b.inferer),
		("losses.forecaster", |b| &b.forecaster),
		("losses.one_out_inferer", |b| &b.one_out_inferer),
		("losses.one_out_forecaster", |b| &b.one_out_forecaster),
		("losses.one_in_forecaster", |b| &b.one_in_forecaster),
	];
	for (name, field) in fields {
		checks.per_worker(name, chain.map(field), ours.map(field));
	}
	checks.0
}

/// The block whose start closed the nonce's reputer window, searched between the worker
/// window's close and `head` (closed): the reputer window opens with the close's last stage,
/// in the block the close started or, for a close in stages, a few blocks later.
async fn reputer_close_block(
	node: &Node,
	topic: u64,
	nonce: u32,
	from: u64,
	head: u64,
) -> Result<u64, String> {
	let open_at = |b: u64| async move {
		let at = node.at(b).await?;
		Ok::<bool, String>(
			queries::open_reputer_nonces(&at, topic).await?.iter().any(|n| n.nonce == nonce),
		)
	};
	let mut opened = from;
	while !open_at(opened).await? {
		if opened >= head || opened >= from.saturating_add(CLOSE_SEARCH) {
			return Err(format!(
				"nonce {nonce}: no reputer window opened in the {CLOSE_SEARCH} blocks from its close (block {from})"
			));
		}
		opened += 1;
	}
	let (mut open, mut closed) = (opened, head);
	while closed - open > 1 {
		let mid = open + (closed - open) / 2;
		if open_at(mid).await? {
			open = mid;
		} else {
			closed = mid;
		}
	}
	Ok(closed)
}

/// The nonce's network losses, recomputed from the scored reputers' reports and stakes at the
/// block before its reputer window closed, with the checks against the chain's; `None` while
/// the reputer window is open or once the topic no longer keeps its scores.
async fn verify_losses(
	node: &Node,
	head: &AtBlock,
	topic: u64,
	nonce: u32,
	worker_close: u64,
) -> Result<Option<(u64, Vec<Check>, Option<String>)>, String> {
	let scores =
		queries::call(head, allora::runtime_apis().reputation_api().reputer_scores(topic, nonce))
			.await?;
	let Ok(scores) = scores else { return Ok(None) };
	let chain = head
		.storage()
		.entry(allora::storage().reputation().network_losses_at())
		.map_err(|e| e.to_string())?
		.try_fetch((topic, nonce))
		.await
		.map_err(|e| format!("network losses: {e}"))?
		.map(|v| v.decode())
		.transpose()
		.map_err(|e| format!("network losses: {e}"))?
		.map(|r| bundle(&r));
	// The reports hold their losses in the participants' order: the network losses' lists.
	let participants = chain.clone().ok_or_else(|| {
		format!("nonce {nonce}: reputers were scored but no network losses are stored")
	})?;
	let closed_at =
		reputer_close_block(node, topic, nonce, worker_close, head.block_number()).await?;
	let before = node.at(closed_at - 1).await?;
	let reports = before
		.storage()
		.entry(allora::storage().reputation().loss_reports())
		.map_err(|e| e.to_string())?;
	let mut reporters: Vec<AccountId> = scores.into_iter().map(|(r, _)| r).collect();
	reporters.sort();
	let mut bundles = Vec::new();
	for r in &reporters {
		let report = reports
			.try_fetch(((topic, nonce), *r))
			.await
			.map_err(|e| format!("loss report of {r}: {e}"))?
			.ok_or_else(|| format!("{r} was scored but has no report at block {}", closed_at - 1))?
			.decode()
			.map_err(|e| format!("loss report of {r}: {e}"))?;
		let report = stored_bundle(&report, &participants)
			.ok_or_else(|| format!("loss report of {r}: not the nonce's participants"))?;
		let stake = queries::call(
			&before,
			allora::runtime_apis().reputation_api().reputer_stake(topic, *r),
		)
		.await?
		.map_err(|e| format!("stake of {r}: {e:?}"))?;
		bundles.push((stake.own.saturating_add(stake.delegated), report));
	}
	let ours = network_losses(&bundles).map_err(|e| format!("{e:?}"));
	let checks = compare_losses(chain.as_ref(), ours.as_ref().ok());
	Ok(Some((closed_at, checks, ours.err())))
}

/// Verifies one nonce as the chain keeps it at `head`; `payloads` replaces the chain's payload
/// set if given.
pub async fn verify(
	node: &Node,
	head: &AtBlock,
	topic: u64,
	nonce: u32,
	payloads: Option<PayloadSet>,
) -> Result<Verdict, String> {
	if !queries::kept_nonces(head, topic).await?.contains(&nonce) {
		return Err(format!(
			"topic {topic} nonce {nonce}: not a closed nonce the topic keeps (see `allora topic show {topic}`)"
		));
	}
	let record = queries::network_inference(head, topic, nonce).await.ok();
	let payloads = match payloads {
		Some(p) => p,
		None => queries::payloads(head, topic, nonce).await?,
	};
	let window = queries::topic(head, topic).await?.config.worker_submission_window as u64;
	let closed_at = close_block(node, topic, nonce, window).await?;
	let before = node.at(closed_at - 1).await?;
	let view = queries::topic(&before, topic).await?;
	let params = queries::call(&before, allora::runtime_apis().inference_api().params()).await?;
	let latest_loss = before
		.storage()
		.entry(allora::storage().inference().latest_network_loss())
		.map_err(|e| e.to_string())?
		.try_fetch((topic,))
		.await
		.map_err(|e| format!("latest network loss: {e}"))?
		.map(|v| v.decode().map(|f| f.0))
		.transpose()
		.map_err(|e| format!("latest network loss: {e}"))?;
	let tables = regrets(&before, topic, view.initial_regret.0).await?;
	let synthesis = SynthesisParams {
		p_norm: view.config.p_norm.0,
		c_norm: params.c_norm.0,
		epsilon: view.config.epsilon.0,
		epsilon_safe_div: params.epsilon_safe_div.0,
	};
	let active = payloads.active();
	let result = if active.inferences.is_empty() {
		Err("no inferences".to_string())
	} else {
		network_inferences(&tables, &active.inferences, &active.forecasts, latest_loss, &synthesis)
			.map_err(|e| format!("{e:?}"))
	};
	let mut checks = compare(record.as_ref(), result.as_ref().ok());
	let mut error = result.err();
	let losses = verify_losses(node, head, topic, nonce, closed_at).await?;
	let losses_closed_at = losses.as_ref().map(|(b, _, _)| *b);
	if let Some((_, more, losses_error)) = losses {
		checks.extend(more);
		error = error.or(losses_error.map(|e| format!("network losses: {e}")));
	}
	Ok(Verdict { topic, nonce, closed_at, payloads, checks, error, losses_closed_at })
}

/// The verdict as lines for a person: each quantity's value, and each mismatch with both.
pub fn render(v: &Verdict) -> String {
	let losses = match v.losses_closed_at {
		Some(b) => format!(", losses at block {b}"),
		None => ", reputer window not closed".into(),
	};
	let mut out = format!(
		"topic {} nonce {} (closed at block {}{losses}): {}\n",
		v.topic,
		v.nonce,
		v.closed_at,
		if v.matches() { "MATCH" } else { "MISMATCH" }
	);
	if let Some(e) = &v.error {
		out.push_str(&format!("  recomputation: {e}\n"));
	}
	let show = |x: &Option<Fixed>| x.map_or("none".to_string(), |v| v.to_string());
	for c in &v.checks {
		if c.matches() {
			out.push_str(&format!("  match     {} = {}\n", c.quantity, show(&c.chain)));
		} else {
			out.push_str(&format!(
				"  MISMATCH  {}: chain {}, recomputed {}\n",
				c.quantity,
				show(&c.chain),
				show(&c.recomputed)
			));
		}
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	const A: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	const B: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

	#[test]
	fn a_stored_report_reads_back_in_the_participants_order() {
		use allora::runtime_types::{
			allora_primitives::losses::CompactFixed, bounded_collections::bounded_vec::BoundedVec,
		};
		let (a, b) = (parse_account("a", A).unwrap(), parse_account("b", B).unwrap());
		let v = |s: &str| parse_value(s).unwrap();
		let participants = LossBundle {
			combined: Fixed::ZERO,
			naive: Fixed::ZERO,
			inferer: BTreeMap::from([(a, Fixed::ZERO), (b, Fixed::ZERO)]),
			forecaster: BTreeMap::from([(b, Fixed::ZERO)]),
			one_out_inferer: BTreeMap::from([(a, Fixed::ZERO), (b, Fixed::ZERO)]),
			one_out_forecaster: BTreeMap::new(),
			one_in_forecaster: BTreeMap::new(),
			one_out_inferer_forecaster: BTreeMap::new(),
		};
		let compact = |s: &str| CompactFixed(v(s).zigzag());
		let losses = ["0.5", "-1.25", "2", "0.125", "7"];
		let stored = |n: usize| StoredLossReport {
			combined: compact("0.3"),
			naive: compact("-0.4"),
			losses: BoundedVec(losses[..n].iter().map(|s| compact(s)).collect()),
		};
		let back = stored_bundle(&stored(5), &participants).unwrap();
		assert_eq!((back.combined, back.naive), (v("0.3"), v("-0.4")));
		// Accounts sorted within each list: the order the chain stores the losses in.
		let (first, second) = if a < b { (a, b) } else { (b, a) };
		assert_eq!(back.inferer, BTreeMap::from([(first, v("0.5")), (second, v("-1.25"))]));
		assert_eq!(back.forecaster, BTreeMap::from([(b, v("2"))]));
		assert_eq!(back.one_out_inferer, BTreeMap::from([(first, v("0.125")), (second, v("7"))]));
		assert!(stored_bundle(&stored(4), &participants).is_none());
		let mut long = stored(5);
		long.losses.0.push(compact("1"));
		assert!(stored_bundle(&long, &participants).is_none());
	}

	#[test]
	fn payload_sets_read_back_what_they_write() {
		let json = json!({"inferences": {A: "3001.5", B: "-2"}, "forecasts": {B: {A: "0.25"}}});
		let set = PayloadSet::from_json(&json).unwrap();
		assert_eq!(set.to_json(), json);
		let e = PayloadSet::from_json(&json!({"inferences": {A: 1.5}})).unwrap_err();
		assert!(e.starts_with(&format!("inferences.{A}")), "{e}");
		let e = PayloadSet::from_json(&json!({"forecasts": {B: {"5x": "1"}}})).unwrap_err();
		assert!(e.starts_with(&format!("forecasts.{B}.5x")), "{e}");
	}

	#[test]
	fn forecasts_about_outsiders_are_dropped_as_the_close_drops_them() {
		let set = PayloadSet::from_json(
			&json!({"inferences": {A: "1"}, "forecasts": {A: {B: "1"}, B: {A: "2", B: "3"}}}),
		)
		.unwrap();
		let active = set.active();
		assert_eq!(active.forecasts.len(), 1);
		assert_eq!(active.forecasts.values().next().unwrap().len(), 1);
	}

	#[test]
	fn any_differing_quantity_is_a_mismatch() {
		let a = parse_account("a", A).unwrap();
		let ours = NetworkInferences::<AccountId> {
			combined: Fixed::from_raw(5),
			naive: Fixed::from_raw(4),
			inferer_values: BTreeMap::new(),
			forecast_implied: BTreeMap::new(),
			one_out_inferers: [(a, Fixed::from_raw(3))].into(),
			one_out_forecasters: BTreeMap::new(),
			one_in_forecasters: BTreeMap::new(),
			inferer_weights: BTreeMap::new(),
			forecaster_weights: BTreeMap::new(),
			confidence_interval: vec![],
		};
		assert!(compare(None, Some(&ours)).iter().any(|c| !c.matches()));
		assert!(compare(None, None).iter().all(Check::matches));
	}
}
