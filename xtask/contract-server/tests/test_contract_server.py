"""Self-tests of the contract server over real HTTP on loopback."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import TIMINGS  # noqa: E402
from samples import BOUNDARY, minimal_requests, multipart  # noqa: E402

import server as contract  # noqa: E402

FORM = "application/x-www-form-urlencoded"


def form(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs).encode()


def last_entry(server) -> dict[str, Any]:
    report = server.report()
    assert report["requests"] >= 1
    return (report["failures"] or [None])[-1]


# --- decoder units ---------------------------------------------------------------------------


def test_brackets_decode_nested_objects_arrays_and_appends() -> None:
    pairs = [("a[b][c]", "x"), ("items[1][price]", "p1"), ("items[0][price]", "p0"), ("items[0][quantity]", "2"),
             ("expand[]", "e0"), ("expand[]", "e1"), ("metadata[0]", "zero"), ("rows[][k]", "1"), ("rows[][k]", "2")]
    decoded = contract.decode_brackets(pairs)
    assert decoded["a"] == {"b": {"c": "x"}}
    assert decoded["items"] == {"1": {"price": "p1"}, "0": {"price": "p0", "quantity": "2"}}
    assert decoded["expand"] == ["e0", "e1"]
    assert decoded["metadata"] == {"0": "zero"}
    assert decoded["rows"] == [{"k": "1"}, {"k": "2"}]


@pytest.mark.parametrize("pairs, param", [
    ([("a", "1"), ("a[b]", "2")], "a"),
    ([("a[b]", "1"), ("a[b]", "2")], "a[b]"),
    ([("a[b", "1")], "a[b"),
    ([("a[]", "1"), ("a[0]", "2")], "a[0]"),
])
def test_brackets_reject_conflicting_or_malformed_names(pairs: list[tuple[str, str]], param: str) -> None:
    with pytest.raises(contract.DecodeError) as caught:
        contract.decode_brackets(pairs)
    assert caught.value.param == param


def test_coercion_follows_the_schema(spec: dict[str, Any]) -> None:
    schemas = contract.Schemas(spec)
    body = spec["paths"]["/v1/subscriptions"]["post"]["requestBody"]["content"][FORM]["schema"]
    decoded = contract.decode_brackets([
        ("customer", "cus_1"), ("items[1][price]", "p1"), ("items[0][quantity]", "2"), ("items[0][price]", "p0"),
        ("off_session", "true"), ("metadata[0]", "zero"), ("default_tax_rates", ""), ("trial_end", "now"),
        ("billing_cycle_anchor", "1700000000"),
    ])
    value, ok = contract.coerce(schemas, body, decoded)
    assert ok
    assert value["items"] == [{"quantity": 2, "price": "p0"}, {"price": "p1"}]
    assert value["off_session"] is True
    assert value["metadata"] == {"0": "zero"}
    assert value["default_tax_rates"] == ""
    assert value["trial_end"] == "now"
    assert value["billing_cycle_anchor"] == 1700000000
    gap, ok = contract.coerce(schemas, body, contract.decode_brackets([("customer", "c"), ("items[1][price]", "p")]))
    assert not ok and gap["items"] == {"1": {"price": "p"}}


# --- requests over HTTP ----------------------------------------------------------------------


def test_nested_form_body_is_accepted(server) -> None:
    server.reset()
    body = form([
        ("customer", "cus_123"),
        ("items[0][price]", "price_1"), ("items[0][quantity]", "2"),
        ("items[0][metadata][slot]", "a"), ("items[0][tax_rates][0]", "txr_1"),
        ("items[1][price_data][currency]", "usd"), ("items[1][price_data][product]", "prod_1"),
        ("items[1][price_data][recurring][interval]", "month"), ("items[1][price_data][unit_amount]", "1000"),
        ("items[1][billing_thresholds][usage_gte]", "10"),
        ("metadata[order]", "A-1"), ("metadata[note]", "ünïcode & \"quotes\""),
        ("expand[]", "latest_invoice"), ("expand[]", "customer"),
        ("off_session", "true"), ("cancel_at_period_end", "false"),
        ("default_tax_rates", ""), ("application_fee_percent", "12.5"),
    ])
    status, answer = server.json("POST", "/v1/subscriptions", body=body, content_type=FORM)
    assert status == 200, answer
    assert answer["object"] == "subscription"
    report = server.report()
    assert report["failures"] == []
    assert report["operations_exercised"] == ["PostSubscriptions"]


def test_indexed_expand_and_empty_string_unset_are_accepted(server) -> None:
    server.reset()
    body = form([("expand[0]", "default_source"), ("metadata", ""), ("address", ""), ("email", "a@example.com"),
                 ("preferred_locales[0]", "en"), ("preferred_locales[1]", "fr")])
    status, answer = server.json("POST", "/v1/customers/cus_42", body=body, content_type=FORM)
    assert status == 200, answer
    assert answer["object"] == "customer" and answer["id"] == "cus_42"
    assert server.report()["failures"] == []


def test_unknown_top_level_key_is_rejected(server) -> None:
    server.reset()
    status, answer = server.json("POST", "/v1/customers", body=form([("email", "a@b.c"), ("bogus[x]", "1")]),
                                 content_type=FORM)
    assert status == 400
    assert answer["error"]["type"] == "invalid_request_error"
    assert answer["error"]["param"] == "bogus"
    assert "bogus" in answer["error"]["message"]
    failure = last_entry(server)
    assert failure["operation"] == "PostCustomers" and failure["valid"] is False and failure["param"] == "bogus"


def test_unknown_query_parameter_is_rejected(server) -> None:
    status, answer = server.json("GET", "/v1/customers?limit=3&colour=red")
    assert status == 400 and answer["error"]["param"] == "colour"


@pytest.mark.parametrize("pairs, param", [
    ([("customer", "cus_1"), ("items[0][price]", "p"), ("items[0][quantity]", "two")], "items[0][quantity]"),
    ([("customer", "cus_1"), ("items[0][price]", "p"), ("off_session", "yes")], "off_session"),
    ([("customer", "cus_1"), ("items[0][price_data][currency]", "usd"), ("items[0][price_data][product]", "prod"),
      ("items[0][price_data][recurring][interval]", "fortnight")], "items[0][price_data][recurring][interval]"),
    ([("customer", "cus_1"), ("items[0][price]", "p"), ("collection_method", "barter")], "collection_method"),
    ([("customer", "cus_1"), ("items[1][price]", "p")], "items"),
])
def test_wrong_type_is_rejected_naming_the_parameter(server, pairs: list[tuple[str, str]], param: str) -> None:
    status, answer = server.json("POST", "/v1/subscriptions", body=form(pairs), content_type=FORM)
    assert status == 400, answer
    assert answer["error"]["param"] == param, answer
    assert param in answer["error"]["message"]


def test_missing_required_body_param_is_rejected(server) -> None:
    status, answer = server.json("POST", "/v1/payment_intents", body=form([("currency", "usd")]), content_type=FORM)
    assert status == 400
    assert answer["error"]["param"] == "amount"
    assert answer["error"]["message"] == "Missing required param: amount."


@pytest.mark.parametrize("query", ["created[gte]=1", "created[gte]=1&created[lt]=99&limit=3", "created=1",
                                   "expand[]=data.default_source&expand[]=data.tax_ids", "expand[0]=data.discount"])
def test_deep_object_query_is_accepted(server, query: str) -> None:
    server.reset()
    status, answer = server.json("GET", f"/v1/customers?{query}")
    assert status == 200, answer
    assert answer["object"] == "list" and answer["url"] == "/v1/customers"
    assert answer["data"][0]["object"] == "customer"
    assert server.report()["failures"] == []


def test_deep_object_query_with_wrong_type_is_rejected(server) -> None:
    status, answer = server.json("GET", "/v1/customers?created[gte]=yesterday")
    assert status == 400 and answer["error"]["param"] == "created[gte]", answer


def test_multipart_file_upload_is_accepted(server) -> None:
    server.reset()
    body = multipart([("purpose", "dispute_evidence"), ("file_link_data[create]", "true"),
                      ("file_link_data[metadata][case]", "7")],
                     {"file": ("evidence.png", b"\x89PNG\r\n\x1a\n binary \x00\xff")})
    status, answer = server.json("POST", "/v1/files", body=body,
                                 content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert status == 200, answer
    assert answer["object"] == "file"
    assert server.report()["failures"] == []
    bad = multipart([("purpose", "selfie")], {"file": ("a.txt", b"x")})
    status, answer = server.json("POST", "/v1/files", body=bad,
                                 content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert status == 400 and answer["error"]["param"] == "purpose"


@pytest.mark.parametrize("auth", [None, "Bearer pk_test_123", "Bearer sk_live_123", "Token sk_test_1"])
def test_requests_without_a_test_secret_key_are_refused(server, auth: str | None) -> None:
    status, answer = server.json("GET", "/v1/balance", auth=auth)
    assert status == 401 and answer["error"]["type"] == "invalid_request_error"


def test_basic_auth_with_test_key_is_accepted(server) -> None:
    status, answer = server.json("GET", "/v1/balance", auth="Basic c2tfdGVzdF8xMjM6")  # sk_test_123:
    assert status == 200 and answer["object"] == "balance"


def test_unknown_path_and_method_are_404(server) -> None:
    status, answer = server.json("GET", "/v1/nothing_here")
    assert status == 404 and "/v1/nothing_here" in answer["error"]["message"]
    status, answer = server.json("PUT", "/v1/customers")
    assert status == 404 and "not with this method" in answer["error"]["message"]


def test_deleted_objects_carry_the_path_id(server) -> None:
    status, answer = server.json("DELETE", "/v1/customers/cus_gone")
    assert status == 200
    assert answer == {**answer, "id": "cus_gone", "object": "customer", "deleted": True}


# --- every resource, every operation ---------------------------------------------------------


def retrieve_operations(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> x-resourceId of every GET answering one resource."""
    schemas = spec["components"]["schemas"]
    found = {}
    for item in spec["paths"].values():
        op = item.get("get")
        if not op:
            continue
        schema = op["responses"]["200"]["content"].get("application/json", {}).get("schema", {})
        first = schema if "$ref" in schema else (schema.get("anyOf") or [{}])[0]
        target = schemas.get(first.get("$ref", "").rsplit("/", 1)[-1], {})
        if "x-resourceId" in target:
            found[op["operationId"]] = target["x-resourceId"]
    return found


