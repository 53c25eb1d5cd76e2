//! The parachain on a real relay chain (`./scripts/test --relay`): a `westend-local` relay of two
//! validators and our two collators, spawned by zombienet-sdk (`allora_relay_tests::spawn`).
//!
//! One test, in the order an operator meets things:
//! 1. para blocks are authored by both collators, backed and included by the relay chain, and
//!    finalized with it;
//! 2. a collator is stopped (frozen, then killed) while the other goes on, restarted on its
//!    database, and catches up and authors again;
//! 3. a topic runs an epoch to a network inference, made with the `allora` client over both
//!    collators' RPC (workers on each), and `allora verify` recomputes it from the chain;
//! 4. the runtime is upgraded to `spec_version` + 1 (`system.authorize_upgrade` by sudo, then
//!    `system.apply_authorized_upgrade`), enacted through the relay chain, and blocks go on with
//!    the new version.
//!
//! Every phase prints its duration; the nodes' logs stay in `$CARGO_TARGET_DIR/relay-test`.

use std::{
	future::Future,
	path::{Path, PathBuf},
	process::Stdio,
	time::{Duration, Instant},
};

use allora_relay_tests::*;
use anyhow::{anyhow, bail, ensure, Context, Result};
use serde_json::Value as Json;
use zombienet_sdk::{
	subxt::{
		backend::legacy::{rpc_methods::BlockNumber, LegacyRpcMethods},
		config::{substrate::BlakeTwo256, Hasher},
		dynamic::{self, Value},
		ext::codec::Decode,
		OnlineClient, PolkadotConfig,
	},
	subxt_signer::sr25519::dev,
	LocalFileSystem, Network, NetworkNode,
};

type Client = OnlineClient<PolkadotConfig>;
type Rpc = LegacyRpcMethods<PolkadotConfig>;

/// Polls `check` every two seconds until it answers `Some`, for at most `secs`.
async fn wait_for<T, F, Fut>(what: &str, secs: u64, mut check: F) -> Result<T>
where
	F: FnMut() -> Fut,
	Fut: Future<Output = Result<Option<T>>>,
{
	let deadline = Instant::now() + Duration::from_secs(secs);
	loop {
		match check().await {
			Ok(Some(v)) => return Ok(v),
			Ok(None) => {},
			Err(e) if Instant::now() >= deadline => {
				return Err(e.context(format!("{what}: not within {secs} s")))
			},
			Err(_) => {},
		}
		if Instant::now() >= deadline {
			bail!("{what}: not within {secs} s");
		}
		tokio::time::sleep(Duration::from_secs(2)).await;
	}
}

/// A node's metric, as a block number.
async fn height(node: &NetworkNode, metric: &str) -> Result<u32> {
	Ok(node.reports(metric).await? as u32)
}

