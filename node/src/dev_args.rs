//! Defaults of `--dev` that differ from the omni-node library's.
//!
//! The library reads the process arguments itself, so a default is added by re-executing the
//! binary with the extra argument (Unix `exec`: same process id, nothing is left running).

use std::{ffi::OsString, os::unix::process::CommandExt, process::Command};

/// Block time of `--dev`, in milliseconds, unless `--dev-block-time` or `--instant-seal` is given.
pub const DEFAULT_DEV_BLOCK_TIME_MS: u64 = 2000;

/// The extra arguments `--dev` needs, given the command line (program name first).
pub fn dev_defaults(args: &[OsString]) -> Vec<OsString> {
	let has = |flag: &str| {
		args.iter().skip(1).any(|a| {
			let a = a.to_string_lossy();
			a == flag || a.starts_with(&format!("{flag}="))
		})
	};
	// Arguments after `--` belong to the relay chain node.
	let before_relay: Vec<OsString> =
		args.iter().take_while(|a| a.to_string_lossy() != "--").cloned().collect();
	let is_dev = before_relay.iter().skip(1).any(|a| a.to_string_lossy() == "--dev");
	let has_subcommand =
		before_relay.get(1).map(|a| !a.to_string_lossy().starts_with('-')).unwrap_or(false);
	if !is_dev || has_subcommand || has("--dev-block-time") || has("--instant-seal") {
		return Vec::new();
	}
	vec!["--dev-block-time".into(), DEFAULT_DEV_BLOCK_TIME_MS.to_string().into()]
}

/// Re-executes the binary with the `--dev` defaults when they are missing; returns otherwise.
pub fn reexec_with_dev_defaults() {
	let args: Vec<OsString> = std::env::args_os().collect();
	let extra = dev_defaults(&args);
	if extra.is_empty() {
		return;
	}
	let Ok(exe) = std::env::current_exe() else { return };
	let err = Command::new(exe).arg0(&args[0]).args(&args[1..]).args(extra).exec();
	// `exec` only returns on failure: carry on with the library's default block time.
	eprintln!("allora-node: could not apply the --dev defaults ({err}); using the library's");
}

#[cfg(test)]
mod tests {
	use super::*;

	fn args(s: &str) -> Vec<OsString> {
		s.split_whitespace().map(OsString::from).collect()
	}

	#[test]
	fn dev_alone_gets_the_default_block_time() {
		assert_eq!(dev_defaults(&args("allora-node --dev")), args("--dev-block-time 2000"));
		assert_eq!(
			dev_defaults(&args("allora-node --dev --base-path /tmp/x")),
			args("--dev-block-time 2000")
		);
	}

	#[test]
	fn explicit_choices_are_kept() {
		assert!(dev_defaults(&args("allora-node --dev --dev-block-time 500")).is_empty());
		assert!(dev_defaults(&args("allora-node --dev --dev-block-time=500")).is_empty());
		assert!(dev_defaults(&args("allora-node --dev --instant-seal")).is_empty());
	}

	#[test]
	fn no_dev_no_change() {
		assert!(dev_defaults(&args("allora-node --chain local")).is_empty());
		assert!(dev_defaults(&args("allora-node --chain local -- --dev")).is_empty());
		assert!(dev_defaults(&args("allora-node benchmark pallet --dev")).is_empty());
	}
}
