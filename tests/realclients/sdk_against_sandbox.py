#!/usr/bin/python3
"""Unmodified Microsoft clients against cmk-sandbox: MSAL Python (authorization code with
PKCE, silent refresh across audiences and tenants, device code) and the Azure SDK for Python
(azure-mgmt-resource, -keyvault, -network, -authorization; azure-keyvault-keys with the 401
challenge), all over verified HTTPS with the sandbox's test CA.

Usage: sdk_against_sandbox.py <path to cmk-sandbox>
The sandbox's own people sign in through its HTML pages, driven with requests as a person would.
"""
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

import msal
import requests
from azure.core.credentials import AccessToken
from azure.keyvault.keys import KeyClient, KeyVaultKeyIdentifier
from azure.mgmt.authorization import AuthorizationManagementClient
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.network import NetworkManagementClient
from azure.mgmt.resource import ResourceManagementClient, SubscriptionClient

CUSTOMER = "22222222-2222-2222-2222-222222222222"
ISV = "11111111-1111-1111-1111-111111111111"
CUSTOMER_SUB = "bbbbbbbb-0000-0000-0000-000000000002"
ISV_SUB = "aaaaaaaa-0000-0000-0000-000000000001"

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def fill_form(session, page, fields):
    """Submits an HTML form of the sandbox the way a browser does: hidden fields plus ours."""
    action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)
    data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page.text))
    data = {k: v.replace("&amp;", "&").replace("&quot;", '"') for k, v in data.items()}
    data.update(fields)
    return session.post(urllib.parse.urljoin(page.url, action.replace("&amp;", "&")), data=data, allow_redirects=False)


class MsalCredential:
    """An azure-core TokenCredential backed by MSAL: silent acquisition per scope and tenant."""

    def __init__(self, profile, ca, account_app, account):
        self.profile, self.ca, self.app, self.account = profile, ca, account_app, account
        self.apps = {}

    def _app(self, tenant):
        if tenant is None:
            return self.app
        if tenant not in self.apps:
            self.apps[tenant] = msal.PublicClientApplication(
                self.profile["publicClientId"], authority=self.profile["authorityHost"] + tenant,
                validate_authority=False, instance_discovery=False, verify=self.ca,
                token_cache=self.app.token_cache)
        return self.apps[tenant]

    def get_token(self, *scopes, **kwargs):
        app = self._app(kwargs.get("tenant_id"))
        accounts = app.get_accounts(username=self.account["username"])
        result = app.acquire_token_silent(list(scopes), account=accounts[0])
        if not result or "access_token" not in result:
            raise RuntimeError("silent token failed: %s" % (result or {}).get("error_description"))
        return AccessToken(result["access_token"], int(time.time()) + int(result["expires_in"]))


def sign_in(profile, ca, upn, password, tenant="organizations"):
    app = msal.PublicClientApplication(profile["publicClientId"], authority=profile["authorityHost"] + tenant,
                                       validate_authority=False, instance_discovery=False, verify=ca)
    flow = app.initiate_auth_code_flow([profile["armScope"]], redirect_uri="http://localhost:8400/")
    check("code_challenge=" in flow["auth_uri"], "MSAL sends a PKCE challenge")
    browser = requests.Session()
    browser.verify = ca
    page = browser.get(flow["auth_uri"])
    check(page.status_code == 200 and "text/html" in page.headers["Content-Type"], "the sign-in page opens in a browser")
    back = fill_form(browser, page, {"username": upn, "password": password, "action": "signin"})
    check(back.status_code in (302, 303), "sign-in answers with a redirect (not 307/308)")
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(back.headers["Location"]).query))
    result = app.acquire_token_by_auth_code_flow(flow, query)
    check("access_token" in result, "MSAL redeems the code: %s" % result.get("error_description", "token"))
    accounts = app.get_accounts()
    check(len(accounts) == 1 and accounts[0]["home_account_id"].endswith("." + (ISV if "fabrikam" in upn else CUSTOMER)),
          "the account is keyed by client_info (uid.utid)")
    return app, accounts[0]


