//! The daemons' Prometheus metrics, served in the text format on the config's `metrics`
//! address (any path answers them):
//!
//! | metric | labels | what it counts |
//! |---|---|---|
//! | `allora_submissions_total` | `role`, `topic` | payloads and reports the chain took |
//! | `allora_refusals_total` | `role`, `error` | transactions refused (`inference.AlreadySubmitted`, …, or `transient`) |
//! | `allora_inclusion_seconds` | `role` | from sending a transaction to seeing it in a block |
//! | `allora_source_errors_total` | `role`, `topic`, `kind` | model or ground-truth failures (`unreachable`, `bad_answer`) |
//! | `allora_node_reconnects_total` | | times the node was lost and reached again |
//! | `allora_best_block` | | the best block the daemon last saw |

use prometheus::{
	Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
	Registry, TextEncoder,
};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The daemon's metrics.
#[derive(Clone)]
pub struct Metrics {
	registry: Registry,
	/// Payloads and reports the chain took.
	pub submissions: IntCounterVec,
	/// Transactions refused, by pallet error.
	pub refusals: IntCounterVec,
	/// Seconds from sending to inclusion.
	pub inclusion: HistogramVec,
	/// Model and ground-truth failures.
	pub source_errors: IntCounterVec,
	/// Reconnections to the node.
	pub reconnects: IntCounter,
	/// The best block last seen.
	pub best_block: IntGauge,
}

impl Default for Metrics {
	fn default() -> Self {
		Self::new()
	}
}

impl Metrics {
	/// Fresh metrics in their own registry.
	pub fn new() -> Metrics {
		let registry = Registry::new();
		let counter = |name: &str, help: &str, labels: &[&str]| {
			let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
			registry.register(Box::new(c.clone())).expect("registered once");
			c
		};
		let submissions = counter(
			"allora_submissions_total",
			"Payloads and reports the chain took.",
			&["role", "topic"],
		);
		let refusals = counter(
			"allora_refusals_total",
			"Transactions refused, by the pallet error (or transient).",
			&["role", "error"],
		);
		let source_errors = counter(
			"allora_source_errors_total",
			"Model or ground-truth source failures.",
			&["role", "topic", "kind"],
		);
		let inclusion = HistogramVec::new(
			HistogramOpts::new(
				"allora_inclusion_seconds",
				"Seconds from sending a transaction to seeing it in a block.",
			)
			.buckets(vec![0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0]),
			&["role"],
		)
		.expect("valid metric");
		registry.register(Box::new(inclusion.clone())).expect("registered once");
		let reconnects = IntCounter::new(
			"allora_node_reconnects_total",
			"Times the node was lost and reached again.",
		)
		.expect("valid metric");
		registry.register(Box::new(reconnects.clone())).expect("registered once");
		let best_block =
			IntGauge::new("allora_best_block", "The best block last seen.").expect("valid metric");
		registry.register(Box::new(best_block.clone())).expect("registered once");
		Metrics {
			registry,
			submissions,
			refusals,
			inclusion,
			source_errors,
			reconnects,
			best_block,
		}
	}

	/// The inclusion-time histogram of a role.
	pub fn inclusion_of(&self, role: &str) -> Histogram {
		self.inclusion.with_label_values(&[role])
	}

	/// Every metric in the Prometheus text format.
	pub fn render(&self) -> String {
		let mut out = Vec::new();
		// Encoding into a Vec cannot fail.
		let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
		String::from_utf8_lossy(&out).into_owned()
	}

	/// Serves the metrics on `addr` until the process ends; fails if it cannot listen there.
	pub async fn serve(&self, addr: SocketAddr) -> Result<(), String> {
		let listener = tokio::net::TcpListener::bind(addr)
			.await
			.map_err(|e| format!("metrics: cannot listen on {addr}: {e}"))?;
		let metrics = self.clone();
		tokio::spawn(async move {
			loop {
				let Ok((mut stream, _)) = listener.accept().await else {
					// Out of file descriptors, say: wait instead of spinning.
					tokio::time::sleep(std::time::Duration::from_millis(100)).await;
					continue;
				};
				let metrics = metrics.clone();
				tokio::spawn(async move {
					// The request itself does not matter: read what came, answer the metrics.
					let mut buf = [0u8; 2048];
					let _ = stream.read(&mut buf).await;
					let body = metrics.render();
					let head = format!(
						"HTTP/1.1 200 OK\r\ncontent-type: text/plain; version=0.0.4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
						body.len()
					);
					let _ = stream.write_all(head.as_bytes()).await;
					let _ = stream.write_all(body.as_bytes()).await;
				});
			}
		});
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[tokio::test]
	async fn metrics_are_served_in_the_text_format() {
		let m = Metrics::new();
		m.submissions.with_label_values(&["worker", "1"]).inc();
		m.refusals.with_label_values(&["worker", "inference.AlreadySubmitted"]).inc();
		let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
		let addr = probe.local_addr().unwrap();
		drop(probe);
		m.serve(addr).await.unwrap();
		let body =
			reqwest::get(format!("http://{addr}/metrics")).await.unwrap().text().await.unwrap();
		assert!(body.contains("allora_submissions_total{role=\"worker\",topic=\"1\"} 1"), "{body}");
		assert!(body.contains("error=\"inference.AlreadySubmitted\""), "{body}");
		assert!(m.serve(addr).await.unwrap_err().starts_with("metrics: cannot listen"));
	}
}
