//! `allora worker`: at every block, for each configured topic, every open worker nonce this
//! worker has not answered yet (the chain's payloads are the record, so a restart never sends
//! twice) is put to the model, and its answer is sent as one payload, while the nonce's window
//! still has a block to take it.
//!
//! On a commit–reveal topic the answer is asked for in the window's commit phase, kept on disk
//! with a fresh salt ([`crate::commit_reveal`]) and committed; in the reveal phase the kept
//! payload is revealed (after a restart too: the chain's commitments and the file are the
//! record).

use crate::{
	chain::{allora, fx, AccountId, AtBlock},
	commit_reveal::{self, Phase, WorkerPayload},
	config::TopicConfig,
	daemon::{Context, Role},
	node::Node,
	queries,
	signer::parse_account,
	source::{self, Query},
};
use allora::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec, pallet_inference::types::ForecastElement,
};

/// The worker role.
#[derive(Default)]
pub struct Worker;

impl Role for Worker {
	async fn step(
		&mut self,
		cx: &mut Context,
		node: &Node,
		at: &AtBlock,
		t: &TopicConfig,
	) -> Result<(), String> {
		let next = at.block_number().saturating_add(1);
		let topic = queries::topic(at, t.id).await?;
		let window = topic.config.worker_submission_window as u64;
		let reveal = topic.config.commit_reveal.as_ref().map(|p| p.worker as u64);
		let open = queries::open_nonces(at, t.id).await?;
		cx.keep_open(t.id, &open);
		for nonce in open {
			// Accepted in blocks nonce + 1 ..= nonce + window.
			let n = nonce as u64;
			if cx.done.contains(&(t.id, nonce)) || next <= n || next > n + window {
				continue;
			}
			let payloads = queries::payloads(at, t.id, nonce).await?;
			if payloads.inferences.contains_key(&cx.me) || payloads.forecasts.contains_key(&cx.me) {
				cx.done.insert((t.id, nonce));
				cx.kept.remove(t.id, nonce);
				continue;
			}
			let phase = reveal.map(|r| commit_reveal::phase(n + 1, n + window, r, next));
			let committed = match phase {
				Some(_) => queries::worker_committed(at, t.id, nonce, &cx.me).await?,
				None => false,
			};
			match phase {
				Some(Phase::Reveal) => {
					let call = |(inference, forecast): WorkerPayload, salt| {
						let forecast = forecast.map(|f| {
							BoundedVec(
								f.into_iter()
									.map(|(inferer, value)| ForecastElement {
										inferer: AccountId(inferer),
										value: fx(value),
									})
									.collect(),
							)
						});
						allora::transactions().inference().reveal_worker_payload(
							t.id,
							nonce,
							inference.map(fx),
							forecast,
							salt,
						)
					};
					cx.reveal(node, t.id, nonce, committed, call).await;
					continue;
				},
				// Committed: its reveal phase is to come.
				Some(Phase::Commit) if committed => continue,
				_ => {},
			}
			let inferers: Vec<_> =
				queries::workers(at, t.id).await?.into_iter().filter(|w| *w != cx.me).collect();
			let query: Query = vec![
				("topic", t.id.to_string()),
				("nonce", nonce.to_string()),
				("worker", cx.me.to_string()),
				("inferers", inferers.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(",")),
			];
			let answer =
				match source::ask(&cx.http, &t.source, &query).await.and_then(|json| match json {
					Some(json) => source::worker_answer(&json),
					None => Err(source::SourceError::BadAnswer("HTTP 404".into())),
				}) {
					Ok(a) => a,
					Err(e) => {
						cx.source_failed(t.id, nonce, &e);
						continue;
					},
				};
			let mut forecast = Vec::new();
			for (who, value) in &answer.forecast {
				match parse_account(&format!("forecast.{who}"), who) {
					Ok(a) if inferers.contains(&a) => {
						forecast.push(ForecastElement { inferer: a, value: fx(*value) })
					},
					Ok(_) => tracing::warn!(target: "allora",
						"forecast_dropped topic={} nonce={nonce}: {who} is not another worker of the topic", t.id),
					Err(e) => {
						tracing::warn!(target: "allora", "forecast_dropped topic={} nonce={nonce}: {e}", t.id)
					},
				}
			}
			if answer.inference.is_none() && forecast.is_empty() {
				cx.source_failed(
					t.id,
					nonce,
					&source::SourceError::BadAnswer("nothing left to send".into()),
				);
				continue;
			}
			if phase == Some(Phase::Commit) {
				let payload: WorkerPayload = (
					answer.inference.map(fx).map(|v| v.0),
					(!forecast.is_empty())
						.then(|| forecast.iter().map(|e| (e.inferer.0, e.value.0)).collect()),
				);
				let call = |hash| {
					allora::transactions().inference().commit_worker_payload(t.id, nonce, hash)
				};
				cx.commit(node, t.id, nonce, &payload, call).await?;
				continue;
			}
			let call = allora::transactions().inference().submit_worker_payload(
				t.id,
				nonce,
				answer.inference.map(fx),
				(!forecast.is_empty()).then_some(BoundedVec(forecast)),
			);
			cx.send(node, t.id, nonce, &call).await;
		}
		Ok(())
	}
}
