//! The outcome of a conformance run: per quantity, how many checks and the worst error.

use std::{collections::BTreeMap, fmt};

/// One comparison's provenance: the vector file, epoch and column of the expected value (for
/// the perturbation test), or none for hard-coded reference values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
	/// The vector file, without `.json`.
	pub table: &'static str,
	/// The epoch (`__epoch__`).
	pub epoch: i64,
	/// The column name.
	pub column: String,
}

/// One failed or passed comparison.
#[derive(Clone, Debug)]
pub struct Check {
	/// The quantity, e.g. `combined`.
	pub quantity: String,
	/// A label for the instance, e.g. `epoch 302`.
	pub label: String,
	/// What was computed.
	pub got: String,
	/// What the reference says.
	pub want: String,
	/// The error (relative, or absolute for absolute checks).
	pub error: f64,
}

/// Statistics of one quantity.
#[derive(Clone, Debug, Default)]
pub struct Quantity {
	/// Number of comparisons.
	pub checks: usize,
	/// Worst error seen.
	pub worst: f64,
	/// Whether the worst error is absolute (an `InDelta` check) rather than relative.
	pub absolute: bool,
}

/// The result of a run.
#[derive(Clone, Debug, Default)]
pub struct Report {
	/// Per quantity.
	pub quantities: BTreeMap<String, Quantity>,
	/// The comparisons that failed.
	pub failures: Vec<Check>,
	/// The vector cells used as expected values.
	pub expected_cells: Vec<Source>,
}

fn parse(s: &str) -> f64 {
	s.parse::<f64>().unwrap_or(f64::NAN)
}

impl Report {
	/// Relative check with the reference's `InEpsilon` semantics: `|got − want| ≤ tol·|want|`
	/// (a zero `want` requires an exact zero).
	pub fn rel(
		&mut self,
		quantity: &str,
		label: String,
		got: impl ToString,
		want: &str,
		tol: f64,
		source: Option<Source>,
	) {
		let got = got.to_string();
		let (g, w) = (parse(&got), parse(want));
		let error = if w == 0.0 { g.abs() } else { ((g - w) / w).abs() };
		let ok = if w == 0.0 { g == 0.0 } else { error <= tol };
		self.record(quantity, label, got, want, error, ok, false, source);
	}

	/// Relative check of `got` against the cell `column` of `row` (epoch `epoch` of `table`),
	/// recording where the expected value came from; a missing cell is an error.
	pub fn expect_cell(
		&mut self,
		quantity: &str,
		table: &'static str,
		epoch: i64,
		row: &crate::vectors::Row,
		column: impl AsRef<str>,
		got: impl ToString,
	) -> Result<(), String> {
		let column = column.as_ref();
		let want = crate::vectors::cell(row, column)?.to_string();
		let source = Source { table, epoch, column: column.to_string() };
		let label = format!("{table} {epoch} {column}");
		self.rel(quantity, label, got, &want, crate::REL_TOLERANCE, Some(source));
		Ok(())
	}

	/// Absolute check (`InDelta`): `|got − want| ≤ delta`.
	pub fn abs(
		&mut self,
		quantity: &str,
		label: String,
		got: impl ToString,
		want: &str,
		delta: f64,
	) {
		let got = got.to_string();
		let error = (parse(&got) - parse(want)).abs();
		self.record(quantity, label, got, want, error, error <= delta, true, None);
	}

	/// A failure that is not a numeric comparison (the computation itself failed).
	pub fn error(&mut self, quantity: &str, label: String, message: String) {
		self.record(quantity, label, message, "a value", f64::INFINITY, false, false, None);
	}

	#[allow(clippy::too_many_arguments)]
	fn record(
		&mut self,
		quantity: &str,
		label: String,
		got: String,
		want: &str,
		error: f64,
		ok: bool,
		absolute: bool,
		source: Option<Source>,
	) {
		let q = self.quantities.entry(quantity.to_string()).or_default();
		q.checks += 1;
		q.absolute = absolute;
		if error.is_nan() || error > q.worst {
			q.worst = if error.is_nan() { f64::INFINITY } else { error };
		}
		if !ok || error.is_nan() {
			self.failures.push(Check {
				quantity: quantity.into(),
				label,
				got,
				want: want.into(),
				error,
			});
		}
		if let Some(s) = source {
			self.expected_cells.push(s);
		}
	}

	/// Total number of comparisons.
	pub fn total(&self) -> usize {
		self.quantities.values().map(|q| q.checks).sum()
	}

	/// Whether every comparison passed.
	pub fn passed(&self) -> bool {
		self.failures.is_empty()
	}
}

impl fmt::Display for Report {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		for c in &self.failures {
			writeln!(
				f,
				"FAIL {} [{}]: got {} want {} (error {:.3e})",
				c.quantity, c.label, c.got, c.want, c.error
			)?;
		}
		writeln!(f, "{:<40} {:>7} {:>12}", "quantity", "checks", "worst error")?;
		for (name, q) in &self.quantities {
			let kind = if q.absolute { " (abs)" } else { "" };
			writeln!(f, "{:<40} {:>7} {:>12.3e}{kind}", name, q.checks, q.worst)?;
		}
		writeln!(f, "{} passed, {} failed", self.total() - self.failures.len(), self.failures.len())
	}
}
