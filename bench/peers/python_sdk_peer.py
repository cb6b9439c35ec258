#!/usr/bin/python3
"""The official Python SDK (azure.mixedreality.authentication) as a benchmark peer.

Secrets come from the environment or a file, never from argv. Prints one JSON line.

  python_sdk_peer.py sequential   MRAUTH_BENCH_ACCOUNT_ID, MRAUTH_BENCH_ACCOUNT_DOMAIN,
                                  MIXEDREALITY_ACCOUNT_KEY, MRAUTH_BENCH_ENDPOINT,
                                  MRAUTH_BENCH_REQUESTS: that many get_token() calls on one client
  python_sdk_peer.py fanout       MRAUTH_BENCH_ACCOUNTS_FILE (emulator accounts file),
                                  MRAUTH_BENCH_ACCOUNTS (how many), MRAUTH_BENCH_ENDPOINT:
                                  one client per account, get_token() in a ThreadPoolExecutor
  python_sdk_peer.py once         one token, printed on stdout (cold start); exit 3 when the
                                  SDK could not decode the token it received

REQUESTS_CA_BUNDLE names the emulator's CA (also passed as connection_verify).
"""
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from azure.core.credentials import AzureKeyCredential
from azure.mixedreality.authentication import MixedRealityStsClient


def make_client(account_id, domain, key):
    return MixedRealityStsClient(account_id, domain, AzureKeyCredential(key),
                                 custom_endpoint_url=os.environ["MRAUTH_BENCH_ENDPOINT"],
                                 connection_verify=os.environ["REQUESTS_CA_BUNDLE"])


def fetch(client):
    """(token or None, decode failure?): the SDK decodes base64url with the plain base64 decoder
    (it drops '-' and '_'), so some valid tokens fail after a complete exchange."""
    try:
        return client.get_token().token, False
    except ValueError:
        return None, True


def sequential():
    client = make_client(os.environ["MRAUTH_BENCH_ACCOUNT_ID"],
                         os.environ["MRAUTH_BENCH_ACCOUNT_DOMAIN"],
                         os.environ["MIXEDREALITY_ACCOUNT_KEY"])
    count = int(os.environ["MRAUTH_BENCH_REQUESTS"])
    ok = decode_failures = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(count):
        token, decode_failed = fetch(client)
        ok += token is not None
        decode_failures += decode_failed
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpuSeconds": cpu_seconds, "ok": ok,
                      "decodeFailures": decode_failures}))


def fanout():
    with open(os.environ["MRAUTH_BENCH_ACCOUNTS_FILE"], encoding="utf-8") as f:
        accounts = json.load(f)["accounts"][:int(os.environ["MRAUTH_BENCH_ACCOUNTS"])]
    clients = [make_client(a["accountId"], a["accountDomain"], a["primaryKey"]) for a in accounts]
    with ThreadPoolExecutor() as pool:
        workers = pool._max_workers  # pylint: disable=protected-access
        start = time.perf_counter()
        cpu_start = time.process_time()
        results = list(pool.map(fetch, clients))
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
    ok = sum(token is not None for token, _ in results)
    decode_failures = sum(failed for _, failed in results)
    print(json.dumps({"seconds": seconds, "cpuSeconds": cpu_seconds, "ok": ok,
                      "decodeFailures": decode_failures, "workers": workers}))


def once():
    client = make_client(os.environ["MRAUTH_BENCH_ACCOUNT_ID"],
                         os.environ["MRAUTH_BENCH_ACCOUNT_DOMAIN"],
                         os.environ["MIXEDREALITY_ACCOUNT_KEY"])
    token, decode_failed = fetch(client)
    if token is None:
        sys.exit(3 if decode_failed else 1)
    print(token)


if __name__ == "__main__":
    {"sequential": sequential, "fanout": fanout, "once": once}[sys.argv[1]]()