/// The collators' Aura keys, in the order of the runtime's authorities, mapped to names.
async fn authorities(client: &Client) -> Result<Vec<&'static str>> {
	let query = dynamic::storage("Aura", "Authorities", Vec::<Value>::new());
	let stored =
		client.storage().at_latest().await?.fetch(&query).await?.context("no Aura authorities")?;
	let keys = Vec::<[u8; 32]>::decode(&mut stored.encoded()).context("Aura authorities")?;
	let (alice, bob) = (dev::alice().public_key().0, dev::bob().public_key().0);
	keys.iter()
		.map(|k| match *k {
			k if k == alice => Ok(COLLATORS[0]),
			k if k == bob => Ok(COLLATORS[1]),
			_ => Err(anyhow!("an Aura authority that is neither collator: 0x{}", hex(k))),
		})
		.collect()
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The collator that authored each of the para's blocks `from..=to` (by its Aura slot).
async fn authors(
	rpc: &Rpc,
	names: &[&'static str],
	from: u32,
	to: u32,
) -> Result<Vec<(u32, &'static str)>> {
	let mut out = Vec::new();
	for n in from..=to {
		let hash =
			rpc.chain_get_block_hash(Some(BlockNumber::from(n))).await?.context("no such block")?;
		let header = rpc.chain_get_header(Some(hash)).await?.context("no header")?;
		let slot = aura_slot(&header.digest.logs)
			.with_context(|| format!("block {n} has no Aura slot"))?;
		out.push((n, names[(slot % names.len() as u64) as usize]));
	}
	Ok(out)
}

/// Counts the relay chain's `ParaInclusion.CandidateBacked` and `CandidateIncluded` events in
/// blocks `1..=to`, in one pass.
async fn candidates(relay: &Client, rpc: &Rpc, to: u32) -> Result<(usize, usize)> {
	let (mut backed, mut included) = (0, 0);
	for n in 1..=to {
		let hash = rpc
			.chain_get_block_hash(Some(BlockNumber::from(n)))
			.await?
			.context("no such relay block")?;
		for ev in relay.blocks().at(hash).await?.events().await?.iter() {
			let ev = ev?;
			match (ev.pallet_name(), ev.variant_name()) {
				("ParaInclusion", "CandidateBacked") => backed += 1,
				("ParaInclusion", "CandidateIncluded") => included += 1,
				_ => {},
			}
		}
	}
	Ok((backed, included))
}

fn phase(name: &str, started: Instant) {
	println!("relay test: {name}: {:.1} s", started.elapsed().as_secs_f64());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_parachain_runs_on_a_relay_chain() -> Result<()> {
	let bins = Binaries::from_env()?;
	let target = main_target_dir();
	let client_bin = std::env::var_os("ALLORA_CLIENT")
		.map(PathBuf::from)
		.unwrap_or_else(|| target.join("debug/allora"));
	let next_wasm = std::env::var_os("ALLORA_NEXT_WASM").map(PathBuf::from).unwrap_or_else(|| {
		target.join("debug/wbuild/allora-runtime/allora_runtime_next.compact.compressed.wasm")
	});
	for path in [&client_bin, &next_wasm] {
		ensure!(path.is_file(), "{} is missing (./scripts/test --relay builds it)", path.display());
	}
	let base = target.join("relay-test");
	let _ = std::fs::remove_dir_all(&base);

	let started = Instant::now();
	let network = spawn(&bins, Some(&base)).await?;
	phase("network spawned", started);
	let result = play(&network, &client_bin, &next_wasm, &base).await;
	if let Err(e) = &result {
		eprintln!("relay test failed: {e:?}\nthe nodes' logs are in {}", base.display());
		for node in network.nodes() {
			let logs = node.logs().await.unwrap_or_default();
			let tail: Vec<_> = logs.lines().rev().take(25).collect();
			eprintln!(
				"--- {} (last lines)\n{}",
				node.name(),
				tail.into_iter().rev().collect::<Vec<_>>().join("\n")
			);
		}
	}
	network.destroy().await.ok();
	phase("whole test", started);
	result
}

async fn play(
	network: &Network<LocalFileSystem>,
	client_bin: &Path,
	next_wasm: &Path,
	base: &Path,
) -> Result<()> {
	let alice = network.get_node(COLLATORS[0])?;
	let bob = network.get_node(COLLATORS[1])?;
	let validator = network.get_node(VALIDATORS[0])?;

	// 1. Blocks by both collators, backed, included and finalized through the relay chain.
	let t = Instant::now();
	alice
		.wait_metric_with_timeout(FINALIZED, |h| h >= 6.0, 600u64)
		.await
		.context("six para blocks finalized")?;
	phase("six para blocks finalized (from spawn)", t);
	let para = alice.wait_client::<PolkadotConfig>().await?;
	let relay = validator.wait_client::<PolkadotConfig>().await?;
	let (para_rpc, relay_rpc) =
		(legacy_rpc(alice.ws_uri()).await?, legacy_rpc(validator.ws_uri()).await?);
	let names = authorities(&para).await?;
	ensure!(names.len() == 2, "two Aura authorities, not {names:?}");
	let finalized = height(alice, FINALIZED).await?;
	let by = authors(&para_rpc, &names, 1, finalized).await?;
	for name in COLLATORS {
		ensure!(
			by.iter().any(|(_, a)| *a == name),
			"{name} authored none of blocks 1..={finalized}: {by:?}"
		);
	}
	let relay_finalized = relay_rpc.chain_get_finalized_head().await?;
	let included =
		included_head(&relay, relay_finalized).await?.context("no para head on the relay chain")?;
	ensure!(included >= 3, "the relay chain's finalized block holds para head #{included}");
	let relay_best = height(validator, BEST).await?;
	let (backed, incl) = candidates(&relay, &relay_rpc, relay_best).await?;
	ensure!(
		backed >= 3 && incl >= 3,
		"relay blocks 1..={relay_best}: {backed} candidates backed, {incl} included"
	);
	println!(
		"relay test: para #{finalized} finalized, authors {by:?}; relay #{relay_best}: {backed} backed, {incl} included, finalized para head #{included}"
	);

	// 2. Bob stops (frozen, then killed) while Alice goes on; restarted on his database, he
	// catches up and authors again.
	let t = Instant::now();
	bob.pause().await?;
	let at_stop = height(alice, BEST).await?;
	alice
		.wait_metric_with_timeout(BEST, move |h| h >= f64::from(at_stop + 3), 300u64)
		.await
		.context("Alice goes on alone")?;
	bob.restart(None).await?;
	let target = height(alice, BEST).await?;
	bob.wait_metric_with_timeout(BEST, move |h| h >= f64::from(target), 300u64)
		.await
		.context("Bob catches up")?;
	let resumed = height(alice, BEST).await?;
	wait_for("a block by Bob after his restart", 300, || async {
		let best = height(alice, BEST).await?;
		let by = authors(&para_rpc, &names, resumed + 1, best).await?;
		Ok(by.iter().any(|(_, a)| *a == COLLATORS[1]).then_some(()))
	})
	.await?;
	phase(
		&format!("Bob stopped at #{at_stop}, restarted, caught up with #{target} and authored"),
		t,
	);

	// 3. A topic epoch to a network inference, over both collators' RPC.
	let t = Instant::now();
	epoch(client_bin, alice.ws_uri(), bob.ws_uri(), base).await?;
	phase("a topic epoch to a verified network inference", t);

	// 4. The runtime upgrade, enacted through the relay chain.
	let t = Instant::now();
	upgrade(&para, alice, bob, next_wasm).await?;
	phase("runtime upgrade enacted, blocks go on", t);
	Ok(())
}

/// Runs `allora ARGS` to its end; its stdout, or an error with its output.
async fn allora(bin: &Path, node: &str, args: &[&str]) -> Result<String> {
	let out = tokio::process::Command::new(bin).arg("--node").arg(node).args(args).output().await?;
	let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
	ensure!(
		out.status.success(),
		"allora {}: {}\n{stdout}{}",
		args.join(" "),
		out.status,
		String::from_utf8_lossy(&out.stderr)
	);
	Ok(stdout)
}

async fn epoch(bin: &Path, alice_ws: &str, bob_ws: &str, base: &Path) -> Result<()> {
	let created: Json = serde_json::from_str(
		&allora(
			bin,
			alice_ws,
			&[
				"--json",
				"--signer",
				"//Alice",
				"topic",
				"create",
				"--metadata",
				"relay ETH/USD",
				"--epoch-length",
				"6",
				"--window",
				"6",
				"--ground-truth-lag",
				"6",
			],
		)
		.await?,
	)?;
	let fields = created["events"]
		.as_array()
		.and_then(|evs| evs.iter().find(|e| e["event"] == "topics.TopicCreated"))
		.and_then(|e| e["fields"].as_str())
		.with_context(|| format!("no TopicCreated in {created}"))?;
	let topic: u32 = fields
		.split("topic_id: ")
		.nth(1)
		.and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
		.and_then(|s| s.parse().ok())
		.with_context(|| format!("no topic id in {fields}"))?;
	let id = topic.to_string();
	// One worker registers and runs on each collator's RPC.
	let workers = [("//Bob", bob_ws, "3001.5"), ("//Charlie", alice_ws, "2999.5")];
	for (signer, ws, _) in workers {
		allora(bin, ws, &["--signer", signer, "register", "--topic", &id, "--role", "worker"])
			.await?;
	}
	allora(bin, bob_ws, &["--signer", "//Dave", "register", "--topic", &id, "--role", "reputer"])
		.await?;
	allora(bin, bob_ws, &["--signer", "//Dave", "stake", "add", "--topic", &id, "1000"]).await?;

	let mut daemons = Vec::new();
	for (i, (signer, ws, value)) in workers.iter().enumerate() {
		let config = base.join(format!("worker-{i}.toml"));
		std::fs::write(
			&config,
			format!(
				"node = \"{ws}\"\nsigner = \"{signer}\"\n[[topic]]\nid = {topic}\nsource = {{ command = [\"echo\", \"{{\\\"inference\\\": \\\"{value}\\\"}}\"] }}\n"
			),
		)?;
		let log = std::fs::File::create(base.join(format!("worker-{i}.log")))?;
		daemons.push(
			tokio::process::Command::new(bin)
				.args(["worker", "--config"])
				.arg(&config)
				.stdout(Stdio::from(log.try_clone()?))
				.stderr(Stdio::from(log))
				.kill_on_drop(true)
				.spawn()?,
		);
	}
	let latest = wait_for("a network inference", 900, || async {
		let shown: Json =
			serde_json::from_str(&allora(bin, bob_ws, &["--json", "topic", "show", &id]).await?)?;
		Ok(Some(shown["latestNetworkInference"].clone()).filter(|l| !l.is_null()))
	})
	.await
	.with_context(|| {
		let logs: Vec<_> = (0..2)
			.map(|i| {
				std::fs::read_to_string(base.join(format!("worker-{i}.log"))).unwrap_or_default()
			})
			.collect();
		format!("the workers' logs:\n{}", logs.join("\n---\n"))
	})?;
	drop(daemons);
	// Both inferences are in the combination, which lies between them; `verify` recomputes it
	// (and everything of its epoch) from the chain's data and exits 1 on a mismatch.
	// A decimal string, as `--json` prints fixed-point values.
	let combined: f64 = latest["combined"].as_str().context("combined")?.parse()?;
	ensure!(
		(2999.5..=3001.5).contains(&combined),
		"combined {combined} outside the two inferences"
	);
	let nonce = latest["nonce"].to_string();
	let verified = allora(bin, alice_ws, &["verify", "--topic", &id, "--nonce", &nonce]).await?;
	println!("relay test: topic {topic} nonce {nonce}: combined {combined}\n{verified}");
	Ok(())
}

async fn spec_version(ws: &str) -> Result<u32> {
	Ok(legacy_rpc(ws).await?.state_get_runtime_version(None).await?.spec_version)
}

async fn upgrade(
	para: &Client,
	alice: &NetworkNode,
	bob: &NetworkNode,
	next_wasm: &Path,
) -> Result<()> {
	let before = spec_version(alice.ws_uri()).await?;
	let code = std::fs::read(next_wasm)?;
	let hash = BlakeTwo256.hash(&code);
	let authorize = Value::unnamed_variant(
		"System",
		[Value::named_variant("authorize_upgrade", [("code_hash", Value::from_bytes(hash.0))])],
	);
	let sudo = dynamic::tx("Sudo", "sudo", vec![("call", authorize)]);
	para.tx()
		.sign_and_submit_then_watch_default(&sudo, &dev::alice())
		.await?
		.wait_for_finalized_success()
		.await
		.context("sudo(system.authorize_upgrade)")?;
	let apply =
		dynamic::tx("System", "apply_authorized_upgrade", vec![("code", Value::from_bytes(&code))]);
	let applied = para
		.tx()
		.sign_and_submit_then_watch_default(&apply, &dev::bob())
		.await?
		.wait_for_finalized_success()
		.await
		.context("system.apply_authorized_upgrade")?;
	ensure!(
		applied.iter().flatten().any(|e| e.pallet_name() == "ParachainSystem"
			&& e.variant_name() == "ValidationFunctionStored"),
		"no ParachainSystem.ValidationFunctionStored after the upgrade was applied"
	);
	println!(
		"relay test: {} bytes of code authorized and applied, spec_version {before}",
		code.len()
	);
	wait_for("the new runtime enacted", 600, || async {
		Ok((spec_version(alice.ws_uri()).await? == before + 1).then_some(()))
	})
	.await?;
	let enacted = height(alice, BEST).await?;
	for node in [alice, bob] {
		node.wait_metric_with_timeout(FINALIZED, move |h| h >= f64::from(enacted + 3), 300u64)
			.await
			.with_context(|| format!("{}: blocks finalized after the upgrade", node.name()))?;
		ensure!(
			spec_version(node.ws_uri()).await? == before + 1,
			"{} runs the new version",
			node.name()
		);
	}
	println!("relay test: spec_version {} from para #{enacted}, 3 more blocks finalized on both collators", before + 1);
	Ok(())
}
