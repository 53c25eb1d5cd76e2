#!/usr/bin/env bash
# Measures the reputers' scoring of one reputer-nonce close (`allora_rewards::reputers::
# reputer_scores`, 10 gradient steps, none stopped early) for R reputers over the C losses of a
# topic with I inferers and I forecasters (C = 2 + 5I): native wall-clock time (release build,
# mean of REPEAT runs) and instructions (valgrind callgrind: a run with one scoring minus a run
# that only builds the inputs).
# Output: benchmarks/scoring.raw.txt. Usage: benchmarks/scoring.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/allora-target}"
cargo build -q --release -p allora-conformance --bin scoring-bench
bin="$CARGO_TARGET_DIR/release/scoring-bench"
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
instructions() {
	local out; out=$(mktemp)
	valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$@" >/dev/null 2>&1
	sed -n 's/^summary: //p' "$out"
	rm -f "$out"
}
{
	echo "# $(date -u +%F) $(uname -m), $(nproc) cores; rustc $(rustc --version | cut -d' ' -f2)"
	for shape in "6 19" "8 19" "16 128" "64 128" "64 256"; do
		read -r r i <<<"$shape"
		c=$((2 + 5 * i))
		case $r in 64) n=2;; *) n=20;; esac
		t=$("$bin" "$r" "$c" "$n")
		i1=$(instructions "$r" "$c" 1); i0=$(instructions "$r" "$c" 0)
		echo "$t inferers=forecasters=$i instructions_per_scoring=$((i1 - i0))"
	done
} | tee benchmarks/scoring.raw.txt
