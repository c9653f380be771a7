"""localstripe (the stateful fake Stripe) installs, starts, and carries the customer, payment
method and payment intent flows that the SDK's end-to-end tests rely on.

Each answer is also checked against the Stripe spec; localstripe implements a newer or older
Stripe in places, so mismatches are listed in the run's summary rather than failed on."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import NOTES, TIMINGS  # noqa: E402

import server as contract  # noqa: E402

AUTH = {"Authorization": "Bearer sk_test_localstripe"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Localstripe:
    """A localstripe process with an empty store and a connection to it."""

    def __init__(self, spec: dict[str, Any]):
        self.port = free_port()
        executable = Path(sys.executable).parent / "localstripe"
        started = time.monotonic()
        self.process = subprocess.Popen([str(executable), "--port", str(self.port), "--from-scratch"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if "Running on" in line:
                break
        else:
            pytest.fail(f"localstripe exited before listening (code {self.process.wait()})", pytrace=False)
        TIMINGS["localstripe start"] = time.monotonic() - started
        # Its access log keeps writing; drain it so the pipe never fills.
        self.drain = subprocess.Popen(["cat"], stdin=self.process.stdout, stdout=subprocess.DEVNULL)
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        self.checker = OpenAPI(SchemaPath.from_dict(contract.stripe_nullable(spec)),
                               config=Config(spec_validator_cls=None))
        self.templates = contract.parse_operations(spec)

    def call(self, method: str, path: str, params: list[tuple[str, str]] | None = None) -> tuple[int, Any]:
        """One request; form body for POST, query otherwise. Records spec mismatches."""
        encoded = urlencode(params or [])
        headers = dict(AUTH)
        body = None
        target = path
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = encoded.encode()
        elif encoded:
            target = f"{path}?{encoded}"
        self.connection.request(method, target, body=body, headers=headers)
        response = self.connection.getresponse()
        raw = response.read()
        if response.status == 200:
            self.check(method, path, raw)
        return response.status, json.loads(raw)

    def check(self, method: str, path: str, raw: bytes) -> None:
        for op in self.templates:
            match = op.regex.match(path)
            if match and op.method == method.lower():
                request = contract.OpenAPIRequest(
                    method=op.method, path=path, path_pattern=op.template,
                    parameters=RequestParameters(path=dict(zip(op.names, match.groups(), strict=True))), body=None,
                    content_type="application/x-www-form-urlencoded", host_url=op.server)
                response = contract.OpenAPIResponse(200, "application/json", raw,
                                                    Headers({"Content-Type": "application/json"}))
                for error in self.checker.iter_response_errors(request, response):
                    for message in contract.describe_response_error(error).split("; "):
                        NOTES.setdefault(f"localstripe {op.operation_id}", set()).add(message)
                return

    def close(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.drain.wait(timeout=10)


@pytest.fixture(scope="module")
def localstripe(spec: dict[str, Any]):
    running = Localstripe(spec)
    yield running
    running.close()


def test_customer_lifecycle(localstripe: Localstripe) -> None:
    status, customer = localstripe.call("POST", "/v1/customers", [
        ("email", "jenny@example.com"), ("name", "Jenny Rosen"), ("metadata[order]", "A-1")])
    assert status == 200 and customer["object"] == "customer" and customer["id"].startswith("cus_")
    status, fetched = localstripe.call("GET", f"/v1/customers/{customer['id']}")
    assert status == 200 and fetched["email"] == "jenny@example.com" and fetched["metadata"] == {"order": "A-1"}
    status, updated = localstripe.call("POST", f"/v1/customers/{customer['id']}", [("description", "vip")])
    assert status == 200 and updated["description"] == "vip"
    status, listed = localstripe.call("GET", "/v1/customers", [("limit", "10")])
    assert status == 200 and customer["id"] in [c["id"] for c in listed["data"]]
    status, deleted = localstripe.call("DELETE", f"/v1/customers/{customer['id']}")
    assert status == 200 and deleted == {"id": customer["id"], "object": "customer", "deleted": True}
    status, error = localstripe.call("GET", f"/v1/customers/{customer['id']}")
    assert status == 404 and error["error"]["type"] == "invalid_request_error"


def test_payment_methods_attach_list_detach(localstripe: Localstripe) -> None:
    _, customer = localstripe.call("POST", "/v1/customers", [("email", "pm@example.com")])
    status, card = localstripe.call("POST", "/v1/payment_methods", [
        ("type", "card"), ("card[number]", "4242424242424242"), ("card[exp_month]", "12"),
        ("card[exp_year]", "2030"), ("card[cvc]", "123")])
    assert status == 200 and card["object"] == "payment_method" and card["card"]["last4"] == "4242"
    status, attached = localstripe.call("POST", f"/v1/payment_methods/{card['id']}/attach",
                                        [("customer", customer["id"])])
    assert status == 200 and attached["customer"] == customer["id"]
    status, listed = localstripe.call("GET", "/v1/payment_methods", [("customer", customer["id"]), ("type", "card")])
    assert status == 200 and [pm["id"] for pm in listed["data"]] == [card["id"]]
    status, visa = localstripe.call("GET", "/v1/payment_methods/pm_card_visa")
    assert status == 200 and visa["card"]["brand"] == "visa"
    status, detached = localstripe.call("POST", f"/v1/payment_methods/{card['id']}/detach")
    assert status == 200 and detached["customer"] is None


def test_payment_intent_manual_capture(localstripe: Localstripe) -> None:
    _, customer = localstripe.call("POST", "/v1/customers", [("email", "pi@example.com")])
    status, intent = localstripe.call("POST", "/v1/payment_intents", [
        ("amount", "2000"), ("currency", "usd"), ("customer", customer["id"]), ("capture_method", "manual"),
        ("payment_method", "pm_card_visa"), ("payment_method_types[0]", "card")])
    assert status == 200 and intent["status"] == "requires_confirmation"
    status, confirmed = localstripe.call("POST", f"/v1/payment_intents/{intent['id']}/confirm")
    assert status == 200 and confirmed["status"] == "requires_capture"
    status, captured = localstripe.call("POST", f"/v1/payment_intents/{intent['id']}/capture",
                                        [("amount_to_capture", "1500")])
    assert status == 200 and captured["status"] == "succeeded"


def test_payment_intent_confirm_on_create_and_cancel(localstripe: Localstripe) -> None:
    status, paid = localstripe.call("POST", "/v1/payment_intents", [
        ("amount", "500"), ("currency", "eur"), ("payment_method", "pm_card_visa"), ("confirm", "true")])
    assert status == 200 and paid["status"] == "succeeded"
    status, open_intent = localstripe.call("POST", "/v1/payment_intents", [("amount", "700"), ("currency", "eur")])
    assert status == 200 and open_intent["status"] == "requires_payment_method"
    status, canceled = localstripe.call("POST", f"/v1/payment_intents/{open_intent['id']}/cancel")
    assert status == 200 and canceled["status"] == "canceled"


def test_payment_intent_limits_worth_knowing(localstripe: Localstripe) -> None:
    """localstripe refuses what real Stripe accepts here; end-to-end flows must avoid it."""
    _, intent = localstripe.call("POST", "/v1/payment_intents", [("amount", "900"), ("currency", "usd")])
    status, error = localstripe.call("POST", f"/v1/payment_intents/{intent['id']}/confirm",
                                     [("payment_method", "pm_card_visa")])
    assert status == 500 and error["error"]["message"] == "Not implemented"
    status, error = localstripe.call("POST", "/v1/customers", [("bogus", "1")])
    assert status == 400 and "bogus" in error["error"]["message"]
