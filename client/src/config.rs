//! The daemons' config files (TOML): where the node is, who signs, and per topic where the
//! model (a worker) or the ground truth (a reputer) comes from. Every problem is reported with
//! the field it is in: `topic[1].model: ...`.
//!
//! ```toml
//! node = "ws://127.0.0.1:9944"     # the node's RPC
//! signer = "//Alice"               # a secret URI: a dev seed, a mnemonic, or 0x-hex seed
//! metrics = "127.0.0.1:9616"       # optional: Prometheus metrics on this address
//! state = "/var/lib/allora"         # optional: where commit–reveal payloads wait for their
//!                                   # reveal (default $XDG_STATE_HOME/allora or ~/.local/state/allora)
//!
//! [[topic]]
//! id = 1
//! source = { http = "http://127.0.0.1:8000/inference/1" }   # or { command = ["python3", "model.py"] }
//! ```
//!
//! A reputer's topic may set its loss method's settings: `delta` (huber), `std` and `mean`
//! (ztae).

use serde::Deserialize;
use std::{
	collections::BTreeSet,
	fmt,
	net::SocketAddr,
	path::{Path, PathBuf},
};

/// Where a topic's numbers come from: the model's inference and forecast for a worker, the
/// ground truth for a reputer.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Source {
	/// `GET` this URL (with `topic` and `nonce` as query parameters); the answer is JSON.
	Http(String),
	/// Run this program with its arguments (`topic` and `nonce` as the environment variables
	/// `ALLORA_TOPIC` and `ALLORA_NONCE`); it prints JSON.
	Command(Vec<String>),
}

/// One topic a daemon serves.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicConfig {
	/// The topic's id.
	pub id: u64,
	/// Where the numbers come from.
	pub source: Source,
	/// Huber's threshold (reputers of a `huber` topic; default 1).
	pub delta: Option<f64>,
	/// The target's standard deviation (reputers of a `ztae` topic; required there).
	pub std: Option<f64>,
	/// The target's mean (reputers of a `ztae` topic; default 0).
	pub mean: Option<f64>,
}

/// A daemon's config file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The node's WebSocket RPC address.
	pub node: String,
	/// The signer's secret URI (`//Alice`, a mnemonic, `0x…` seed), or `file:PATH` to read it
	/// from a file (kept out of the config).
	pub signer: String,
	/// Where to serve Prometheus metrics (none if unset).
	pub metrics: Option<SocketAddr>,
	/// Where payloads committed on commit–reveal topics are kept until their reveal
	/// ([`Config::state_dir`] when unset).
	pub state: Option<PathBuf>,
	/// The topics served.
	#[serde(rename = "topic")]
	pub topics: Vec<TopicConfig>,
}

/// A config that cannot be used: the field and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
	/// Where: `node`, `topic[0].source`, or the file.
	pub field: String,
	/// What is wrong.
	pub problem: String,
}

impl fmt::Display for ConfigError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}: {}", self.field, self.problem)
	}
}

impl std::error::Error for ConfigError {}

fn error(field: impl Into<String>, problem: impl Into<String>) -> ConfigError {
	ConfigError { field: field.into(), problem: problem.into() }
}

impl Config {
	/// Reads and checks a config file.
	pub fn load(path: &Path) -> Result<Config, ConfigError> {
		let text = std::fs::read_to_string(path)
			.map_err(|e| error(path.display().to_string(), format!("cannot read it: {e}")))?;
		Config::parse(&text)
	}

	/// Parses and checks a config's text.
	pub fn parse(text: &str) -> Result<Config, ConfigError> {
		let config: Config = toml::from_str(text).map_err(|e| {
			let span = e.span().map(|s| line_of(text, s.start));
			let field = span.map_or("config".to_string(), |l| format!("line {l}"));
			error(field, e.message().to_string())
		})?;
		config.check()?;
		Ok(config)
	}

	/// The state directory: `state`, else `$XDG_STATE_HOME/allora`, else
	/// `$HOME/.local/state/allora`, else `./allora-state`.
	pub fn state_dir(&self) -> PathBuf {
		if let Some(dir) = &self.state {
			return dir.clone();
		}
		let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
		env("XDG_STATE_HOME")
			.or_else(|| env("HOME").map(|h| h.join(".local/state")))
			.map_or_else(|| PathBuf::from("allora-state"), |d| d.join("allora"))
	}

