#!/usr/bin/env python3
"""A toy model and ground truth for `allora worker` and `allora reputer` (docs/participants.md).

    python3 examples/model_server.py --port 8000

GET /inference?topic=T&nonce=N&worker=ADDR&inferers=A,B[&bias=X][&forecast=1]
    {"inference": "<truth(N) + bias>", "forecast": {A: "<log10 loss>", ...}}
GET /truth?topic=T&nonce=N
    {"truth": "<truth(N)>"}

The "price" it predicts is a made-up function of the nonce, so that a test knows the ground
truth; a real model would fetch data and predict. `bias` shifts this model's inference (each
worker of a test gets its own), `forecast=1` adds a forecast of every other inferer's loss.
Values are decimal strings, as the contract asks.
"""
import argparse
import json
import math
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def truth(nonce: int) -> float:
    return 3000 + 25 * math.sin(nonce / 7)


def decimal(x: float) -> str:
    return f"{x:.9f}"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        nonce = int(q.get("nonce", "0"))
        if url.path == "/inference":
            bias = float(q.get("bias", "0"))
            body = {"inference": decimal(truth(nonce) + bias)}
            if q.get("forecast") == "1":
                inferers = [a for a in q.get("inferers", "").split(",") if a]
                # A forecaster that expects each other inferer to be off by about 1.5 + a little.
                body["forecast"] = {
                    a: decimal(math.log10((1.5 + (i % 3) / 4) ** 2)) for i, a in enumerate(inferers)
                }
        elif url.path == "/truth":
            body = {"truth": decimal(truth(nonce))}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    args = p.parse_args()
    ThreadingHTTPServer((args.host, args.port), Handler).serve_forever()
