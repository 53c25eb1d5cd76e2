//! Where a daemon's numbers come from: the model (a worker's inference and forecast) or the
//! ground truth (a reputer's), over HTTP or from a command, both answering JSON.
//!
//! **The contract.** The daemon asks once per topic and nonce:
//!
//! - HTTP: `GET <url>?topic=T&nonce=N[&worker=ADDR&inferers=A,B,…]`, answered with status 200
//!   and a JSON body;
//! - a command: run with the environment `ALLORA_TOPIC`, `ALLORA_NONCE` (and `ALLORA_WORKER`,
//!   `ALLORA_INFERERS`), it prints the JSON body on its standard output and exits with 0.
//!
//! A worker's model answers `{"inference": "3001.5", "forecast": {"5F…": "-1.25", …}}`: its
//! inference of the topic's target, and for any of the `inferers` it was given (the topic's other
//! workers) the loss it expects that inferer's inference to have, in the topic's loss domain
//! (`log10` unless the topic allows negative losses). Either may be left out, not both.
//! A ground-truth source answers `{"truth": "3001.52"}`, or `{"truth": null}` (or HTTP 404)
//! while the truth is not known yet; the reputer asks again at the next block.
//!
//! Values are decimal strings (`"3001.5"`, read exactly, at most 18 decimals); JSON numbers are
//! taken too, as the shortest decimal that reads back as the same double.

use crate::{
	amount::{parse_value, value_of_f64, DecimalError},
	config::Source,
};
use allora_synthesis::Fixed;
use serde_json::Value;
use std::{collections::BTreeMap, fmt, time::Duration};

/// How long a model or a ground-truth source may take to answer.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Why a source gave no usable answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceError {
	/// It could not be reached or run (connection refused, timeout, the program is missing,
	/// a non-zero exit, an HTTP error status).
	Unreachable(String),
	/// It answered something that is not the contract's JSON.
	BadAnswer(String),
}

impl SourceError {
	/// The metrics label: `unreachable` or `bad_answer`.
	pub fn label(&self) -> &'static str {
		match self {
			SourceError::Unreachable(_) => "unreachable",
			SourceError::BadAnswer(_) => "bad_answer",
		}
	}
}

impl fmt::Display for SourceError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			SourceError::Unreachable(e) => write!(f, "source_unreachable: {e}"),
			SourceError::BadAnswer(e) => write!(f, "source_bad_answer: {e}"),
		}
	}
}

/// An error with its causes: `error sending request: … : Connection refused`.
fn causes(e: &dyn std::error::Error) -> String {
	let mut s = e.to_string();
	let mut source = e.source();
	while let Some(inner) = source {
		s.push_str(&format!(": {inner}"));
		source = inner.source();
	}
	s
}

/// A worker's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkerAnswer {
	/// The inference, if any.
	pub inference: Option<Fixed>,
	/// `(inferer address, forecasted loss)`, as the model named them.
	pub forecast: BTreeMap<String, Fixed>,
}