@pytest.fixture(scope="module")
def response_checker(spec: dict[str, Any]) -> OpenAPI:
    """A validator of its own, so a test does not take the server's word for it."""
    return OpenAPI(SchemaPath.from_dict(contract.stripe_nullable(spec)), config=Config(spec_validator_cls=None))


def test_get_of_each_resource_answers_a_body_that_validates(server, spec, spec_dir, response_checker) -> None:
    fixtures = json.loads((spec_dir / "fixtures3.json").read_text(encoding="utf-8"))["resources"]
    resources = retrieve_operations(spec)
    samples = [s for s in minimal_requests(spec) if s.operation_id in resources]
    assert len(samples) == len(resources) > 80
    templates = {item["get"]["operationId"]: t for t, item in spec["paths"].items() if "get" in item}
    for sample in samples:
        template = templates[sample.operation_id]
        status, _, body = server.request("GET", sample.target())
        assert status == 200, (sample.operation_id, body[:300])
        answer = json.loads(body)
        assert answer.get("object") == fixtures[resources[sample.operation_id]].get("object"), sample.operation_id
        if template.endswith("}") and isinstance(answer.get("id"), str):
            assert answer["id"] == sample.path.rsplit("/", 1)[-1], sample.operation_id
        names = [part[1:-1] for part in template.split("/") if part.startswith("{")]
        segments = zip(template.split("/"), sample.path.split("/"), strict=True)
        values = [value for part, value in segments if part.startswith("{")]
        variables = dict(zip(names, values, strict=True))
        request = contract.OpenAPIRequest(
            method="get", path=sample.path, path_pattern=template,
            parameters=RequestParameters(query=ImmutableMultiDict(sample.query), path=variables),
            body=None, content_type=FORM, host_url="https://api.stripe.com",
        )
        response = contract.OpenAPIResponse(200, "application/json", body,
                                            Headers({"Content-Type": "application/json"}))
        errors = list(response_checker.iter_response_errors(request, response))
        assert errors == [], (sample.operation_id, [str(e.__cause__)[:500] for e in errors])


def test_every_operation_accepts_its_minimal_request(server, spec) -> None:
    server.reset()
    requests = minimal_requests(spec)
    assert len(requests) == sum(1 for item in spec["paths"].values() for m in item if m in ("get", "post", "delete"))
    started = time.monotonic()
    rejected = []
    for sample in requests:
        status, _, body = server.request(sample.method, sample.target(), body=sample.body,
                                         content_type=sample.content_type)
        if status != 200:
            rejected.append((sample.operation_id, status, body[:300]))
    TIMINGS[f"sweep of {len(requests)} minimal requests"] = time.monotonic() - started
    assert rejected == []
    report = server.report()
    assert report["failures"] == []
    assert report["operations_total"] == len(requests)
    assert sorted(report["operations_exercised"]) == sorted(r.operation_id for r in requests)
    print(f"operations exercised: {len(report['operations_exercised'])}/{report['operations_total']}")
