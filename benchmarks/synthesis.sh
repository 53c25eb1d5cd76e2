#!/usr/bin/env bash
# Measures one synthesis step for 5, 32, 128 and 256 inferers (as many forecasters, 12 forecast
# elements each): native wall-clock time (release build, mean of REPEAT runs), instructions and
# evaluations of the potential's gradient, one `exp` each (valgrind callgrind: a run with one step
# minus a run that only builds the inputs).
# Output: benchmarks/synthesis.raw.txt. Usage: benchmarks/synthesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/allora-target}"
cargo build -q --release -p allora-conformance --bin synthesis-bench
bin="$CARGO_TARGET_DIR/release/synthesis-bench"
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
# `valgrind --tool=callgrind` of `synthesis-bench N R`: "<instructions> <exp evaluations>": the
# calls of `Gradient::at` (one `exp` each, what every weight not found equal to the one before
# it costs: the work's unit).
measure() {
	local out; out=$(mktemp)
	valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$1" "$2" >/dev/null 2>&1
	python3 - "$out" <<'PY'
import re, sys
names, calls, current, total = {}, 0, None, 0
for line in open(sys.argv[1], errors="replace"):
    if line.startswith("summary:"):
        total = int(line.split()[1])
    m = re.match(r"c?fn=\((\d+)\)(?: (.*))?", line)
    if m:
        if m.group(2):
            names[m.group(1)] = m.group(2).strip()
        current = m.group(1) if line.startswith("cfn=") else None
    elif current and line.startswith("calls="):
        if names.get(current, "").endswith("gradient::Gradient::at"):
            calls += int(line.split()[0][len("calls="):])
        current = None
print(total, calls)
PY
	rm -f "$out"
}
{
	echo "# $(date -u +%F) $(uname -m), $(nproc) cores; rustc $(rustc --version | cut -d' ' -f2)"
	for n in 5 32 128 256; do
		case $n in 5) r=200;; 32) r=20;; 128) r=3;; *) r=1;; esac
		t=$("$bin" "$n" "$r")
		read -r i1 e1 < <(measure "$n" 1); read -r i0 e0 < <(measure "$n" 0)
		echo "$t instructions_per_step=$((i1 - i0)) exp_calls_per_step=$((e1 - e0))"
	done
} | tee benchmarks/synthesis.raw.txt
