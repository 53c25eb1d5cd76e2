#!/usr/bin/env python3
"""Recomputes a network inference with the shared Python model of the synthesis
(`../shared/spec/reference_synthesis.py`, standard library only), independently of our Rust.

Reads one case as JSON on stdin, every number a decimal string, workers by address:

    {"inferences": {w: v}, "forecasts": {k: [[w, loss], ...]}, "latestLoss": v | null,
     "initialRegret": v, "regrets": [[key, v], ...], "eps": v, "p": v, "c": v, "epsSafeDiv": v}

where a regret `key` is the runtime API's JSON form (`{"inferer": w}`, `{"oneIn": {...}}`, ...).
Writes the model's answer as JSON, in the same names as the runtime API's view.

Usage: python3 recompute.py SPEC_DIR < case.json
"""

import json
import sys
from decimal import Decimal as D

sys.path.insert(0, sys.argv[1])
import reference_synthesis as model  # noqa: E402

# Where each regret key of the runtime API lives in the model's state.
TABLES = {
    "inferer": lambda k: ("inferer", k),
    "forecaster": lambda k: ("forecaster", k),
    "naive": lambda k: ("naive", k),
    "oneOutInfererInferer": lambda k: ("oo_inf_inf", (k["withheld"], k["inferer"])),
    "oneOutInfererForecaster": lambda k: ("oo_inf_fc", (k["withheld"], k["forecaster"])),
    "oneOutForecasterInferer": lambda k: ("oo_fc_inf", (k["withheld"], k["inferer"])),
    "oneOutForecasterForecaster": lambda k: ("oo_fc_fc", (k["withheld"], k["forecaster"])),
    "oneIn": lambda k: ("one_in", (k["forecaster"], k["worker"])),
}


def state(case):
    st = model.State(D(case["initialRegret"]))
    for key, value in case["regrets"]:
        (kind, inner), = key.items()
        table, entry = TABLES[kind](inner)
        getattr(st, table)[entry] = D(value)
    return st


def main():
    case = json.load(sys.stdin)
    inferences = {w: D(v) for w, v in case["inferences"].items()}
    forecasts = {k: [(w, D(v)) for w, v in elements] for k, elements in case["forecasts"].items()}
    latest = case["latestLoss"]
    res = model.get_network_inferences(
        state(case), inferences, forecasts, None if latest is None else D(latest),
        D(case["eps"]), D(case["p"]), D(case["c"]), D(case["epsSafeDiv"]))
    out = {"combined": str(res["combined"]), "naive": str(res["naive"])}
    for name, key in [("forecastImplied", "forecast_implied"), ("oneOutInferers", "one_out_inferers"),
                      ("oneOutForecasters", "one_out_forecasters"), ("oneInForecasters", "one_in_forecasters"),
                      ("infererWeights", "weights_inferers"), ("forecasterWeights", "weights_forecasters")]:
        out[name] = {w: str(v) for w, v in res.get(key, {}).items()}
    out["confidenceInterval"] = [str(v) for v in model.confidence_interval(res, inferences)] \
        if "weights_inferers" in res else []
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
