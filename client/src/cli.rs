//! The `allora` command line: the daemons, the commands for people (topics, registration,
//! stake, delegation, rewards, status) and `verify`. Amounts are ALLO with up to 18 decimals
//! (`--json` prints them as exact decimal strings too); every transaction waits for its block
//! and prints its events, or the pallet error that refused it, named and explained.

use crate::{
	amount::{format_allo, parse_allo, parse_value},
	chain::{allora, fx, AccountId, AtBlock},
	config::Config,
	daemon::{self, Context},
	node::{Included, Node},
	queries::{self, PayloadSet},
	reputer, signer, verify, worker,
};
use allora::runtime_types::{
	allora_primitives::topic::{RevealPhases, RewardTask, Role as ChainRole, TopicConfig},
	bounded_collections::bounded_vec::BoundedVec,
};
use allora_synthesis::Fixed;
use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};
use std::path::PathBuf;

/// `allora`: take part in Allora on Polkadot as a worker, a reputer or a delegator.
#[derive(Parser, Debug)]
#[command(name = "allora", version, about)]
pub struct Cli {
	/// The node's WebSocket RPC address.
	#[arg(long, global = true, env = "ALLORA_NODE", default_value = "ws://127.0.0.1:9944")]
	pub node: String,
	/// Who signs: a secret URI (`//Alice`, a mnemonic, a 0x seed) or `file:PATH`.
	#[arg(long, global = true, env = "ALLORA_SIGNER")]
	pub signer: Option<String>,
	/// Print JSON (for scripts) instead of lines for people.
	#[arg(long, global = true)]
	pub json: bool,
	/// What to do.
	#[command(subcommand)]
	pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
	/// Run a worker: submit the model's inference and forecast at every open nonce.
	Worker(DaemonArgs),
	/// Run a reputer: report the losses of every nonce once its ground truth is known.
	Reputer(DaemonArgs),
	/// Create, show and list topics.
	#[command(subcommand)]
	Topic(TopicCommand),
	/// Register in a topic as a worker or a reputer (pays the registration fee).
	Register(RoleArgs),
	/// Leave a topic's role (payloads at open nonces are withdrawn).
	Unregister(RoleArgs),
	/// A reputer's own stake in a topic.
	#[command(subcommand)]
	Stake(StakeCommand),
	/// Stake on a reputer of a topic, as a delegator.
	#[command(subcommand)]
	Delegate(DelegateCommand),
	/// Collect the rewards your delegation to a reputer has earned.
	Claim {
		/// The topic.
		#[arg(long)]
		topic: u64,
		/// The reputer delegated to (SS58).
		#[arg(long)]
		reputer: String,
	},
	/// An account's balance, roles, stakes, pending removals, delegations and scores.
	Status {
		/// The account (SS58); the signer's if left out.
		account: Option<String>,
	},
	/// Recompute network inferences from the chain's data and compare every quantity.
	Verify(VerifyArgs),
}

/// A daemon's arguments.
#[derive(Args, Debug)]
pub struct DaemonArgs {
	/// Its config file (TOML; see docs/participants.md).
	#[arg(long)]
	pub config: PathBuf,
}

/// A role in a topic.
#[derive(Args, Debug)]
pub struct RoleArgs {
	/// The topic.
	#[arg(long)]
	pub topic: u64,
	/// The role.
	#[arg(long, value_enum)]
	pub role: RoleArg,
}

/// A participant's role.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum RoleArg {
	/// Submits inferences and forecasts.
	Worker,
	/// Stakes and reports losses.
	Reputer,
}

/// Topic commands.
#[derive(Subcommand, Debug)]
pub enum TopicCommand {
	/// Create a topic (holds the topic deposit; you become its creator).
	Create(CreateArgs),
	/// A topic's settings, schedule, participants and latest network inference.
	Show {
		/// The topic.
		id: u64,
	},
	/// Every topic, a line each.
	List,
}

fn value(s: &str) -> Result<Fixed, String> {
	parse_value(s).map_err(|e| e.to_string())
}

fn allo(s: &str) -> Result<u128, String> {
	parse_allo(s).map_err(|e| e.to_string())
}

