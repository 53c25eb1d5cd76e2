//! The `allora-node` binary's subcommands, run as an operator runs them.

use std::{
	io::{BufRead, BufReader},
	path::Path,
	process::{Command, Output, Stdio},
	time::{Duration, Instant},
};

fn node() -> Command {
	Command::new(env!("CARGO_BIN_EXE_allora-node"))
}

fn run(args: &[&str]) -> Output {
	node().args(args).output().expect("allora-node runs")
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_dev_spec_exports_with_amounts_as_decimal_strings() {
	let out = run(&["export-chain-spec", "--chain", "dev"]);
	assert!(out.status.success(), "{}", text(&out.stderr));
	let spec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON chain spec");
	assert_eq!(spec["id"], "allora_dev");
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	// 10 ALLO and 100 ALLO in the smallest unit: the second is past `u64`, hence strings.
	let topics = &patch["topics"]["params"];
	assert_eq!(topics["createTopicFee"], "10000000000000000000", "{topics}");
	let reputation = &patch["reputation"]["params"];
	assert_eq!(reputation["requiredMinimumStake"], "100000000000000000000", "{reputation}");
}

#[test]
fn the_genesis_head_exports_as_hex() {
	let out = run(&["export-genesis-head", "--chain", "dev"]);
	assert!(out.status.success(), "{}", text(&out.stderr));
	let head = text(&out.stdout);
	assert!(head.starts_with("0x") && head.len() > 2 + 2 * 32, "{head}");
}

#[test]
fn a_benchmark_it_does_not_run_says_why() {
	let out = run(&["benchmark", "overhead"]);
	assert!(!out.status.success());
	assert!(
		text(&out.stderr).contains("does not run `benchmark overhead`"),
		"{}",
		text(&out.stderr)
	);
}

/// Runs a dev chain on `base` until it has imported block `n`, then stops it with SIGINT.
fn dev_chain_until(base: &Path, n: u32) {
	let mut child = node()
		.args(["--dev", "--dev-block-time", "200", "--base-path"])
		.arg(base)
		.args(["--rpc-port", "0", "--port", "0", "--no-prometheus", "--no-telemetry"])
		.args(["--no-mdns", "--no-hardware-benchmarks"])
		.stderr(Stdio::piped())
		.spawn()
		.expect("allora-node starts");
	let deadline = Instant::now() + Duration::from_secs(180);
	let target = format!("Imported #{n} ");
	let lines = BufReader::new(child.stderr.take().expect("stderr is piped")).lines();
	let mut imported = false;
	for line in lines.map_while(Result::ok) {
		if line.contains(&target) {
			imported = true;
			break;
		}
		if Instant::now() > deadline {
			break;
		}
	}
	let stopped = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
	assert!(stopped.is_ok_and(|s| s.success()), "SIGINT sent");
	let status = child.wait().expect("the node exits");
	assert!(imported, "block #{n} not imported in time (exit {status})");
}

#[test]
fn a_dev_chains_blocks_export_and_check() {
	let base = std::env::temp_dir().join(format!("allora-node-test-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&base);
	dev_chain_until(&base, 3);
	let base_path = base.to_str().expect("a UTF-8 temp path");
	let file = base.join("blocks.json");
	let out = run(&[
		"export-blocks",
		"--dev",
		"--base-path",
		base_path,
		"--from",
		"1",
		"--to",
		"3",
		file.to_str().unwrap(),
	]);
	assert!(out.status.success(), "{}", text(&out.stderr));
	let exported = std::fs::read_to_string(&file).expect("the blocks were written");
	assert_eq!(exported.matches("\"header\"").count(), 3, "{exported}");
	let out = run(&["check-block", "--dev", "--base-path", base_path, "2"]);
	assert!(out.status.success(), "{}", text(&out.stderr));
	let out = run(&["export-state", "--dev", "--base-path", base_path]);
	assert!(out.status.success(), "{}", text(&out.stderr));
	let state: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON chain spec");
	assert!(state["genesis"]["raw"]["top"].as_object().is_some_and(|top| !top.is_empty()));
	let _ = std::fs::remove_dir_all(&base);
}
