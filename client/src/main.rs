//! `allora`: the participants' client. See `allora --help` and docs/participants.md.

use allora_client::cli::{run, Cli, Outcome};
use clap::Parser;
use std::{io::IsTerminal, process::ExitCode};

#[tokio::main]
async fn main() -> ExitCode {
	let filter = tracing_subscriber::EnvFilter::try_from_env("ALLORA_LOG")
		.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("allora=info"));
	tracing_subscriber::fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(std::io::stderr().is_terminal())
		.init();
	match run(Cli::parse()).await {
		Ok(Outcome::Ok) => ExitCode::SUCCESS,
		Ok(Outcome::Mismatch) => ExitCode::from(1),
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::from(2)
		},
	}
}