def main():
    # requests lets these variables override a session's own CA (its known quirk); the clients
    # here are given the sandbox CA explicitly, so the machine-wide bundle must not win.
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        os.environ.pop(variable, None)
    sandbox = subprocess.Popen([sys.argv[1], "--scenario", "demo", "--time-scale", "20"], stdout=subprocess.PIPE, text=True)
    try:
        announcement = json.loads(sandbox.stdout.readline())
        profile, ca = announcement["cloudProfile"], announcement["caCertificate"]
        arm = profile["armEndpoint"].rstrip("/")

        # MSAL: authorization code + PKCE, then silent tokens for other audiences.
        app, account = sign_in(profile, ca, "kai@contoso.onmicrosoft.com", "Sandbox-Kv-1")
        graph = app.acquire_token_silent([profile["graphScope"]], account=account)
        check(graph and "access_token" in graph, "MSAL refreshes silently for Microsoft Graph")
        bap = app.acquire_token_silent([profile["powerPlatformScope"]], account=account)
        check(bap and "access_token" in bap, "MSAL refreshes silently for the Power Platform scope (double slash)")
        me = requests.get(profile["graphEndpoint"] + "v1.0/me", headers={"Authorization": "Bearer " + graph["access_token"]}, verify=ca)
        check(me.status_code == 200 and me.json()["userPrincipalName"] == "kai@contoso.onmicrosoft.com", "Graph /me with MSAL's token")

        # MSAL: device code, completed by a person on another device.
        device_app = msal.PublicClientApplication(profile["publicClientId"], authority=profile["authorityHost"] + ISV,
                                                  validate_authority=False, instance_discovery=False, verify=ca)
        flow = device_app.initiate_device_flow([profile["armScope"]])
        check("user_code" in flow, "MSAL starts the device code flow")

        def person():
            browser = requests.Session()
            browser.verify = ca
            page = browser.post(flow["verification_uri"], data={"code": flow["user_code"]})
            fill_form(browser, page, {"username": "alex@fabrikamisv.onmicrosoft.com", "password": "Sandbox-Isv-1", "action": "signin"})

        threading.Timer(1.5, person).start()
        result = device_app.acquire_token_by_device_flow(flow)
        check("access_token" in result, "MSAL polls the device code to a token")

        # Azure SDK for Python, management plane.
        credential = MsalCredential(profile, ca, app, account)
        kwargs = dict(base_url=arm, credential_scopes=[profile["armScope"]], connection_verify=ca)
        subs = list(SubscriptionClient(credential, **kwargs).subscriptions.list())
        check(len(subs) == 1 and subs[0].subscription_id == CUSTOMER_SUB, "azure-mgmt-resource lists the subscription")
        resources = ResourceManagementClient(credential, CUSTOMER_SUB, **kwargs)
        rg = resources.resource_groups.create_or_update("rg-sdk", {"location": "westeurope"})
        check(rg.name == "rg-sdk", "azure-mgmt-resource creates a resource group")
        provider = resources.providers.get("Microsoft.KeyVault")
        check(provider.registration_state == "Registered", "azure-mgmt-resource reads a provider")
        vaults = KeyVaultManagementClient(credential, CUSTOMER_SUB, **kwargs)
        poller = vaults.vaults.begin_create_or_update("rg-sdk", "kv-sdk-client", {
            "location": "westeurope",
            "properties": {"tenant_id": CUSTOMER, "sku": {"family": "A", "name": "standard"}, "access_policies": [],
                           "enable_rbac_authorization": True, "enable_purge_protection": True}})
        vault = poller.result()
        check(vault.properties.vault_uri.startswith("https://127.0.0.1:"), "azure-mgmt-keyvault creates a vault (LRO poller)")

        # Azure SDK, Key Vault data plane: the challenge, per-vault origin, key id parsing.
        keys = KeyClient(vault_url=vault.properties.vault_uri, credential=credential, verify_challenge_resource=False,
                         connection_verify=ca)
        key = keys.create_rsa_key("sdk-key", size=2048)
        parsed = KeyVaultKeyIdentifier(key.id)
        check(parsed.name == "sdk-key" and parsed.version and parsed.vault_url.rstrip("/") == vault.properties.vault_uri.rstrip("/"),
              "azure-keyvault-keys creates a key through the 401 challenge and parses its id")
        check(keys.get_key("sdk-key").id == key.id, "azure-keyvault-keys reads the latest version")

        # Role assignment with azure-mgmt-authorization.
        auth = AuthorizationManagementClient(credential, CUSTOMER_SUB, **kwargs)
        scope = vault.id + "/keys/sdk-key"
        role = "/subscriptions/%s/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6" % CUSTOMER_SUB
        oid = me.json()["id"]
        assignment = auth.role_assignments.create(scope, str(uuid.uuid4()), {"role_definition_id": role, "principal_id": oid,
                                                                             "principal_type": "User"})
        check(assignment.scope.lower() == scope.lower(), "azure-mgmt-authorization assigns a role at key scope")

        # The ISV: a private endpoint to the customer's vault, an Azure-AsyncOperation LRO.
        alex_app, alex = sign_in(profile, ca, "alex@fabrikamisv.onmicrosoft.com", "Sandbox-Isv-1")
        network = NetworkManagementClient(MsalCredential(profile, ca, alex_app, alex), ISV_SUB, **kwargs)
        subnet = "/subscriptions/%s/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/vnet-anf/subnets/snet-endpoints" % ISV_SUB
        endpoint = network.private_endpoints.begin_create_or_update("rg-anf", "pe-sdk", {
            "location": "westeurope", "subnet": {"id": subnet},
            "manual_private_link_service_connections": [{"name": "kv", "private_link_service_id": vault.id, "group_ids": ["vault"]}]}).result()
        state = endpoint.manual_private_link_service_connections[0].private_link_service_connection_state.status
        check(endpoint.provisioning_state == "Succeeded" and state == "Pending", "azure-mgmt-network creates a private endpoint, Pending")
    except Exception as error:  # the test reports, it does not crash
        failures.append("exception: %r" % error)
        print("FAIL exception: %r" % error, flush=True)
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    print("%d check(s) failed" % len(failures) if failures else "all real-client checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
