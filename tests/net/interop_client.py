#!/usr/bin/python3
"""Talks to a running invoicedash-server with Debian's python3-websockets, a
WebSocket implementation nobody in this project wrote.

    interop_client.py URL VIEWER_TOKEN PUBLISHER_TOKEN

As a viewer it must receive a metrics-update whose data starts with the five
dashboard keys; as a publisher it sends a metric and must get its ack.
Prints one line per check; exits 0 when all pass, 1 otherwise."""
import asyncio
import json
import sys
import time

try:
    import websockets
except ImportError:
    print("interop: python3-websockets is missing; install it with scripts/setup.sh")
    sys.exit(1)

DASHBOARD_KEYS = ["total", "throughput", "avgLatency", "avgAccuracy", "timestamp"]


async def next_of_type(ws, wanted, timeout=10):
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if message.get("type") == wanted:
            return message
        if message.get("type") == "error":
            raise RuntimeError(f"server error: {message}")


async def main(url, viewer_token, publisher_token):
    # Viewer: token in the URL.
    async with websockets.connect(f"{url}/?token={viewer_token}") as ws:
        hello = await next_of_type(ws, "hello")
        assert hello["role"] == "viewer", hello
        assert hello["protocol"] == 1, hello
        update = await next_of_type(ws, "metrics-update")
        keys = list(update["data"].keys())
        assert keys[:5] == DASHBOARD_KEYS, keys
        print(f"viewer ok: hello from {hello['server']}, metrics-update keys {keys[:5]}")

    # Publisher: token in the Authorization header.
    headers = {"Authorization": f"Bearer {publisher_token}"}
    async with websockets.connect(url, extra_headers=headers) as ws:
        hello = await next_of_type(ws, "hello")
        assert hello["role"] == "publisher", hello
        invoice_id = f"inv_py_{int(time.time() * 1000)}"
        await ws.send(json.dumps({"action": "metric", "data": {
            "invoiceId": invoice_id, "timestamp": int(time.time() * 1000),
            "latency": 123.5, "accuracy": 97.5, "status": "ok",
            "processedAt": "2026-11-28T12:00:00.000Z"}}))
        ack = await next_of_type(ws, "ack")
        assert ack["invoiceId"] == invoice_id, ack
        print(f"publisher ok: ack for {invoice_id}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    try:
        asyncio.run(main(*sys.argv[1:]))
    except Exception as error:  # report any failure as one line
        print(f"interop: FAILED: {error!r}")
        sys.exit(1)
