//! Conformance of the Allora math with the reference implementation.
//!
//! Loads the simulator tables (`inference_synthesis.json`, ...) of a vector directory, recomputes
//! every quantity the reference model (`shared/spec/reference_synthesis.py`) checks with the
//! `allora-synthesis` crate, and reports per quantity the number of checks and the worst error.
//! Every epoch present in the files is used; none is hard-coded, except the reference unit-test
//! scenarios that name their epochs (they run when those epochs are present).

pub mod report;
pub mod reputers;
pub mod rewards;
pub mod sortition;
pub mod synthesis;
pub mod tokenomics;
pub mod vectors;

pub use report::{Check, Report};
pub use vectors::Vectors;

/// The tolerance of every relative check: `|got − want| ≤ 1e-5·|want|` (the reference's
/// `InEpsilon5`).
pub const REL_TOLERANCE: f64 = 1e-5;

/// A deterministic pseudo-random raw value in `[lo, hi)` from `seed` (the benches' inputs).
pub fn pseudo_random(seed: u64, lo: i128, hi: i128) -> i128 {
	let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0xdead_beef;
	x ^= x >> 31;
	x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
	x ^= x >> 29;
	lo + (x as i128).rem_euclid(hi - lo)
}

/// The vector directory: `$ALLORA_VECTORS_DIR`, or the shared vectors beside the checkout
/// (`../shared/testdata/vectors` from the workspace root).
pub fn vectors_dir() -> std::path::PathBuf {
	match std::env::var_os("ALLORA_VECTORS_DIR") {
		Some(d) => d.into(),
		None => workspace_root().join("../shared/testdata/vectors"),
	}
}

/// The root of the checkout a test runs in: the nearest directory holding `Cargo.lock` above
/// the running crate's directory.
///
/// Cargo sets `CARGO_MANIFEST_DIR` when it runs a test; it is read at run time, not compiled in
/// (`env!`), because a test binary is reused from the shared target dir by another checkout of
/// the same sources, and must then look in that checkout, not in the one that built it.
pub fn workspace_root() -> std::path::PathBuf {
	let start = std::env::var_os("CARGO_MANIFEST_DIR")
		.map(std::path::PathBuf::from)
		.or_else(|| std::env::current_dir().ok())
		.unwrap_or_default();
	start
		.ancestors()
		.find(|dir| dir.join("Cargo.lock").is_file())
		.map(std::path::Path::to_path_buf)
		.unwrap_or(start)
}

/// `|got − want| / |want|` (`|got|` when `want` is zero): the measure of every relative check.
pub fn rel_error(got: allora_synthesis::Fixed, want: allora_synthesis::Fixed) -> f64 {
	let (g, w) = (
		got.to_string().parse::<f64>().unwrap_or(f64::NAN),
		want.to_string().parse::<f64>().unwrap_or(f64::NAN),
	);
	if w == 0.0 {
		g.abs()
	} else {
		((g - w) / w).abs()
	}
}

/// Runs every check on the vectors in memory.
pub fn run_all(v: &Vectors) -> Result<Report, String> {
	let mut report = Report::default();
	synthesis::check(v, &mut report)?;
	reputers::check(v, &mut report)?;
	rewards::check(v, &mut report)?;
	sortition::check(v, &mut report)?;
	tokenomics::check(v, &mut report)?;
	Ok(report)
}

/// Runs the checks that read `table` (the perturbation test reruns only those).
pub fn run_table(v: &Vectors, table: &str) -> Result<Report, String> {
	let mut report = Report::default();
	match table {
		"sortition" => sortition::check(v, &mut report)?,
		"tokenomics" => tokenomics::check(v, &mut report)?,
		_ => {
			synthesis::check(v, &mut report)?;
			reputers::check(v, &mut report)?;
			rewards::check(v, &mut report)?;
		},
	}
	Ok(report)
}

/// Loads `dir` and runs every check.
pub fn run_dir(dir: &std::path::Path) -> Result<Report, String> {
	run_all(&Vectors::load(dir)?)
}
