//! Conformance over `$ALLORA_VECTORS_DIR` (default: the shared vectors beside the checkout), and
//! proof that the checks can fail: perturbing any expected value by 1e-3 relative fails them.

use allora_conformance::{run_all, run_dir, run_table, vectors_dir, Vectors};

/// Multiplies a decimal string by (1 + 1e-3), keeping it a plain decimal.
fn perturb(s: &str) -> Option<String> {
	let v: f64 = s.parse().ok()?;
	if v == 0.0 {
		return None;
	}
	Some(format!("{:.20}", v * 1.001))
}

#[test]
fn every_epoch_conforms() {
	let dir = vectors_dir();
	let report = run_dir(&dir).unwrap_or_else(|e| panic!("loading {}: {e}", dir.display()));
	println!("{report}");
	assert!(report.passed(), "{} conformance checks failed", report.failures.len());
	// Every epoch with a predecessor contributes a full synthesis.
	let v = Vectors::load(&dir).unwrap();
	let epochs_with_prev = v
		.inference_synthesis
		.keys()
		.filter(|e| v.inference_synthesis.contains_key(&(*e - 1)))
		.count();
	assert_eq!(report.quantities["combined"].checks, epochs_with_prev);
	assert_eq!(report.quantities["loss.combined"].checks, v.inference_synthesis.len());
}

#[test]
fn perturbing_any_expected_value_fails() {
	let v = Vectors::load(&vectors_dir()).unwrap();
	let baseline = run_all(&v).unwrap();
	let mut cells = baseline.expected_cells.clone();
	cells.sort();
	cells.dedup();
	assert!(!cells.is_empty());
	let mut tried = 0;
	for cell in &cells {
		let mut w = v.clone();
		let table = match cell.table {
			"sortition" => w.sortition.as_mut().unwrap(),
			"tokenomics" => w.tokenomics.as_mut().unwrap(),
			_ => &mut w.inference_synthesis,
		};
		let row = table.get_mut(&cell.epoch).unwrap();
		let Some(p) = perturb(&row[&cell.column]) else { continue };
		row.insert(cell.column.clone(), p);
		let report = run_table(&w, cell.table).unwrap();
		assert!(
			!report.passed(),
			"perturbing {} of {} epoch {} went unnoticed",
			cell.column,
			cell.table,
			cell.epoch
		);
		tried += 1;
	}
	assert!(tried > 100, "only {tried} cells were perturbed");
}

#[test]
fn a_perturbed_copy_on_disk_fails() {
	let src = vectors_dir();
	let tmp = std::env::temp_dir().join(format!("allora-vectors-{}", std::process::id()));
	std::fs::create_dir_all(&tmp).unwrap();
	let text = std::fs::read_to_string(src.join("inference_synthesis.json")).unwrap();
	let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
	let last = json.as_array_mut().unwrap().last_mut().unwrap();
	let v = last["network_inference"].as_str().unwrap().to_string();
	last["network_inference"] = serde_json::Value::String(perturb(&v).unwrap());
	std::fs::write(tmp.join("inference_synthesis.json"), json.to_string()).unwrap();
	let report = run_dir(&tmp).unwrap();
	std::fs::remove_dir_all(&tmp).ok();
	assert!(!report.passed());
	assert!(report.failures.iter().any(|c| c.quantity == "combined"));
}
