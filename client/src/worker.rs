//! `allora worker`: at every block, for each configured topic, every open worker nonce this
//! worker has not answered yet (the chain's payloads are the record, so a restart never sends
//! twice) is put to the model, and its answer is sent as one payload, while the nonce's window
//! still has a block to take it.

use crate::{
	chain::{allora, fx, AtBlock},
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
				continue;
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