/// A new topic's settings; the synthesis settings default to the reference's.
#[derive(Args, Debug)]
pub struct CreateArgs {
	/// What is predicted, the data source, units.
	#[arg(long)]
	pub metadata: String,
	/// The loss reputers compute: `mse`, `mae`, `huber`, `ztae`.
	#[arg(long, default_value = "mse")]
	pub loss_method: String,
	/// Blocks between two epochs.
	#[arg(long)]
	pub epoch_length: u32,
	/// Blocks after an epoch's start when its ground truth is known (default: one epoch).
	#[arg(long)]
	pub ground_truth_lag: Option<u32>,
	/// Blocks after an epoch's start during which workers submit (default: the whole epoch).
	#[arg(long)]
	pub window: Option<u32>,
	/// Whether losses may be negative (then they are reported as they are, not as log10).
	#[arg(long)]
	pub allow_negative: bool,
	/// `p` of the synthesis weight function, 2.5 to 4.5.
	#[arg(long, default_value = "3", value_parser = value)]
	pub p_norm: Fixed,
	/// EMA weight of the regrets, (0, 1].
	#[arg(long, default_value = "0.1", value_parser = value)]
	pub alpha_regret: Fixed,
	/// `ε` of the synthesis weight function, > 0.
	#[arg(long, default_value = "0.01", value_parser = value)]
	pub epsilon: Fixed,
	/// EMA weight of merit sortition, [0, 1).
	#[arg(long, default_value = "0.1", value_parser = value)]
	pub merit_sortition_alpha: Fixed,
	/// Score quantile below which newcomers do not enter an active set (all three roles).
	#[arg(long, default_value = "0.2", value_parser = value)]
	pub active_quantile: Fixed,
	/// Payloads in one call, without commit–reveal (by default a topic whose worker window
	/// has more than one block uses commit–reveal: docs/commit-reveal.md).
	#[arg(long, conflicts_with_all = ["worker_reveal", "reputer_reveal"])]
	pub no_commit_reveal: bool,
	/// Blocks at the end of each worker window in which payloads are revealed (default: half
	/// the window).
	#[arg(long)]
	pub worker_reveal: Option<u32>,
	/// Blocks at the end of each reputer window (an epoch long) in which reports are revealed
	/// (default: half the epoch).
	#[arg(long)]
	pub reputer_reveal: Option<u32>,
}

impl CreateArgs {
	/// The reveal phases: none with `--no-commit-reveal`, else the given lengths or half of
	/// each window (none for a one-block worker window unless a length is given).
	pub fn reveal_phases(&self, window: u32) -> Option<RevealPhases<u32>> {
		if self.no_commit_reveal {
			return None;
		}
		let explicit = self.worker_reveal.is_some() || self.reputer_reveal.is_some();
		(window > 1 || explicit).then(|| RevealPhases {
			worker: self.worker_reveal.unwrap_or((window / 2).max(1)),
			reputer: self.reputer_reveal.unwrap_or((self.epoch_length / 2).max(1)),
		})
	}
}

/// Own-stake commands.
#[derive(Subcommand, Debug)]
pub enum StakeCommand {
	/// Add stake (held in your account).
	Add(AmountArgs),
	/// Ask for stake back (released after the removal delay).
	Remove(AmountArgs),
	/// Cancel your pending removal.
	Cancel {
		/// The topic.
		#[arg(long)]
		topic: u64,
	},
}

/// A topic and an amount.
#[derive(Args, Debug)]
pub struct AmountArgs {
	/// The topic.
	#[arg(long)]
	pub topic: u64,
	/// ALLO, up to 18 decimals (`1.5`).
	#[arg(value_parser = allo)]
	pub amount: u128,
}

/// Delegation commands.
#[derive(Subcommand, Debug)]
pub enum DelegateCommand {
	/// Delegate stake to a reputer.
	Add(DelegateArgs),
	/// Ask for delegated stake back (released after the removal delay).
	Remove(DelegateArgs),
	/// Cancel your pending removal of delegated stake.
	Cancel {
		/// The topic.
		#[arg(long)]
		topic: u64,
		/// The reputer (SS58).
		#[arg(long)]
		reputer: String,
	},
}

