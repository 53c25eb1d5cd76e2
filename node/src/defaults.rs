//! Defaults of `allora-node` that differ from the omni-node library's:
//!
//! - the database is ParityDB unless `--database` says otherwise (the library's default is
//!   RocksDB, compiled in for the embedded relay-chain node);
//! - `--dev` produces a block every 2000 ms unless `--dev-block-time` or `--instant-seal` says
//!   otherwise (the library's default is 3000 ms).
//!
//! The library reads the process arguments itself, so a default is applied by re-executing the
//! binary with the extra arguments (Unix `exec`: same process id, nothing is left running).

use std::{ffi::OsString, os::unix::process::CommandExt, process::Command};

/// Block time of `--dev`, in milliseconds.
pub const DEFAULT_DEV_BLOCK_TIME_MS: u64 = 2000;

/// The default database.
pub const DEFAULT_DATABASE: &str = "paritydb";

/// Subcommands that open the node's database (and so accept `--database`).
const DATABASE_SUBCOMMANDS: [&str; 6] =
	["check-block", "export-blocks", "export-state", "import-blocks", "revert", "purge-chain"];

/// The arguments to add to the command line `args` (program name first).
pub fn extra_args(args: &[OsString]) -> Vec<OsString> {
	// Arguments after `--` belong to the relay-chain node.
	let ours: Vec<String> = args
		.iter()
		.skip(1)
		.map(|a| a.to_string_lossy().into_owned())
		.take_while(|a| a != "--")
		.collect();
	let has = |flag: &str| ours.iter().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
	let subcommand = ours.first().filter(|a| !a.starts_with('-')).map(String::as_str);
	if matches!(subcommand, Some("help"))
		|| has("--help")
		|| has("-h")
		|| has("--version")
		|| has("-V")
	{
		return Vec::new();
	}
	let mut extra = Vec::new();
	let opens_database = subcommand.is_none_or(|s| DATABASE_SUBCOMMANDS.contains(&s));
	if opens_database && !has("--database") && !has("--db") {
		extra.extend(["--database".into(), DEFAULT_DATABASE.into()]);
	}
	if subcommand.is_none() && has("--dev") && !has("--dev-block-time") && !has("--instant-seal") {
		extra.extend(["--dev-block-time".into(), DEFAULT_DEV_BLOCK_TIME_MS.to_string().into()]);
	}
	extra
}

/// Re-executes the binary with the defaults when some are missing; returns otherwise.
pub fn reexec_with_defaults() {
	let args: Vec<OsString> = std::env::args_os().collect();
	let extra = extra_args(&args);
	if extra.is_empty() {
		return;
	}
	let Ok(exe) = std::env::current_exe() else { return };
	// Our own arguments first, then the defaults, then `-- relay-chain args`.
	let split = args.iter().position(|a| a == "--").unwrap_or(args.len());
	let err = Command::new(exe)
		.arg0(&args[0])
		.args(&args[1..split])
		.args(extra)
		.args(&args[split..])
		.exec();
	// `exec` only returns on failure: carry on with the library's defaults.
	eprintln!("allora-node: could not apply the defaults ({err}); using the library's");
}

#[cfg(test)]
mod tests {
	use super::*;

	fn args(s: &str) -> Vec<OsString> {
		s.split_whitespace().map(OsString::from).collect()
	}

	#[test]
	fn dev_gets_paritydb_and_the_block_time() {
		assert_eq!(
			extra_args(&args("allora-node --dev")),
			args("--database paritydb --dev-block-time 2000")
		);
	}

	#[test]
	fn explicit_choices_are_kept() {
		assert_eq!(
			extra_args(&args("allora-node --dev --dev-block-time 500 --database rocksdb")),
			Vec::<OsString>::new()
		);
		assert_eq!(
			extra_args(&args("allora-node --dev --instant-seal --database=auto")),
			Vec::<OsString>::new()
		);
	}

	#[test]
	fn relay_chain_arguments_are_not_ours() {
		assert_eq!(
			extra_args(&args("allora-node --chain local -- --dev --database rocksdb")),
			args("--database paritydb")
		);
	}

	#[test]
	fn subcommands_get_the_database_only_if_they_open_it() {
		assert_eq!(extra_args(&args("allora-node purge-chain --dev")), args("--database paritydb"));
		assert!(extra_args(&args("allora-node benchmark pallet --dev")).is_empty());
		assert!(extra_args(&args("allora-node key generate")).is_empty());
		assert!(extra_args(&args("allora-node --help")).is_empty());
	}
}