/// The query of one ask: `(name, value)` pairs (URL query, or `ALLORA_<NAME>` variables).
pub type Query = Vec<(&'static str, String)>;

/// Asks `source` and returns its JSON (`None`: HTTP 404, "not known yet").
pub async fn ask(
	http: &reqwest::Client,
	source: &Source,
	query: &Query,
) -> Result<Option<Value>, SourceError> {
	let text = match source {
		Source::Http(url) => {
			let response =
				http.get(url).query(query).timeout(TIMEOUT).send().await.map_err(|e| {
					SourceError::Unreachable(format!("{url}: {}", causes(&e.without_url())))
				})?;
			if response.status() == reqwest::StatusCode::NOT_FOUND {
				return Ok(None);
			}
			if !response.status().is_success() {
				return Err(SourceError::Unreachable(format!("{url}: HTTP {}", response.status())));
			}
			response.text().await.map_err(|e| SourceError::Unreachable(format!("{url}: {e}")))?
		},
		Source::Command(argv) => {
			let Some((program, args)) = argv.split_first() else {
				return Err(SourceError::Unreachable("the command names no program".into()));
			};
			let mut cmd = tokio::process::Command::new(program);
			cmd.args(args).kill_on_drop(true).stdin(std::process::Stdio::null());
			for (k, v) in query {
				cmd.env(format!("ALLORA_{}", k.to_ascii_uppercase()), v);
			}
			let out = tokio::time::timeout(TIMEOUT, cmd.output())
				.await
				.map_err(|_| {
					SourceError::Unreachable(format!("{program}: no answer in {TIMEOUT:?}"))
				})?
				.map_err(|e| SourceError::Unreachable(format!("{program}: {e}")))?;
			if !out.status.success() {
				let stderr = String::from_utf8_lossy(&out.stderr);
				return Err(SourceError::Unreachable(format!(
					"{program} exited with {}: {}",
					out.status,
					stderr.trim()
				)));
			}
			String::from_utf8_lossy(&out.stdout).into_owned()
		},
	};
	serde_json::from_str(&text)
		.map(Some)
		.map_err(|e| SourceError::BadAnswer(format!("not JSON ({e}): {:.200}", text.trim())))
}

/// A JSON value (a decimal string or a number) as a fixed-point value; `field` names it.
fn value(field: &str, v: &Value) -> Result<Fixed, SourceError> {
	let bad = |e: DecimalError| SourceError::BadAnswer(format!("{field}: {e}"));
	match v {
		Value::String(s) => parse_value(s).map_err(bad),
		Value::Number(n) => value_of_f64(n.as_f64().unwrap_or(f64::NAN)).map_err(bad),
		other => Err(SourceError::BadAnswer(format!("{field}: {other} is not a decimal string"))),
	}
}

/// A worker model's JSON as its answer.
pub fn worker_answer(json: &Value) -> Result<WorkerAnswer, SourceError> {
	let obj = json
		.as_object()
		.ok_or_else(|| SourceError::BadAnswer(format!("{json:.200} is not a JSON object")))?;
	if let Some(k) = obj.keys().find(|k| *k != "inference" && *k != "forecast") {
		return Err(SourceError::BadAnswer(format!("unknown field {k:?}")));
	}
	let inference = match obj.get("inference") {
		None | Some(Value::Null) => None,
		Some(v) => Some(value("inference", v)?),
	};
	let mut forecast = BTreeMap::new();
	match obj.get("forecast") {
		None | Some(Value::Null) => {},
		Some(Value::Object(m)) => {
			for (who, v) in m {
				forecast.insert(who.clone(), value(&format!("forecast.{who}"), v)?);
			}
		},
		Some(other) => {
			return Err(SourceError::BadAnswer(format!(
				"forecast: {other:.100} is not an object of address: loss"
			)))
		},
	}
	if inference.is_none() && forecast.is_empty() {
		return Err(SourceError::BadAnswer("neither an inference nor a forecast".into()));
	}
	Ok(WorkerAnswer { inference, forecast })
}

/// A ground-truth source's JSON as the truth (`None`: not known yet).
pub fn truth(json: &Value) -> Result<Option<f64>, SourceError> {
	match json.get("truth") {
		None => Err(SourceError::BadAnswer(format!("{json:.200} has no \"truth\" field"))),
		Some(Value::Null) => Ok(None),
		Some(v) => {
			let fixed = value("truth", v)?;
			Ok(Some(crate::amount::to_f64(fixed)))
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn worker_answers_read_exactly() {
		let a =
			worker_answer(&json!({"inference": "3001.5", "forecast": {"5F": "-1.25"}})).unwrap();
		assert_eq!(a.inference, Some(parse_value("3001.5").unwrap()));
		assert_eq!(a.forecast["5F"], parse_value("-1.25").unwrap());
		let a = worker_answer(&json!({"inference": 0.1})).unwrap();
		assert_eq!(a.inference, Some(parse_value("0.1").unwrap()));
		assert!(a.forecast.is_empty());
	}

	#[test]
	fn bad_worker_answers_name_the_field() {
		let cases = [
			(json!({}), "neither"),
			(json!([1]), "not a JSON object"),
			(json!({"inference": "1e3"}), "inference: \"1e3\": scientific"),
			(json!({"inference": true}), "inference: true"),
			(json!({"forecast": {"5F": "0.1234567890123456789"}}), "forecast.5F"),
			(json!({"forecast": [1]}), "forecast:"),
			(json!({"inferense": "1"}), "unknown field \"inferense\""),
		];
		for (j, want) in cases {
			let e = worker_answer(&j).unwrap_err().to_string();
			assert!(e.contains(want), "{j}: {e}");
		}
	}

	#[test]
	fn the_truth_may_be_not_known_yet() {
		assert_eq!(truth(&json!({"truth": "2.5"})).unwrap(), Some(2.5));
		assert_eq!(truth(&json!({"truth": null})).unwrap(), None);
		assert!(truth(&json!({"value": 1})).unwrap_err().to_string().contains("\"truth\""));
	}

	#[tokio::test]
	async fn commands_get_the_query_in_their_environment_and_failures_are_named() {
		let http = reqwest::Client::new();
		let echo = Source::Command(vec![
			"sh".into(),
			"-c".into(),
			r#"printf '{"inference": "%s.5"}' "$ALLORA_NONCE""#.into(),
		]);
		let got = ask(&http, &echo, &vec![("nonce", "42".into())]).await.unwrap().unwrap();
		assert_eq!(worker_answer(&got).unwrap().inference, Some(parse_value("42.5").unwrap()));
		let failing =
			Source::Command(vec!["sh".into(), "-c".into(), "echo boom >&2; exit 3".into()]);
		let e = ask(&http, &failing, &vec![]).await.unwrap_err();
		assert!(matches!(&e, SourceError::Unreachable(m) if m.contains("boom")), "{e}");
		let dead = Source::Http("http://127.0.0.1:9/model".into());
		let e = ask(&http, &dead, &vec![]).await.unwrap_err();
		assert_eq!(e.label(), "unreachable", "{e}");
	}
}
