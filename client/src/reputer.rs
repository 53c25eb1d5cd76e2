//! `allora reputer`: at every block, for each configured topic, the open reputer nonces whose
//! window takes reports at the next block, oldest first: the ground truth of the nonce from the
//! source, every value the chain recorded for the nonce (its network inference, naive inference,
//! each inference, forecast-implied, one-out and one-in inference), each one's loss by the
//! topic's loss method, in the topic's loss domain, sent as one report.
//!
//! On a commit–reveal topic the report is computed in the window's commit phase, kept on disk
//! with a fresh salt ([`crate::commit_reveal`]) and committed; in the reveal phase the kept
//! report is revealed (after a restart too).

use crate::{
	amount::{to_f64, value_of_f64},
	chain::{allora, fx, AccountId, AtBlock, Static},
	commit_reveal::{self, Phase, ReputerPayload, Values},
	config::TopicConfig,
	daemon::{Context, Role},
	loss::{reported, LossMethod, LossSettings},
	node::Node,
	queries,
	source::{self, Query},
};
use allora::runtime_types::{
	allora_primitives::losses::LossReport, bounded_collections::bounded_vec::BoundedVec,
};
use allora_synthesis::Fixed;

/// The reputer role.
#[derive(Default)]
pub struct Reputer;

/// Every loss of a nonce's report: each value the chain recorded against `truth`.
pub fn report(
	method: LossMethod,
	allow_negative: bool,
	truth: f64,
	view: &queries::NetworkInferenceView,
	payloads: &queries::PayloadSet,
) -> Result<LossReport<AccountId>, String> {
	let loss = |v: Fixed| -> Result<Static<Fixed>, String> {
		let l = reported(method.loss(truth, to_f64(v)), allow_negative);
		value_of_f64(l).map(fx).map_err(|e| format!("a loss: {e}"))
	};
	let list = |l: &[(AccountId, Static<Fixed>)]| -> Result<_, String> {
		l.iter()
			.map(|(w, v)| Ok((*w, loss(v.0)?)))
			.collect::<Result<Vec<_>, String>>()
			.map(BoundedVec)
	};
	let inferences: Vec<_> = payloads.inferences.iter().map(|(w, v)| (*w, fx(*v))).collect();
	Ok(LossReport {
		combined: loss(view.combined.0)?,
		naive: loss(view.naive.0)?,
		inferer: list(&inferences)?,
		forecaster: list(&view.forecast_implied)?,
		one_out_inferer: list(&view.one_out_inferers)?,
		one_out_forecaster: list(&view.one_out_forecasters)?,
		one_in_forecaster: list(&view.one_in_forecasters)?,
	})
}

impl Role for Reputer {
	async fn step(
		&mut self,
		cx: &mut Context,
		node: &Node,
		at: &AtBlock,
		t: &TopicConfig,
	) -> Result<(), String> {
		let next = at.block_number().saturating_add(1);
		let topic = queries::topic(at, t.id).await?;
		let method_name = String::from_utf8_lossy(&topic.config.loss_method.0).into_owned();
		let settings = LossSettings { delta: t.delta, std: t.std, mean: t.mean };
		let method = LossMethod::from_topic(&method_name, settings)
			.map_err(|e| format!("topic {}: loss method {method_name:?}: {e}", t.id))?;
		let reveal = topic.config.commit_reveal.as_ref().map(|p| p.reputer as u64);
		let opened = queries::open_reputer_nonces(at, t.id).await?;
		cx.keep_open(t.id, &opened.iter().map(|n| n.nonce).collect::<Vec<_>>());
		for open in opened {
			let nonce = open.nonce;
			if cx.done.contains(&(t.id, nonce))
				|| next < open.opens_at as u64
				|| next >= open.closes_at as u64
			{
				continue;
			}
			if queries::has_reported(at, t.id, nonce, &cx.me).await? {
				cx.done.insert((t.id, nonce));
				cx.kept.remove(t.id, nonce);
				continue;
			}
			let (first, last) = (open.opens_at as u64, open.closes_at as u64 - 1);
			let phase = reveal.map(|r| commit_reveal::phase(first, last, r, next));
			match phase {
				Some(Phase::Reveal) => {
					let committed = open.committed.contains(&cx.me);
					let call = |report, salt| {
						allora::transactions().reputation().reveal_reputer_payload(
							t.id,
							nonce,
							report_of(report),
							salt,
						)
					};
					cx.reveal(node, t.id, nonce, committed, call).await;
					continue;
				},
				Some(Phase::Commit) if open.committed.contains(&cx.me) => continue,
				_ => {},
			}
			let query: Query = vec![("topic", t.id.to_string()), ("nonce", nonce.to_string())];
			let truth = match source::ask(&cx.http, &t.source, &query)
				.await
				.and_then(|json| json.as_ref().map(source::truth).transpose().map(Option::flatten))
			{
				Ok(Some(truth)) => truth,
				Ok(None) => {
					tracing::debug!(target: "allora", "truth_unknown topic={} nonce={nonce}", t.id);
					continue;
				},
				Err(e) => {
					cx.source_failed(t.id, nonce, &e);
					continue;
				},
			};
			let view = queries::network_inference(at, t.id, nonce).await?;
			let payloads = queries::payloads(at, t.id, nonce).await?;
			let report = report(method, topic.config.allow_negative, truth, &view, &payloads)?;
			if phase == Some(Phase::Commit) {
				let call = |hash| {
					allora::transactions().reputation().commit_reputer_payload(t.id, nonce, hash)
				};
				cx.commit(node, t.id, nonce, &payload_of(&report), call).await?;
				continue;
			}
			let call =
				allora::transactions().reputation().submit_reputer_payload(t.id, nonce, report);
			cx.send(node, t.id, nonce, &call).await;
		}
		Ok(())
	}
}

/// A report as plain values (the same SCALE bytes).
fn payload_of(r: &LossReport<AccountId>) -> ReputerPayload {
	let values = |l: &BoundedVec<(AccountId, Static<Fixed>)>| -> Values {
		l.0.iter().map(|(w, v)| (w.0, v.0)).collect()
	};
	(
		r.combined.0,
		r.naive.0,
		values(&r.inferer),
		values(&r.forecaster),
		values(&r.one_out_inferer),
		values(&r.one_out_forecaster),
		values(&r.one_in_forecaster),
	)
}

/// The report of plain values.
fn report_of(p: ReputerPayload) -> LossReport<AccountId> {
	let list =
		|l: Values| BoundedVec(l.into_iter().map(|(w, v)| (AccountId::from(w), fx(v))).collect());
	let (
		combined,
		naive,
		inferer,
		forecaster,
		one_out_inferer,
		one_out_forecaster,
		one_in_forecaster,
	) = p;
	LossReport {
		combined: fx(combined),
		naive: fx(naive),
		inferer: list(inferer),
		forecaster: list(forecaster),
		one_out_inferer: list(one_out_inferer),
		one_out_forecaster: list(one_out_forecaster),
		one_in_forecaster: list(one_in_forecaster),
	}
}
