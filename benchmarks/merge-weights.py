#!/usr/bin/env python3
"""Merges the functions of a partial weights file into a pallet's weights.rs.

    benchmarks/merge-weights.py WEIGHTS.rs PARTIAL.rs

PARTIAL.rs is `benchmark pallet --extrinsic a,b` written with the same template: for each of its
functions, the trait declaration and both implementations (`SubstrateWeight<T>` and `()`),
with the doc lines above them, replace the function of the same name in WEIGHTS.rs, or are
appended to their block. The other functions keep their earlier measurement; the header's
command line is extended with the re-measured names and the date.
"""
import re
import sys

BLOCKS = [
    'pub trait WeightInfo {',
    'impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {',
    'impl WeightInfo for () {',
]


def block(text, opener):
    """(start, end) of the body of the block opened by `opener` (end: its closing `}` line)."""
    start = text.index(opener) + len(opener)
    end = text.index('\n}\n', start)
    return start, end


def items(body):
    """The block's functions: name -> text (doc and comment lines above it included)."""
    out, pending, current, name = {}, [], None, None
    for line in body.split('\n'):
        if current is None:
            m = re.match(r'\t(?:fn) (\w+)\(', line)
            if m:
                name = m.group(1)
                current = pending + [line]
                pending = []
                if line.rstrip().endswith(';'):
                    out[name] = '\n'.join(current)
                    current = None
            elif line.strip():
                pending.append(line)
            else:
                pending = []
        else:
            current.append(line)
            if line == '\t}':
                out[name] = '\n'.join(current)
                current = None
    return out


def merge(weights, partial):
    for opener in BLOCKS:
        ps, pe = block(partial, opener)
        new = items(partial[ps:pe])
        ws, we = block(weights, opener)
        body = weights[ws:we]
        old = items(body)
        for name, text in new.items():
            if name in old:
                body = body.replace(old[name], text)
            else:
                body = body.rstrip('\n') + '\n' + text
        weights = weights[:ws] + body + weights[we:]
    return weights


def main():
    weights_path, partial_path = sys.argv[1], sys.argv[2]
    weights, partial = open(weights_path).read(), open(partial_path).read()
    merged = merge(weights, partial)
    names = sorted(items(partial[slice(*block(partial, BLOCKS[0]))]))
    date = re.search(r'DATE: ([0-9-]+)', partial)
    note = f"//! Re-measured on {date.group(1) if date else '?'}: {', '.join(names)} (benchmarks/run PALLET:EXTRINSICS).\n"
    merged = merged.replace('\n\n// Executed Command:', '\n' + note + '\n// Executed Command:', 1) if note not in merged else merged
    open(weights_path, 'w').write(merged)
    print(f'merged {len(names)} weights into {weights_path}: {", ".join(names)}')


if __name__ == '__main__':
    main()
