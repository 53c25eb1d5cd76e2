//! `polkadot`: the relay-chain node of the local relay network, exactly as polkadot-sdk's own
//! binary (`polkadot_cli::run`), with the `westend-local` chain built in.

fn main() {
	if let Err(error) = polkadot_cli::run() {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