/// A delegation's topic, reputer and amount.
#[derive(Args, Debug)]
pub struct DelegateArgs {
	/// The topic.
	#[arg(long)]
	pub topic: u64,
	/// The reputer (SS58).
	#[arg(long)]
	pub reputer: String,
	/// ALLO, up to 18 decimals.
	#[arg(value_parser = allo)]
	pub amount: u128,
}

/// What to verify.
#[derive(Args, Debug)]
pub struct VerifyArgs {
	/// The topic.
	#[arg(long)]
	pub topic: u64,
	/// One nonce (default: the latest kept one).
	#[arg(long, conflicts_with = "all")]
	pub nonce: Option<u32>,
	/// Every nonce the topic keeps.
	#[arg(long)]
	pub all: bool,
	/// Recompute from this payload set (JSON, as `--json` prints it) instead of the chain's.
	#[arg(long, requires = "nonce")]
	pub payloads: Option<PathBuf>,
}

/// How a command ended: `Ok` prints nothing more; a mismatch exits with 1, an error with 2.
pub enum Outcome {
	/// Done.
	Ok,
	/// `verify` found a mismatch.
	Mismatch,
}

/// Runs the command.
pub async fn run(cli: Cli) -> Result<Outcome, String> {
	let out = Output { json: cli.json };
	match cli.command {
		Command::Worker(a) => daemon(a, "worker", worker::Worker).await,
		Command::Reputer(a) => daemon(a, "reputer", reputer::Reputer).await,
		Command::Topic(TopicCommand::Create(a)) => {
			let lag = a.ground_truth_lag.unwrap_or(a.epoch_length);
			let window = a.window.unwrap_or(a.epoch_length);
			let config = TopicConfig {
				commit_reveal: a.reveal_phases(window),
				metadata: BoundedVec(a.metadata.into_bytes()),
				loss_method: BoundedVec(a.loss_method.into_bytes()),
				epoch_length: a.epoch_length,
				ground_truth_lag: lag,
				worker_submission_window: window,
				p_norm: fx(a.p_norm),
				alpha_regret: fx(a.alpha_regret),
				allow_negative: a.allow_negative,
				epsilon: fx(a.epsilon),
				merit_sortition_alpha: fx(a.merit_sortition_alpha),
				active_inferer_quantile: fx(a.active_quantile),
				active_forecaster_quantile: fx(a.active_quantile),
				active_reputer_quantile: fx(a.active_quantile),
			};
			let call = allora::transactions().topics().create_topic(config);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Topic(TopicCommand::Show { id }) => {
			let node = Node::connect(&cli.node).await?;
			let at = node.best().await?;
			let t = topic_json(&at, id).await?;
			out.print(&t, || render_topic(&t));
			Ok(Outcome::Ok)
		},
		Command::Topic(TopicCommand::List) => {
			let node = Node::connect(&cli.node).await?;
			let at = node.best().await?;
			let count =
				queries::call(&at, allora::runtime_apis().topics_api().topic_count()).await?;
			let mut topics = Vec::new();
			for id in 1..=count {
				if let Ok(t) = topic_json(&at, id).await {
					topics.push(t);
				}
			}
			let all = Value::Array(topics.clone());
			out.print(&all, || {
				topics
					.iter()
					.map(|t| {
						format!(
							"{:>4}  {}  epoch {} blocks, {} workers, {} reputers  {}",
							t["id"],
							if t["active"].as_bool() == Some(true) {
								"active  "
							} else {
								"inactive"
							},
							t["epochLength"],
							t["workers"],
							t["reputers"],
							t["metadata"].as_str().unwrap_or_default()
						)
					})
					.collect::<Vec<_>>()
					.join("\n")
			});
			Ok(Outcome::Ok)
		},
		Command::Register(a) => {
			let call = allora::transactions().topics().register(a.topic, role(a.role));
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Unregister(a) => {
			let call = allora::transactions().topics().unregister(a.topic, role(a.role));
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Stake(StakeCommand::Add(a)) => {
			let call = allora::transactions().reputation().add_stake(a.topic, a.amount);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Stake(StakeCommand::Remove(a)) => {
			let call = allora::transactions().reputation().remove_stake(a.topic, a.amount);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Stake(StakeCommand::Cancel { topic }) => {
			let call = allora::transactions().reputation().cancel_remove_stake(topic);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Delegate(DelegateCommand::Add(a)) => {
			let reputer = signer::parse_account("--reputer", &a.reputer)?;
			let call =
				allora::transactions().reputation().delegate_stake(a.topic, reputer, a.amount);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Delegate(DelegateCommand::Remove(a)) => {
			let reputer = signer::parse_account("--reputer", &a.reputer)?;
			let call = allora::transactions()
				.reputation()
				.remove_delegate_stake(a.topic, reputer, a.amount);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Delegate(DelegateCommand::Cancel { topic, reputer }) => {
			let reputer = signer::parse_account("--reputer", &reputer)?;
			let call =
				allora::transactions().reputation().cancel_remove_delegate_stake(topic, reputer);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Claim { topic, reputer } => {
			let reputer = signer::parse_account("--reputer", &reputer)?;
			let call = allora::transactions().reputation().claim_delegator_rewards(topic, reputer);
			send(&cli.node, &cli.signer, &out, &call).await
		},
		Command::Status { account } => {
			let who = match (account, &cli.signer) {
				(Some(a), _) => signer::parse_account("account", &a)?,
				(None, Some(s)) => signer::account(&signer::load(s)?),
				(None, None) => return Err("status: name an account, or give --signer".into()),
			};
			let node = Node::connect(&cli.node).await?;
			let at = node.best().await?;
			let s = status_json(&at, &who).await?;
			out.print(&s, || render_status(&s));
			Ok(Outcome::Ok)
		},
		Command::Verify(a) => run_verify(&cli.node, &out, a).await,
	}
}

fn role(r: RoleArg) -> ChainRole {
	match r {
		RoleArg::Worker => ChainRole::Worker,
		RoleArg::Reputer => ChainRole::Reputer,
	}
}

async fn daemon(
	a: DaemonArgs,
	name: &'static str,
	role: impl daemon::Role,
) -> Result<Outcome, String> {
	let config = Config::load(&a.config).map_err(|e| format!("{}: {e}", a.config.display()))?;
	daemon::run(Context::new(config, name)?, role).await?;
	Ok(Outcome::Ok)
}

/// Prints JSON or lines.
struct Output {
	json: bool,
}

impl Output {
	fn print(&self, v: &Value, human: impl FnOnce() -> String) {
		if self.json {
			println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
		} else {
			println!("{}", human());
		}
	}
}

async fn send<C: subxt::transactions::Payload>(
	url: &str,
	signer_uri: &Option<String>,
	out: &Output,
	call: &C,
) -> Result<Outcome, String> {
	let uri = signer_uri.as_deref().ok_or("--signer (or ALLORA_SIGNER) is required to sign")?;
	let key = signer::load(uri)?;
	let node = Node::connect(url).await?;
	let Included { block, events } = node.submit(call, &key).await.map_err(|e| e.to_string())?;
	let v = json!({
		"block": block,
		"events": events.iter().map(|e| json!({"event": e.name, "fields": e.fields})).collect::<Vec<_>>(),
	});
	out.print(&v, || {
		let mut s = format!("in block {block}");
		for e in &events {
			s.push_str(&format!("\n  {} {}", e.name, e.fields));
		}
		s
	});
	Ok(Outcome::Ok)
}

fn text(b: &BoundedVec<u8>) -> String {
	String::from_utf8_lossy(&b.0).into_owned()
}

async fn topic_json(at: &AtBlock, id: u64) -> Result<Value, String> {
	let t = queries::topic(at, id).await?;
	let latest =
		queries::call(at, allora::runtime_apis().inference_api().latest_network_inference(id))
			.await?
			.ok();
	let c = &t.config;
	Ok(json!({
		"id": t.id,
		"creator": t.creator.to_string(),
		"metadata": text(&c.metadata),
		"lossMethod": text(&c.loss_method),
		"allowNegative": c.allow_negative,
		"epochLength": c.epoch_length,
		"groundTruthLag": c.ground_truth_lag,
		"workerSubmissionWindow": c.worker_submission_window,
		"commitReveal": c.commit_reveal.as_ref().map(|p| json!({
			"workerReveal": p.worker,
			"reputerReveal": p.reputer,
		})),
		"pNorm": c.p_norm.0.to_string(),
		"alphaRegret": c.alpha_regret.0.to_string(),
		"epsilon": c.epsilon.0.to_string(),
		"initialRegret": t.initial_regret.0.to_string(),
		"active": t.next_epoch_start.is_some(),
		"currentEpochStart": t.current_epoch_start,
		"nextEpochStart": t.next_epoch_start,
		"feeRevenue": format_allo(t.fee_revenue),
		"weight": t.weight.map(|w| w.0.to_string()),
		"workers": t.workers,
		"reputers": t.reputers,
		"latestNetworkInference": latest.map(|l| json!({
			"nonce": l.nonce,
			"combined": l.combined.0.to_string(),
			"naive": l.naive.0.to_string(),
		})),
	}))
}

fn render_topic(t: &Value) -> String {
	let s = |k: &str| match &t[k] {
		Value::String(s) => s.clone(),
		Value::Null => "none".into(),
		v => v.to_string(),
	};
	let mut out = format!(
		"topic {}: {}\n  creator           {}\n  loss              {}{}\n  epoch             {} blocks (window {}, ground truth after {})\n  synthesis         p {}, alpha {}, epsilon {}, initial regret {}\n  schedule          {} (current epoch from block {}, next {})\n  participants      {} workers, {} reputers\n  fee revenue       {} ALLO\n  weight            {}",
		s("id"), s("metadata"), s("creator"), s("lossMethod"),
		if t["allowNegative"].as_bool() == Some(true) { " (negative allowed)" } else { " (log10)" },
		s("epochLength"), s("workerSubmissionWindow"), s("groundTruthLag"),
		s("pNorm"), s("alphaRegret"), s("epsilon"), s("initialRegret"),
		if t["active"].as_bool() == Some(true) { "active" } else { "inactive" },
		s("currentEpochStart"), s("nextEpochStart"), s("workers"), s("reputers"),
		s("feeRevenue"), s("weight"),
	);
	match &t["commitReveal"] {
		Value::Null => out.push_str("\n  commit–reveal     off (payloads public when sent)"),
		p => out.push_str(&format!(
			"\n  commit–reveal     reveal in the last {} blocks of a worker window, {} of a reputer window",
			p["workerReveal"], p["reputerReveal"]
		)),
	}
	match &t["latestNetworkInference"] {
		Value::Null => out.push_str("\n  latest inference  none yet"),
		l => out.push_str(&format!(
			"\n  latest inference  {} (naive {}) at nonce {}",
			l["combined"].as_str().unwrap_or_default(),
			l["naive"].as_str().unwrap_or_default(),
			l["nonce"]
		)),
	}
	out
}

async fn status_json(at: &AtBlock, who: &AccountId) -> Result<Value, String> {
	let account = at
		.storage()
		.entry(allora::storage().system().account())
		.map_err(|e| e.to_string())?
		.fetch((*who,))
		.await
		.map_err(|e| format!("balance: {e}"))?
		.decode()
		.map_err(|e| format!("balance: {e}"))?;
	let count = queries::call(at, allora::runtime_apis().topics_api().topic_count()).await?;
	let mut topics = Vec::new();
	for id in 1..=count {
		let Ok(roles) =
			queries::call(at, allora::runtime_apis().topics_api().roles(id, *who)).await?
		else {
			continue;
		};
		let mut entry = serde_json::Map::new();
		let roles: Vec<&str> = roles
			.iter()
			.map(|r| match r {
				ChainRole::Worker => "worker",
				ChainRole::Reputer => "reputer",
			})
			.collect();
		let mut scores = serde_json::Map::new();
		for (name, task) in [
			("inference", RewardTask::Inference),
			("forecast", RewardTask::Forecast),
			("reputation", RewardTask::Reputation),
		] {
			if let Ok(Some(s)) =
				queries::call(at, allora::runtime_apis().topics_api().score(id, task, *who)).await?
			{
				scores
					.insert(name.into(), json!({"score": s.score.0.to_string(), "nonce": s.nonce}));
			}
		}
		let stake =
			queries::call(at, allora::runtime_apis().reputation_api().reputer_stake(id, *who))
				.await?
				.ok()
				.filter(|s| s.own > 0 || s.delegated > 0 || s.pending_removal.is_some());
		let delegations = delegations_of(at, id, who).await?;
		if roles.is_empty() && stake.is_none() && delegations.is_empty() && scores.is_empty() {
			continue;
		}
		entry.insert("topic".into(), json!(id));
		entry.insert("roles".into(), json!(roles));
		if let Some(s) = stake {
			entry.insert(
				"stake".into(),
				json!({
					"own": format_allo(s.own),
					"delegatedToMe": format_allo(s.delegated),
					"listeningCoefficient": s.listening_coefficient.0.to_string(),
					"pendingRemoval": s.pending_removal.map(|r| json!({"amount": format_allo(r.amount), "due": r.due})),
				}),
			);
		}
		entry.insert("delegations".into(), Value::Array(delegations));
		entry.insert("scores".into(), Value::Object(scores));
		topics.push(Value::Object(entry));
	}
	Ok(json!({
		"account": who.to_string(),
		"free": format_allo(account.data.free),
		"reserved": format_allo(account.data.reserved),
		"frozen": format_allo(account.data.frozen),
		"topics": topics,
	}))
}

/// The account's delegations in a topic, with their pending rewards and removals.
async fn delegations_of(at: &AtBlock, topic: u64, who: &AccountId) -> Result<Vec<Value>, String> {
	let entry = at
		.storage()
		.entry(allora::storage().reputation().delegations())
		.map_err(|e| e.to_string())?;
	let mut iter = entry.iter((topic,)).await.map_err(|e| format!("delegations: {e}"))?;
	let mut out = Vec::new();
	while let Some(kv) = iter.next().await {
		let kv = kv.map_err(|e| format!("delegations: {e}"))?;
		let (_, reputer, delegator) =
			kv.key().and_then(|k| k.decode()).map_err(|e| format!("delegations: {e}"))?;
		if delegator != *who {
			continue;
		}
		let view = queries::call(
			at,
			allora::runtime_apis().reputation_api().delegation(topic, reputer, delegator),
		)
		.await?
		.map_err(|e| format!("delegation: {e:?}"))?;
		out.push(json!({
			"reputer": reputer.to_string(),
			"amount": format_allo(view.amount),
			"pendingReward": format_allo(view.pending_reward),
			"pendingRemoval": view.pending_removal.map(|r| json!({"amount": format_allo(r.amount), "due": r.due})),
		}));
	}
	Ok(out)
}

fn render_status(s: &Value) -> String {
	let st = |v: &Value| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
	let mut out = format!(
		"{}\n  balance  {} ALLO free, {} ALLO held",
		st(&s["account"]),
		st(&s["free"]),
		st(&s["reserved"])
	);
	let empty = vec![];
	for t in s["topics"].as_array().unwrap_or(&empty) {
		let roles: Vec<String> = t["roles"].as_array().unwrap_or(&empty).iter().map(st).collect();
		out.push_str(&format!(
			"\n  topic {}: {}",
			t["topic"],
			if roles.is_empty() { "no role".to_string() } else { roles.join(", ") }
		));
		if let Some(stake) = t.get("stake") {
			out.push_str(&format!(
				"\n    stake          {} ALLO own, {} ALLO delegated to you",
				st(&stake["own"]),
				st(&stake["delegatedToMe"])
			));
			if let Some(r) = stake.get("pendingRemoval").filter(|r| !r.is_null()) {
				out.push_str(&format!(
					"\n    removal        {} ALLO at block {}",
					st(&r["amount"]),
					r["due"]
				));
			}
		}
		for d in t["delegations"].as_array().unwrap_or(&empty) {
			out.push_str(&format!(
				"\n    delegated      {} ALLO to {}, {} ALLO to claim",
				st(&d["amount"]),
				st(&d["reputer"]),
				st(&d["pendingReward"])
			));
		}
		if let Some(scores) = t["scores"].as_object() {
			for (task, sc) in scores {
				out.push_str(&format!(
					"\n    score          {task} {} (nonce {})",
					st(&sc["score"]),
					sc["nonce"]
				));
			}
		}
	}
	out
}

async fn run_verify(url: &str, out: &Output, a: VerifyArgs) -> Result<Outcome, String> {
	let node = Node::connect(url).await?;
	let head = node.best().await?;
	let kept = queries::kept_nonces(&head, a.topic).await?;
	let nonces = match (a.nonce, a.all) {
		(Some(n), _) => vec![n],
		(None, true) => kept,
		(None, false) => kept.last().copied().into_iter().collect(),
	};
	if nonces.is_empty() {
		return Err(format!("topic {}: no closed nonce to verify yet", a.topic));
	}
	let payloads = match &a.payloads {
		Some(path) => {
			let text = std::fs::read_to_string(path)
				.map_err(|e| format!("--payloads {}: {e}", path.display()))?;
			let json: Value = serde_json::from_str(&text)
				.map_err(|e| format!("--payloads {}: not JSON: {e}", path.display()))?;
			// The file may be `verify --json`'s output, one verdict, or a bare payload set.
			let set = json
				.pointer("/verdicts/0/payloads")
				.or_else(|| json.get("payloads"))
				.unwrap_or(&json);
			Some(PayloadSet::from_json(set).map_err(|e| format!("--payloads: {e}"))?)
		},
		None => None,
	};
	let mut verdicts = Vec::new();
	for nonce in nonces {
		verdicts.push(verify::verify(&node, &head, a.topic, nonce, payloads.clone()).await?);
	}
	let all_match = verdicts.iter().all(verify::Verdict::matches);
	let v = json!({
		"matches": all_match,
		"verdicts": verdicts.iter().map(verify::Verdict::to_json).collect::<Vec<_>>(),
	});
	out.print(&v, || verdicts.iter().map(verify::render).collect::<Vec<_>>().join(""));
	Ok(if all_match { Outcome::Ok } else { Outcome::Mismatch })
}

#[cfg(test)]
mod tests {
	use super::*;

	fn create(args: &[&str]) -> Result<CreateArgs, clap::Error> {
		let base = ["allora", "topic", "create", "--metadata", "m", "--epoch-length", "20"];
		let cli = Cli::try_parse_from(base.iter().chain(args))?;
		match cli.command {
			Command::Topic(TopicCommand::Create(a)) => Ok(a),
			_ => unreachable!("a create command"),
		}
	}

	#[test]
	fn a_new_topic_uses_commit_reveal_unless_told_otherwise() {
		let phases = |args: &[&str], window| create(args).unwrap().reveal_phases(window);
		// Half of each window by default.
		assert_eq!(phases(&["--window", "12"], 12).map(|p| (p.worker, p.reputer)), Some((6, 10)));
		assert_eq!(phases(&["--window", "3"], 3).map(|p| (p.worker, p.reputer)), Some((1, 10)));
		// A one-block window has no room for a commit phase: off unless a length is given
		// (which the chain then refuses with WorkerRevealPhaseTooLong).
		assert!(phases(&["--window", "1"], 1).is_none());
		assert!(phases(&["--window", "1", "--worker-reveal", "1"], 1).is_some());
		assert_eq!(
			phases(&["--worker-reveal", "2", "--reputer-reveal", "5"], 20)
				.map(|p| (p.worker, p.reputer)),
			Some((2, 5))
		);
		assert!(phases(&["--no-commit-reveal"], 20).is_none());
		// Over every schedule: the defaults leave both phases of both windows a block, the
		// chain's bounds (1 ≤ worker < window, 1 ≤ reputer < epoch).
		for epoch in 2..=400u32 {
			let a = Cli::try_parse_from([
				"allora",
				"topic",
				"create",
				"--metadata",
				"m",
				"--epoch-length",
				&epoch.to_string(),
			])
			.map(|c| match c.command {
				Command::Topic(TopicCommand::Create(a)) => a,
				_ => unreachable!(),
			})
			.unwrap();
			for window in 1..=epoch {
				match a.reveal_phases(window) {
					None => assert_eq!(window, 1),
					Some(p) => assert!(
						1 <= p.worker && p.worker < window && 1 <= p.reputer && p.reputer < epoch,
						"epoch {epoch} window {window}: {:?}",
						(p.worker, p.reputer)
					),
				}
			}
		}
		// Off and a length at once: clap names both.
		let e = create(&["--no-commit-reveal", "--worker-reveal", "2"]).unwrap_err().to_string();
		assert!(e.contains("--no-commit-reveal") && e.contains("--worker-reveal"), "{e}");
	}
}
