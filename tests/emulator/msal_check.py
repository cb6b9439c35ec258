"""Drives MSAL for Python against the emulator: client credentials, device code (approved
through the admin API), refresh, and authorization code with PKCE. Prints one line per flow
and exits non-zero when a flow fails. Usage: msal_check.py URL CA TENANT CLIENT SECRET PUBLIC"""
import json
import ssl
import sys
import threading
import urllib.parse
import urllib.request

import msal
import requests

url, ca, tenant, client_id, secret, public_id = sys.argv[1:7]
authority = f"{url}/{tenant}"
scopes = ["https://sts.mixedreality.azure.com//.default"]
failures = 0


def report(flow, result):
    global failures
    ok = bool(result) and "access_token" in result
    failures += 0 if ok else 1
    print(f"{flow}: {'ok' if ok else 'FAILED ' + str(result and result.get('error'))}", flush=True)


confidential = msal.ConfidentialClientApplication(
    client_id, client_credential=secret, authority=authority, verify=ca, instance_discovery=False)
report("client credentials", confidential.acquire_token_for_client(scopes=scopes))

public = msal.PublicClientApplication(public_id, authority=authority, verify=ca,
                                      instance_discovery=False)
flow = public.initiate_device_flow(scopes=scopes)
context = ssl.create_default_context(cafile=ca)


def approve():
    # Poll the admin API until the code is pending, then approve it.
    for _ in range(100):
        pending = json.load(urllib.request.urlopen(f"{url}/_emulator/devicecode", context=context))
        if any(item["userCode"] == flow["user_code"] for item in pending):
            break
    request = urllib.request.Request(f"{url}/_emulator/devicecode/approve",
                                     data=json.dumps({"userCode": flow["user_code"]}).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, context=context)


threading.Thread(target=approve).start()
report("device code", public.acquire_token_by_device_flow(flow))

accounts = public.get_accounts()
report("refresh", public.acquire_token_silent(scopes, account=accounts[0], force_refresh=True)
       if accounts else None)

auth_flow = public.initiate_auth_code_flow(
    ["https://sts.mixedreality.azure.com/mixedreality.signin"], redirect_uri="http://localhost:8400")
answer = requests.get(auth_flow["auth_uri"], allow_redirects=False, verify=ca)
location = urllib.parse.urlparse(answer.headers.get("Location", ""))
params = dict(urllib.parse.parse_qsl(location.query))
report("authorization code with PKCE", public.acquire_token_by_auth_code_flow(auth_flow, params))
sys.exit(1 if failures else 0)
