#!/usr/bin/env python3
"""Compares two generated weights.rs files (committed, fresh): every function's ref time and
proof size at its components' minimum and maximum (database accesses at ParityDB's weights, the
runtime's `DbWeight`). Prints each function and exits with 1
if any value moved by more than 10% (`--threshold` changes that).

Usage: compare.py COMMITTED FRESH [--threshold PERCENT]"""

import re
import sys

READ, WRITE = 8_000_000, 50_000_000  # ParityDbWeight (the runtime's DbWeight), picoseconds


def functions(path):
    """{name: (ranges {c: (lo, hi)}, evaluate(values) -> (ref_time, proof))} of SubstrateWeight."""
    text = open(path).read()
    # A pallet's `SubstrateWeight<T>`, or the runtime's `WeightInfo<T>` / `Measured<T>`.
    for marker in ("WeightInfo for SubstrateWeight<T>", "WeightInfo for WeightInfo<T>", "impl<T: polkadot_sdk::frame_system::Config> Measured<T>"):
        start = text.find(marker)
        if start >= 0:
            break
    else:
        return None
    end = text.find("impl WeightInfo for ()", start)
    body = text[start:end if end >= 0 else len(text)]
    out = {}
    for m in re.finditer(r"((?:\s*///[^\n]*\n)*)\s*(?:pub )?fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", body, re.S):
        docs, name, _, code = m.groups()
        ranges = {c: (int(lo), int(hi)) for c, lo, hi in
                  re.findall(r"component `(\w+)` is `\[(\d+), (\d+)\]`", docs)}
        num = lambda s: int(s.replace("_", ""))
        terms = []
        for line in code.splitlines():
            line = line.strip()
            if m2 := re.match(r"Weight::from_parts\(([\d_]+), 0\)$", line):
                terms.append(("ref", None, num(m2[1])))
            elif m2 := re.match(r"\.saturating_add\(Weight::from_parts\(0, ([\d_]+)\)\)$", line):
                terms.append(("proof", None, num(m2[1])))
            elif m2 := re.match(r"\.saturating_add\(Weight::from_parts\(([\d_]+), 0\)\.saturating_mul\((\w+)\.into\(\)\)\)$", line):
                terms.append(("ref", m2[2], num(m2[1])))
            elif m2 := re.match(r"\.saturating_add\(Weight::from_parts\(0, ([\d_]+)\)\.saturating_mul\((\w+)\.into\(\)\)\)$", line):
                terms.append(("proof", m2[2], num(m2[1])))
            elif m2 := re.match(r"\.saturating_add\(T::DbWeight::get\(\)\.(reads|writes)\(([\d_]+)_u64\)\)$", line):
                terms.append(("ref", None, num(m2[2]) * (READ if m2[1] == "reads" else WRITE)))
            elif m2 := re.match(r"\.saturating_add\(T::DbWeight::get\(\)\.(reads|writes)\(\(([\d_]+)_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)\)$", line):
                terms.append(("ref", m2[3], num(m2[2]) * (READ if m2[1] == "reads" else WRITE)))

        def evaluate(values, terms=terms):
            ref = sum(k * (values.get(c, 0) if c else 1) for kind, c, k in terms if kind == "ref")
            proof = sum(k * (values.get(c, 0) if c else 1) for kind, c, k in terms if kind == "proof")
            return ref, proof

        out[name] = (ranges, evaluate)
    return out


def main():
    args = sys.argv[1:]
    threshold = 10.0
    if "--threshold" in args:
        i = args.index("--threshold")
        threshold = float(args[i + 1])
        del args[i:i + 2]
    old, new = functions(args[0]), functions(args[1])
    if new is None:
        sys.exit(f"compare: {args[1]} is not a generated weights file")
    if old is None:
        print(f"compare: {args[0]} has no generated weights yet; nothing to compare")
        return 0
    moved = False
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            print(f"  {name}: {'new' if name in new else 'removed'}")
            moved = True
            continue
        ranges = new[name][0]
        for label in ("min", "max"):
            values = {c: (lo if label == "min" else hi) for c, (lo, hi) in ranges.items()}
            (r0, p0), (r1, p1) = old[name][1](values), new[name][1](values)
            for what, a, b in (("ref_time", r0, r1), ("proof_size", p0, p1)):
                change = 100.0 * (b - a) / a if a else (0.0 if b == 0 else float("inf"))
                flag = abs(change) > threshold
                moved |= flag
                if flag or label == "max":
                    mark = "  MOVED" if flag else ""
                    print(f"  {name} at {label} {what}: {a} -> {b} ({change:+.1f}%){mark}")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
