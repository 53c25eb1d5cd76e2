//! `allora-conformance DIR`: runs the conformance checks on the vector files in `DIR` and prints,
//! per quantity, the number of checks and the worst error; exits 1 if any check fails.

fn main() {
	let Some(dir) = std::env::args_os().nth(1) else {
		eprintln!("usage: allora-conformance DIR   (DIR holds inference_synthesis.json, ...)");
		std::process::exit(2);
	};
	match allora_conformance::run_dir(std::path::Path::new(&dir)) {
		Ok(report) => {
			print!("{report}");
			std::process::exit(if report.passed() { 0 } else { 1 });
		},
		Err(e) => {
			eprintln!("allora-conformance: {e}");
			std::process::exit(2);
		},
	}
}
