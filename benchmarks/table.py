#!/usr/bin/env python3
"""Prints benchmarks/README.md's weight table from the generated weights.rs files: every
function's ref time and proof size at typical component values and at the components' maxima,
with its share of the block (2 s of ref time, the relay chain's PoV limit).

Usage: table.py [PALLET...]   (topics inference reputation emissions by default)"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import functions  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BLOCK_REF = 2_000_000_000_000  # 2 s in picoseconds
BLOCK_POV = 10 * 1024 * 1024  # the relay chain's MAX_POV_SIZE
# Typical sizes: the reference's default parameters (32 top inferers, 6 top forecasters and
# reputers, 12 forecast elements: 2 610 synthesis units, `synthesis_units(32, 6, 72, 864)`; 1 520
# regret updates for their 38 participants, in 85 rows; 10 gradient steps scoring 6 reputers over
# 84 losses: 8 484 scoring units, `scoring_units(6, 84, 10)`) and a topic of 64 workers.
TYPICAL = {"i": 32, "f": 6, "r": 6, "w": 38, "e": 12, "u": 2610, "g": 1520, "s": 8484}


def typical(name, component, lo, hi):
    if name in ("read_regret_rows", "update_regret_rows"):
        return min(hi, 85)  # 3 + 2i + 3f rows for 32 inferers and 6 forecasters
    if name == "prune_nonce" or name == "exclude_payloads":
        return min(hi, 64)
    if name == "withdraw_payloads":
        return min(hi, 3)
    if name == "set_params":
        return min(hi, 1)
    if name == "prune_reputer_nonce":
        return min(hi, 6)
    return max(lo, min(hi, TYPICAL.get(component, hi)))


def cell(evaluate, values):
    ref, proof = evaluate(values)
    return (f"{ref / 1e9:.2f} ms ({100 * ref / BLOCK_REF:.1f}%)",
            f"{proof / 1024:.1f} KiB ({100 * proof / BLOCK_POV:.1f}%)")


def main():
    pallets = sys.argv[1:] or ["topics", "inference", "reputation", "emissions"]
    print("| pallet | weight function | typical sizes | ref time | proof size "
          "| maximum sizes | ref time | proof size |")
    print("|---|---|---|---:|---:|---|---:|---:|")
    for p in pallets:
        fns = functions(os.path.join(ROOT, f"pallets/{p}/src/weights.rs"))
        if fns is None:
            print(f"| {p} | (not generated) | | | | | | |")
            continue
        for name, (ranges, evaluate) in fns.items():
            typ = {c: typical(name, c, lo, hi) for c, (lo, hi) in ranges.items()}
            top = {c: hi for c, (lo, hi) in ranges.items()}
            show = lambda v: ", ".join(f"{c}={x}" for c, x in v.items()) or "—"
            t_ref, t_pov = cell(evaluate, typ)
            m_ref, m_pov = cell(evaluate, top)
            print(f"| {p} | `{name}` | {show(typ)} | {t_ref} | {t_pov} | {show(top)} | {m_ref} | {m_pov} |")


if __name__ == "__main__":
    main()
