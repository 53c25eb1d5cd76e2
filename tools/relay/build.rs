//! The commit hash the node and its workers check each other by (they refuse a worker built
//! from another commit).

fn main() {
	substrate_build_script_utils::generate_cargo_keys();
	substrate_build_script_utils::rerun_if_git_head_changed();
}