	fn check(&self) -> Result<(), ConfigError> {
		if !(self.node.starts_with("ws://") || self.node.starts_with("wss://")) {
			return Err(error("node", format!("{:?} is not a ws:// or wss:// address", self.node)));
		}
		if self.signer.trim().is_empty() {
			return Err(error("signer", "a secret URI or file:PATH is required"));
		}
		if self.topics.is_empty() {
			return Err(error("topic", "at least one [[topic]] is required"));
		}
		let mut seen = BTreeSet::new();
		for (i, t) in self.topics.iter().enumerate() {
			let at = |what: &str| format!("topic[{i}].{what}");
			if !seen.insert(t.id) {
				return Err(error(at("id"), format!("topic {} is listed twice", t.id)));
			}
			match &t.source {
				Source::Http(url)
					if !(url.starts_with("http://") || url.starts_with("https://")) =>
				{
					return Err(error(at("source"), format!("{url:?} is not an http(s) URL")))
				},
				Source::Command(argv) if argv.first().is_none_or(|p| p.trim().is_empty()) => {
					return Err(error(at("source"), "the command names no program"))
				},
				_ => {},
			}
			for (name, v) in [("delta", t.delta), ("std", t.std)] {
				if let Some(v) = v {
					if !(v > 0.0 && v.is_finite()) {
						return Err(error(at(name), format!("must be positive, got {v}")));
					}
				}
			}
			if let Some(m) = t.mean {
				if !m.is_finite() {
					return Err(error(at("mean"), format!("must be a number, got {m}")));
				}
			}
		}
		Ok(())
	}
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
	text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
	use super::*;

	const GOOD: &str = r#"
node = "ws://127.0.0.1:9944"
signer = "//Alice"
metrics = "127.0.0.1:9616"

[[topic]]
id = 1
source = { http = "http://127.0.0.1:8000/inference" }

[[topic]]
id = 2
source = { command = ["python3", "model.py"] }
std = 0.02
"#;

	#[test]
	fn a_good_config_reads_whole() {
		let c = Config::parse(GOOD).unwrap();
		assert_eq!(c.topics.len(), 2);
		assert_eq!(c.topics[1].source, Source::Command(vec!["python3".into(), "model.py".into()]));
		assert_eq!(c.topics[1].std, Some(0.02));
		assert_eq!(c.metrics, Some("127.0.0.1:9616".parse().unwrap()));
		assert_eq!(c.state, None);
		let c = Config::parse(&GOOD.replace("metrics =", "state = \"/srv/allora\"\nmetrics ="))
			.unwrap();
		assert_eq!(c.state_dir(), PathBuf::from("/srv/allora"));
	}

	#[test]
	fn each_bad_field_is_named() {
		let cases = [
			(GOOD.replace("ws://127.0.0.1:9944", "http://x"), "node"),
			(GOOD.replace("\"//Alice\"", "\" \""), "signer"),
			(GOOD.replace("id = 2", "id = 1"), "topic[1].id"),
			(GOOD.replace("http://127.0.0.1:8000/inference", "ftp://x"), "topic[0].source"),
			(GOOD.replace("[\"python3\", \"model.py\"]", "[]"), "topic[1].source"),
			(GOOD.replace("std = 0.02", "std = -1.0"), "topic[1].std"),
			(GOOD.replace("std = 0.02", "delta = 0.0"), "topic[1].delta"),
		];
		for (text, field) in cases {
			let e = Config::parse(&text).unwrap_err();
			assert_eq!(e.field, field, "{e}");
		}
	}

	#[test]
	fn syntax_errors_and_unknown_fields_say_where() {
		let e = Config::parse(&GOOD.replace("std = 0.02", "sdt = 0.02")).unwrap_err();
		assert_eq!(e.field, "line 13", "{e}");
		assert!(e.problem.contains("sdt"), "{e}");
		let e =
			Config::parse(&GOOD.replace("metrics = \"127.0.0.1:9616\"", "metrics = \"nowhere\""))
				.unwrap_err();
		assert_eq!(e.field, "line 4", "{e}");
		let e = Config::parse("node = \"ws://x\"\nsigner = \"//Bob\"\n").unwrap_err();
		assert!(e.problem.contains("topic"), "{e}");
	}
}
