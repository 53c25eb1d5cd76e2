#!/usr/bin/env bash
# Measures one synthesis step for 5, 32, 128 and 256 inferers (as many forecasters, 12 forecast
# elements each): native wall-clock time (release build, mean of REPEAT runs) and instructions
# (valgrind callgrind: a run with one step minus a run that only builds the inputs).
# Output: benchmarks/synthesis.raw.txt. Usage: benchmarks/synthesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/allora-target}"
cargo build -q --release -p allora-conformance --bin synthesis-bench
bin="$CARGO_TARGET_DIR/release/synthesis-bench"
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
instr() { # total instructions of `synthesis-bench N R`
	local out; out=$(mktemp)
	valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$1" "$2" >/dev/null 2>&1
	awk '/^summary:/ {print $2}' "$out"; rm -f "$out"
}
{
	echo "# $(date -u +%F) $(uname -m), $(nproc) cores; rustc $(rustc --version | cut -d' ' -f2)"
	for n in 5 32 128 256; do
		case $n in 5) r=200;; 32) r=20;; 128) r=3;; *) r=1;; esac
		t=$("$bin" "$n" "$r")
		i1=$(instr "$n" 1); i0=$(instr "$n" 0)
		echo "$t instructions_per_step=$((i1 - i0))"
	done
} | tee benchmarks/synthesis.raw.txt
