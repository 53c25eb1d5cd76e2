//! The vector files: lists of epochs, each a map from column name to a decimal string.

use allora_synthesis::Fixed;
use serde_json::Value;
use std::{collections::BTreeMap, path::Path};

/// One epoch of a table: column → value string.
pub type Row = BTreeMap<String, String>;

/// One table: epoch → row.
pub type Table = BTreeMap<i64, Row>;

/// The vector directory's tables that are present.
#[derive(Clone, Debug, Default)]
pub struct Vectors {
	/// `inference_synthesis.json`.
	pub inference_synthesis: Table,
	/// `sortition.json`, if present.
	pub sortition: Option<Table>,
	/// `tokenomics.json`, if present.
	pub tokenomics: Option<Table>,
	/// `rewards_goldens.json`, from the vector directory or its parent (the shared layout is
	/// `testdata/rewards_goldens.json` beside `testdata/vectors/`); `None` if neither has it.
	pub rewards_goldens: Option<Value>,
}

fn load_table(path: &Path) -> Result<Table, String> {
	let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
	let json: Value =
		serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
	let rows =
		json.as_array().ok_or_else(|| format!("{}: not a list of epochs", path.display()))?;
	let mut table = Table::new();
	for row in rows {
		let obj = row
			.as_object()
			.ok_or_else(|| format!("{}: an epoch is not an object", path.display()))?;
		let epoch = obj
			.get("__epoch__")
			.and_then(|e| e.as_i64().or_else(|| e.as_str().and_then(|s| s.parse().ok())))
			.ok_or_else(|| format!("{}: an epoch has no __epoch__", path.display()))?;
		let cells = obj
			.iter()
			.filter(|(k, _)| k.as_str() != "__epoch__")
			.map(|(k, v)| {
				(k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
			})
			.collect();
		table.insert(epoch, cells);
	}
	Ok(table)
}

impl Vectors {
	/// Loads the tables of `dir`; `inference_synthesis.json` is required.
	pub fn load(dir: &Path) -> Result<Self, String> {
		let goldens = [dir.join("rewards_goldens.json"), dir.join("../rewards_goldens.json")]
			.into_iter()
			.find(|p| p.exists());
		let rewards_goldens = match goldens {
			Some(path) => {
				let text = std::fs::read_to_string(&path)
					.map_err(|e| format!("{}: {e}", path.display()))?;
				Some(serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?)
			},
			None => None,
		};
		let optional = |name: &str| -> Result<Option<Table>, String> {
			let path = dir.join(name);
			if path.exists() {
				load_table(&path).map(Some)
			} else {
				Ok(None)
			}
		};
		Ok(Vectors {
			inference_synthesis: load_table(&dir.join("inference_synthesis.json"))?,
			sortition: optional("sortition.json")?,
			tokenomics: optional("tokenomics.json")?,
			rewards_goldens,
		})
	}
}

/// A cell of a row as a string, or an error naming it.
pub fn cell<'a>(row: &'a Row, column: &str) -> Result<&'a str, String> {
	row.get(column).map(String::as_str).ok_or_else(|| format!("missing column {column}"))
}

/// A cell as a [`Fixed`] (digits beyond the 18th are truncated).
pub fn fixed(row: &Row, column: &str) -> Result<Fixed, String> {
	let s = cell(row, column)?;
	Fixed::parse_decimal(s, true).map_err(|e| format!("column {column}: {s:?}: {e:?}"))
}
