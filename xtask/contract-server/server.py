"""A validating Stripe mock server for contract tests, in the manner of stripe-mock.

Usage::

    python server.py --spec spec3.json [--fixtures fixtures3.json] [--port N] [--ledger FILE]

It listens on 127.0.0.1 (port from ``--port``, else ``CONTRACT_SERVER_PORT``, else a free one)
and prints ``contract server listening on http://127.0.0.1:PORT`` once it is ready.

For every request it finds the operation (method and path template), checks an ``sk_test_``
key (HTTP basic or bearer), and validates path, query, headers and body with openapi-core
against the spec. Stripe's bracket encoding (``metadata[k]=v``, ``items[0][price]=p``,
``expand[]=x``, ``a[b][c]=x``) in form bodies, multipart bodies and deepObject query
parameters is decoded here, guided by the schema (``true``/``false``, integers, numbers,
indexed arrays, and ``""`` for Stripe's ``anyOf: [X, enum [""]]`` "unset"), because stock
openapi-core does not decode nested brackets or arrays of objects. Unknown top-level
parameters are rejected, as Stripe does.

A valid request is answered with the operation's success object taken from
``fixtures3.json`` (matched through the component schema's ``x-resourceId``), lists as
``{"object": "list", "data": [...], "has_more": false, "url": PATH}``, and ids from the path
put into the object. Required properties that a fixture lacks are filled (``null`` where
nullable). Every response is itself validated against the spec's response schema; a mismatch
is recorded as a failure. An invalid request gets a 400 with a Stripe error body naming the
parameter. ``nullable: true`` beside ``anyOf`` or ``enum`` is read as Stripe means it (``null``
allowed; see ``stripe_nullable``).

Every request lands in a ledger (and in ``--ledger FILE`` as JSON lines).
``GET /__contract/report`` answers ``{operations_total, operations_exercised, failures,
requests}``; ``POST /__contract/reset`` empties the ledger.
"""

from __future__ import annotations

import argparse
import base64
import copy
import email.parser
import email.policy
import json
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas import oas30_write_schema_casters_factory
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types import media_type_deserializers
from openapi_core.deserializing.media_types.factories import MediaTypeDeserializersFactory
from openapi_core.deserializing.styles import style_deserializers
from openapi_core.deserializing.styles.factories import StyleDeserializersFactory
from werkzeug.datastructures import Headers, ImmutableMultiDict

STRIPE_HOST = "https://api.stripe.com"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


class DecodeError(ValueError):
    """A parameter that cannot be decoded; ``param`` names it in bracket form."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param


# --- Stripe bracket encoding -------------------------------------------------------------

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def split_key(key: str) -> list[str]:
    """``items[0][price]`` -> ``["items", "0", "price"]``; ``expand[]`` -> ``["expand", ""]``."""
    m = _KEY.match(key)
    if m is None:
        raise DecodeError(key, f"Malformed parameter name `{key}`: brackets must be balanced, as in a[b][c].")
    return [m.group(1)] + re.findall(r"\[([^\[\]]*)\]", m.group(2))


class _Appended(list):
    """A list built from ``[]`` segments (as opposed to explicit indexes)."""


def decode_brackets(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Builds nested values from bracket-encoded pairs.

    Explicit indexes stay as digit-string keys of a dict; the schema decides later whether
    that dict is an array (``coerce``). ``[]`` appends; ``a[][b]=1&a[][c]=2`` groups into one
    element until a key repeats. A name given twice, or both as a value and as a container,
    is an error.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        segments = split_key(key)
        node: Any = root
        for depth, segment in enumerate(segments):
            last = depth == len(segments) - 1
            here = "".join([segments[0]] + [f"[{s}]" for s in segments[1:depth + 1]])
            if segment == "" and depth > 0:
                if not isinstance(node, _Appended):
                    raise DecodeError(here, f"Parameter `{here}` mixes `[]` with named or indexed keys.")
                if last:
                    node.append(value)
                    break
                following = segments[depth + 1]
                if not node or not isinstance(node[-1], dict) or (following in node[-1] and len(segments) == depth + 2):
                    node.append({})
                node = node[-1]
                continue
            if isinstance(node, _Appended):
                raise DecodeError(here, f"Parameter `{here}` mixes `[]` with named or indexed keys.")
            if last:
                if segment in node:
                    raise DecodeError(here, f"Parameter `{here}` is given more than once.")
                node[segment] = value
                break
            child_is_append = segments[depth + 1] == ""
            existing = node.get(segment)
            if existing is None:
                existing = _Appended() if child_is_append else {}
                node[segment] = existing
            elif not isinstance(existing, (dict, list)):
                raise DecodeError(here, f"Parameter `{here}` is given both as a value and with brackets.")
            node = existing
    return root


class Schemas:
    """Resolves local ``$ref``s of the spec (a plain dict)."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref {ref} is not supported")
            node: Any = self.spec
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
            if seen > 64:
                raise ValueError(f"$ref cycle at {ref}")
        return schema


_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def _index_list(value: dict[str, Any]) -> list[Any] | None:
    """A dict keyed ``"0".."n-1"`` as a list, else None."""
    if not value or not all(isinstance(k, str) and k.isdigit() for k in value):
        return None
    indexes = sorted(int(k) for k in value)
    if indexes != list(range(len(indexes))):
        return None
    return [value[str(i)] for i in indexes]


def coerce(schemas: Schemas, schema: Any, value: Any) -> tuple[Any, bool]:
    """Turns decoded form strings into the types ``schema`` asks for.

    Returns the value and whether it fits the schema's types (enums of ``anyOf`` branches
    included); an unfit value is returned as decoded so that the validator reports it.
    """
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return value, True
    for key in ("anyOf", "oneOf"):
        if key in schema:
            for branch in schema[key]:
                converted, ok = coerce(schemas, branch, value)
                if ok:
                    return converted, True
            return value, False
    if "allOf" in schema:
        ok = True
        for branch in schema["allOf"]:
            value, branch_ok = coerce(schemas, branch, value)
            ok = ok and branch_ok
        return value, ok
    kind = schema.get("type")
    if isinstance(value, (dict, list)) and kind in ("string", "integer", "number", "boolean"):
        return value, False
    if kind == "string":
        ok = isinstance(value, str) and ("enum" not in schema or value in schema["enum"])
        return value, ok
    if kind == "integer":
        if isinstance(value, str) and _INTEGER.match(value):
            return int(value), True
        return value, False
    if kind == "number":
        if isinstance(value, str) and _NUMBER.match(value):
            number = float(value)
            integral = number.is_integer() and "." not in value and "e" not in value.lower()
            return (int(number) if integral else number), True
        return value, False
    if kind == "boolean":
        if value in ("true", "false"):
            return value == "true", True
        return value, False
    if kind == "array":
        items = value
        if isinstance(value, dict):
            items = _index_list(value)
            if items is None:
                return value, False
        if not isinstance(items, list):
            return value, False
        out, ok = [], True
        for item in items:
            converted, item_ok = coerce(schemas, schema.get("items", {}), item)
            out.append(converted)
            ok = ok and item_ok
        return out, ok
    if kind == "object" or "properties" in schema:
        if not isinstance(value, dict):
            return value, False
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        out, ok = {}, True
        for key, item in value.items():
            if key in properties:
                out[key], item_ok = coerce(schemas, properties[key], item)
            elif isinstance(extra, dict):
                out[key], item_ok = coerce(schemas, extra, item)
            else:
                out[key], item_ok = item, extra is not False
            ok = ok and item_ok
        ok = ok and all(name in out for name in schema.get("required", []))
        return out, ok
    return value, True


SAMPLES: dict[Any, Any] = {"array": [], "string": "x", "integer": 0, "number": 0, "boolean": False}
NULL_BRANCH = {"type": "object", "nullable": True, "enum": [None]}


def stripe_nullable(node: Any) -> Any:
    """Reads ``nullable: true`` the way Stripe means it, for the validators.

    Stripe writes nullable references and enums as ``{"anyOf": [...], "nullable": true}``
    and ``{"enum": [...], "nullable": true}``. Strict OpenAPI 3.0.3 ignores ``nullable``
    without a ``type`` beside it and keeps ``null`` out of an enum that does not list it, so
    the server and every Stripe SDK would disagree about ``null`` there. This copy of the
    spec says the same thing explicitly: a null branch for the composites, ``null`` in the enum.
    """
    if isinstance(node, list):
        return [stripe_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: stripe_nullable(value) for key, value in node.items()}
    if out.get("nullable") is True:
        if "enum" in out and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        if "type" not in out:
            for key in ("anyOf", "oneOf"):
                if key in out:
                    out[key] = out[key] + [NULL_BRANCH]
                    break
            else:
                if "allOf" in out:
                    out["anyOf"] = [{"allOf": out.pop("allOf")}, NULL_BRANCH]
    return out


def bracket_name(path: list[Any]) -> str:
    """``["items", 0, "price"]`` -> ``items[0][price]``."""
    if not path:
        return ""
    return str(path[0]) + "".join(f"[{p}]" for p in path[1:])


# --- openapi-core plumbing ---------------------------------------------------------------


class BracketBodyDeserializer:
    """Decodes a form or multipart body into typed nested values for openapi-core."""

    def __init__(self, schemas: Schemas, schema: SchemaPath | None, mimetype: str, parameters: dict[str, str]):
        self.schemas = schemas
        self.schema = schema.read_value() if schema is not None else {}
        self.mimetype = mimetype
        self.parameters = parameters

    def deserialize(self, raw: bytes) -> Any:
        if self.mimetype == FORM:
            pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        else:
            pairs = multipart_pairs(raw, self.parameters.get("boundary", ""))
        value = decode_brackets(pairs)
        converted, _ = coerce(self.schemas, self.schema, value)
        return converted


class BracketMediaTypeDeserializersFactory(MediaTypeDeserializersFactory):
    """Hands form and multipart bodies to ``BracketBodyDeserializer``."""

    def __init__(self, schemas: Schemas, style_deserializers_factory: StyleDeserializersFactory, defaults: Any):
        super().__init__(style_deserializers_factory, media_type_deserializers=defaults)
        self.schemas = schemas

    def create(self, spec, mimetype, schema=None, schema_validator=None, parameters=None, encoding=None,
               extra_media_type_deserializers=None):  # noqa: D102 - same contract as the base class
        if mimetype == FORM or mimetype.startswith(MULTIPART):
            return BracketBodyDeserializer(self.schemas, schema, mimetype, dict(parameters or {}))
        return super().create(spec, mimetype, schema, schema_validator, parameters, encoding,
                              extra_media_type_deserializers)


class BracketParamDeserializer:
    """Decodes one query parameter (``form`` or ``deepObject`` style) from the query pairs."""

    def __init__(self, schemas: Schemas, schema: SchemaPath, name: str):
        self.schemas = schemas
        self.schema = schema.read_value()
        self.name = name

    def deserialize(self, location: Any) -> Any:
        pairs = [(k, v) for k, v in _multi_items(location) if split_key(k)[0] == self.name]
        if not pairs:
            raise KeyError(self.name)
        value = decode_brackets(pairs)[self.name]
        converted, _ = coerce(self.schemas, self.schema, value)
        return converted


def _multi_items(location: Any) -> list[tuple[str, Any]]:
    if isinstance(location, ImmutableMultiDict):
        return list(location.items(multi=True))
    return list(location.items())


class BracketStyleDeserializersFactory(StyleDeserializersFactory):
    """Query parameters go through the bracket decoder; path and header ones keep the default."""

    def __init__(self, schemas: Schemas, schema_casters_factory: Any, defaults: Any):
        super().__init__(schema_casters_factory, style_deserializers=defaults)
        self.schemas = schemas

    def create(self, spec, schema, style, explode, name):  # noqa: D102 - same contract as the base class
        if style in ("form", "deepObject"):
            return BracketParamDeserializer(self.schemas, schema, name)
        return super().create(spec, schema, style, explode, name)


def multipart_pairs(raw: bytes, boundary: str) -> list[tuple[str, Any]]:
    """The (name, value) pairs of a multipart/form-data body; file contents become text."""
    if not boundary:
        raise DecodeError("", "multipart/form-data body without a boundary parameter.")
    head = f'Content-Type: multipart/form-data; boundary="{boundary}"\r\nMIME-Version: 1.0\r\n\r\n'.encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        raise DecodeError("", "multipart/form-data body could not be parsed.")
    pairs = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            raise DecodeError("", "multipart part without a name in Content-Disposition.")
        payload = part.get_payload(decode=True) or b""
        pairs.append((name, payload.decode("utf-8", errors="surrogateescape")))
    return pairs


@dataclass
class OpenAPIRequest:
    """The openapi-core view of one HTTP request (path template already matched)."""

    method: str
    path: str
    path_pattern: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str
    host_url: str


@dataclass
class OpenAPIResponse:
    """The openapi-core view of the response we are about to send."""

    status_code: int
    content_type: str
    data: bytes
    headers: Headers = field(default_factory=Headers)


# --- the contract --------------------------------------------------------------------------


@dataclass
class Operation:
    """One spec operation, with its compiled path template."""

    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    names: list[str]
    spec: dict[str, Any]
    server: str


@dataclass
class Outcome:
    """What the server answers and what the ledger records for one request."""

    status: int
    content_type: str
    body: bytes
    entry: dict[str, Any]


def stripe_error(message: str, param: str | None = None, kind: str = "invalid_request_error") -> dict[str, Any]:
    """A Stripe-shaped error body."""
    error: dict[str, Any] = {"type": kind, "message": message}
    if param:
        error["param"] = param
    return {"error": error}


def parse_operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec, literal paths before templated ones."""
    ops = []
    default_servers = spec.get("servers") or [{"url": STRIPE_HOST}]
    for template, item in spec.get("paths", {}).items():
        names = re.findall(r"\{([^}]+)\}", template)
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$"
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                servers = op.get("servers") or item.get("servers") or default_servers
                ops.append(Operation(op.get("operationId", f"{method} {template}"), method, template,
                                     re.compile(pattern), names, op, servers[0]["url"].rstrip("/")))
    # Literal segments win over templates: /v1/customers/search before /v1/customers/{customer}.
    ops.sort(key=lambda o: (len(o.names), -len(re.sub(r"\{[^}]+\}", "", o.template))))
    return ops


class Contract:
    """The spec, the fixtures, the validators and the ledger."""

    def __init__(self, spec: dict[str, Any], fixtures: dict[str, Any], ledger_path: str | None = None):
        self.spec = spec
        self.schemas = Schemas(spec)
        self.fixtures = fixtures.get("resources", fixtures)
        self.operations = parse_operations(spec)
        styles = BracketStyleDeserializersFactory(self.schemas, oas30_write_schema_casters_factory, style_deserializers)
        media = BracketMediaTypeDeserializersFactory(self.schemas, styles, media_type_deserializers)
        config = Config(spec_validator_cls=None, style_deserializers_factory=styles,
                        media_type_deserializers_factory=media)
        self.api = OpenAPI(SchemaPath.from_dict(stripe_nullable(spec)), config=config)
        self.lock = threading.Lock()
        self.validation_lock = threading.Lock()  # openapi-core's caches are not documented as thread-safe
        self.ledger: list[dict[str, Any]] = []
        self.ledger_path = ledger_path

    def find(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for a request, its path variables, and whether the path exists at all."""
        path_known = False
        for op in self.operations:
            m = op.regex.match(path)
            if m is None:
                continue
            path_known = True
            if op.method == method:
                return op, {n: unquote(v) for n, v in zip(op.names, m.groups(), strict=True)}, True
        return None, {}, path_known

    # Handling -------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Headers, body: bytes) -> Outcome:
        """Validates one request and builds the answer."""
        method = method.lower()
        url = urlsplit(target)
        path = url.path
        entry: dict[str, Any] = {"method": method.upper(), "path": path, "operation": None, "valid": False,
                                 "query": url.query, "body": body[:2000].decode("utf-8", errors="replace")}
        op, variables, path_known = self.find(method, path)
        if op is None:
            message = f"Unrecognized request URL ({method.upper()}: {path})."
            if path_known:
                message += " The path exists, but not with this method."
            return self._reject(entry, 404, message, None)
        entry["operation"] = op.operation_id

        auth_error = check_auth(headers.get("Authorization"))
        if auth_error:
            return self._reject(entry, 401, auth_error, None)

        query_pairs = parse_qsl(url.query, keep_blank_values=True)
        content_type = headers.get("Content-Type", "")
        try:
            self._check_names(op, query_pairs, body, content_type)
        except DecodeError as e:
            return self._reject(entry, 400, str(e), e.param)

        request = OpenAPIRequest(
            method=method,
            path=path,
            path_pattern=op.template,
            parameters=RequestParameters(query=ImmutableMultiDict(query_pairs), header=headers, path=variables),
            body=body or None,
            content_type=content_type.lower() or FORM,
            host_url=op.server,
        )
        try:
            with self.validation_lock:
                errors = list(self.api.iter_request_errors(request))
        except DecodeError as e:
            return self._reject(entry, 400, str(e), e.param)
        if errors:
            problems = [describe_request_error(e) for e in errors]
            message, param = problems[0]
            entry["messages"] = [m for m, _ in problems]
            return self._reject(entry, 400, message, param)

        entry["valid"] = True
        content_type_out, payload = self.respond(op, variables, path)
        response = OpenAPIResponse(200, content_type_out, payload, Headers({"Content-Type": content_type_out}))
        with self.validation_lock:
            response_errors = [describe_response_error(e) for e in self.api.iter_response_errors(request, response)]
        if response_errors:
            entry["response_valid"] = False
            entry["message"] = "response does not match the spec: " + "; ".join(response_errors)
        else:
            entry["response_valid"] = True
        self._record(entry)
        return Outcome(200, content_type_out, payload, entry)

    def _check_names(self, op: Operation, query_pairs: list[tuple[str, str]], body: bytes, content_type: str) -> None:
        """Rejects unknown top-level parameters (query, and form bodies), as Stripe does."""
        known_query = {p["name"] for p in op.spec.get("parameters", []) if p.get("in") == "query"}
        for key, _ in query_pairs:
            name = split_key(key)[0]
            if name not in known_query:
                raise DecodeError(name, f"Received unknown parameter: {name}")
        if not body:
            return
        media = content_type.split(";")[0].strip().lower()
        content = op.spec.get("requestBody", {}).get("content", {})
        if media not in content:
            allowed = ", ".join(sorted(content)) or "no body"
            raise DecodeError("", f"Content-Type `{media or '(none)'}` is not accepted here; expected {allowed}.")
        if media == FORM:
            schema = self.schemas.resolve(content[media].get("schema", {}))
            properties = schema.get("properties", {})
            if schema.get("additionalProperties", True) is False:
                for key, _ in parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True):
                    name = split_key(key)[0]
                    if name not in properties:
                        raise DecodeError(name, f"Received unknown parameter: {name}")

    def _reject(self, entry: dict[str, Any], status: int, message: str, param: str | None) -> Outcome:
        entry["message"] = message
        if param:
            entry["param"] = param
        self._record(entry)
        payload = json.dumps(stripe_error(message, param)).encode()
        return Outcome(status, "application/json", payload, entry)

    def _record(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.ledger.append(entry)
            if self.ledger_path:
                with open(self.ledger_path, "a", encoding="utf-8") as f:
                    f.write(json.dumps(entry) + "\n")

    # Responses --------------------------------------------------------------------------------

    def respond(self, op: Operation, variables: dict[str, str], path: str) -> tuple[str, bytes]:
        """The success response body for an operation."""
        content = op.spec.get("responses", {}).get("200", {}).get("content", {})
        if "application/json" not in content:
            media = next(iter(content), "application/octet-stream")
            if media == "application/pdf":
                return media, b"%PDF-1.4\n%contract-server\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            return media, b""
        schema = content["application/json"].get("schema", {})
        value = self.build(schema, path, depth=0)
        if isinstance(value, dict) and value.get("object") not in ("list", "search_result"):
            self.with_path_ids(value, variables, op.names[-1] if op.template.endswith("}") else None)
        return "application/json", json.dumps(value).encode()

    def build(self, schema: Any, path: str, depth: int) -> Any:
        """A value for ``schema``: a fixture for a resource, a list around one, or a sample."""
        if depth > 8:
            return None
        if isinstance(schema, dict) and "$ref" in schema:
            target = self.schemas.resolve(schema)
            resource = target.get("x-resourceId")
            if resource in self.fixtures:
                return self.complete(target, copy.deepcopy(self.fixtures[resource]), 0)
            return self.build(target, path, depth + 1)
        schema = self.schemas.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.build(schema[key][0], path, depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for branch in schema["allOf"]:
                part = self.build(branch, path, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            properties = schema.get("properties", {})
            obj_enum = self.schemas.resolve(properties.get("object", {})).get("enum", [])
            if obj_enum in (["list"], ["search_result"]):
                url = self.schemas.resolve(properties.get("url", {})).get("pattern", "")
                literal = re.fullmatch(r"\^(/[\w/.-]*)", url)
                out = {"object": obj_enum[0], "data": [self.build(properties["data"]["items"], path, depth + 1)],
                       "has_more": False, "url": literal.group(1) if literal else path}
                for name in schema.get("required", []):
                    if name not in out:
                        out[name] = self.build(properties[name], path, depth + 1)
                return out
            return {name: self.build(properties[name], path, depth + 1)
                    for name in schema.get("required", []) if name in properties}
        return SAMPLES.get(kind)

    def complete(self, schema: Any, value: Any, depth: int) -> Any:
        """Fills required properties that a fixture lacks (fixtures3.json predates some of
        them): ``null`` where the property is nullable, else a sample. Nested objects too."""
        schema = self.schemas.resolve(schema)
        if depth > 32 or value is None or not isinstance(schema, dict):
            return value
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branch = self._branch_for(schema[key], value)
                return value if branch is None else self.complete(branch, value, depth + 1)
        for branch in schema.get("allOf", []):
            value = self.complete(branch, value, depth + 1)
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value and name in properties:
                    prop = self.schemas.resolve(properties[name])
                    value[name] = None if prop.get("nullable") else self.build(prop, "/", depth + 1)
            for name, item in value.items():
                if name in properties:
                    value[name] = self.complete(properties[name], item, depth + 1)
                elif isinstance(schema.get("additionalProperties"), dict):
                    value[name] = self.complete(schema["additionalProperties"], item, depth + 1)
        elif isinstance(value, list) and "items" in schema:
            return [self.complete(schema["items"], item, depth + 1) for item in value]
        return value

    def _branch_for(self, branches: list[Any], value: Any) -> Any:
        """The ``anyOf`` branch a fixture value belongs to: by its ``object`` field, else by type."""
        resolved = [self.schemas.resolve(b) for b in branches]
        if isinstance(value, dict):
            tag = value.get("object")
            for branch in resolved:
                tags = self.schemas.resolve(branch.get("properties", {}).get("object", {})).get("enum", [])
                if tag is not None and tag in tags:
                    return branch
            for branch in resolved:
                if branch.get("type") == "object" or "properties" in branch:
                    return branch
        if isinstance(value, list):
            for branch in resolved:
                if branch.get("type") == "array":
                    return branch
        return None

    @staticmethod
    def with_path_ids(obj: dict[str, Any], variables: dict[str, str], id_name: str | None) -> None:
        """Puts the request's path ids into the answer: ``id_name`` (the variable that ends the
        path, if one does) becomes ``id``, and any other variable named like a string field of
        the object (``customer`` in ``/v1/customers/{customer}/...``) fills that field."""
        if id_name is not None and isinstance(obj.get("id"), str):
            obj["id"] = variables[id_name]
        for name, value in variables.items():
            if name not in ("id", id_name) and isinstance(obj.get(name), str):
                obj[name] = value

    def report(self) -> dict[str, Any]:
        """The coverage and failures seen so far."""
        with self.lock:
            ledger = list(self.ledger)
        exercised = sorted({e["operation"] for e in ledger if e["valid"] and e.get("response_valid")})
        failures = [e for e in ledger if not e["valid"] or not e.get("response_valid", False)]
        return {
            "operations_total": len(self.operations),
            "operations_exercised": exercised,
            "failures": failures,
            "requests": len(ledger),
        }

    def reset(self) -> None:
        """Empties the ledger."""
        with self.lock:
            self.ledger.clear()


def check_auth(header: str | None) -> str | None:
    """An error message unless the header carries an ``sk_test_`` key (basic or bearer)."""
    if not header:
        return "You did not provide an API key. Provide it as HTTP basic auth (`sk_test_...:`) or a bearer token."
    scheme, _, credentials = header.partition(" ")
    key = credentials.strip()
    if scheme.lower() == "basic":
        try:
            key = base64.b64decode(key, validate=True).decode("utf-8").partition(":")[0]
        except (ValueError, UnicodeDecodeError):
            return "Invalid basic authorization header: not base64 of `key:`."
    elif scheme.lower() != "bearer":
        return f"Unsupported authorization scheme `{scheme}`; use Basic or Bearer."
    if not key.startswith("sk_test_"):
        return "Invalid API key: expected a test secret key starting with `sk_test_`."
    return None


def _leaf_errors(error: Any) -> list[Any]:
    """The most specific jsonschema errors under an ``anyOf``/``oneOf`` failure."""
    if getattr(error, "context", None):
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        if len(deepest.absolute_path) > 0:
            return _leaf_errors(deepest)
    return [error]


def _schema_problems(cause: Any, prefix: list[Any], response: bool = False) -> list[tuple[str, str]]:
    """(message, bracketed parameter) for each leaf jsonschema error under ``cause``."""
    problems = []
    for err in getattr(cause, "schema_errors", []) or []:
        for leaf in _leaf_errors(err):
            where = prefix + list(leaf.absolute_path)
            if leaf.validator == "required":
                present = leaf.instance if isinstance(leaf.instance, dict) else {}
                missing = [n for n in leaf.validator_value if n not in present]
                name = bracket_name(where + missing[:1])
                problems.append((f"Missing required {'property' if response else 'param'}: {name}.", name))
            elif leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
                extra = [k for k in leaf.instance if k not in leaf.schema.get("properties", {})]
                name = bracket_name(where + extra[:1])
                label = "Undocumented property" if response else "Received unknown parameter"
                problems.append((f"{label}: {name}", name))
            else:
                name = bracket_name(where)
                problems.append((f"Invalid value for {name or 'the request body'}: {leaf.message}", name))
    return problems


def describe_request_error(error: Exception) -> tuple[str, str | None]:
    """A message and a parameter name for one openapi-core request error."""
    cause = error.__cause__
    if isinstance(cause, DecodeError):
        return str(cause), cause.param
    name = getattr(error, "name", None)
    prefix = [name] if name else []
    problems = _schema_problems(cause, prefix) if cause is not None else []
    if problems:
        return problems[0]
    detail = f": {cause}" if cause is not None else ""
    return f"{error}{detail}", name


def describe_response_error(error: Exception) -> str:
    """One line per openapi-core response error."""
    problems = _schema_problems(error.__cause__, [], response=True) if error.__cause__ is not None else []
    if problems:
        return "; ".join(message for message, _ in problems)
    return f"{error}: {error.__cause__}" if error.__cause__ else str(error)


# --- HTTP ------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive; every method goes through ``Contract.handle``."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "contract-server"
    contract: Contract

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base class signature
        if os.environ.get("CONTRACT_SERVER_LOG"):
            super().log_message(format, *args)

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Request-Id", "req_contract")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _dispatch(self) -> None:
        body = self._body()
        if self.path.startswith("/__contract/"):
            if self.command == "GET" and self.path == "/__contract/report":
                return self._send(200, "application/json", json.dumps(self.contract.report()).encode())
            if self.command == "POST" and self.path == "/__contract/reset":
                self.contract.reset()
                return self._send(200, "application/json", b"{}")
            return self._send(404, "application/json", json.dumps(stripe_error("unknown contract endpoint")).encode())
        headers = Headers(list(self.headers.items()))
        try:
            outcome = self.contract.handle(self.command, self.path, headers, body)
        except Exception as e:  # a server bug must still answer, and be recorded
            entry = {"method": self.command, "path": self.path, "operation": None, "valid": False,
                     "message": f"contract server error: {type(e).__name__}: {e}"}
            self.contract._record(entry)
            payload = json.dumps(stripe_error(entry["message"], kind="api_error")).encode()
            return self._send(500, "application/json", payload)
        self._send(outcome.status, outcome.content_type, outcome.body)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _dispatch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validating Stripe mock server for contract tests.")
    parser.add_argument("--spec", required=True, help="the Stripe OpenAPI spec (spec3.json or spec3.yaml)")
    parser.add_argument("--fixtures", help="fixtures3.json (default: next to the spec)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CONTRACT_SERVER_PORT", "0")),
                        help="port on 127.0.0.1 (default: $CONTRACT_SERVER_PORT, else a free port)")
    parser.add_argument("--ledger", help="also append every request to this file as JSON lines")
    args = parser.parse_args(argv)

    fixtures_path = args.fixtures or os.path.join(os.path.dirname(os.path.abspath(args.spec)), "fixtures3.json")
    try:
        spec = load_document(args.spec)
        fixtures = load_document(fixtures_path)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    contract = Contract(spec, fixtures, args.ledger)
    Handler.contract = contract
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"contract server listening on http://127.0.0.1:{server.server_address[1]} "
          f"({len(contract.operations)} operations)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def load_document(path: str) -> dict[str, Any]:
    """A JSON or YAML file as a dict; errors name the file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith((".yaml", ".yml")):
        import yaml

        try:
            return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
        except yaml.YAMLError as e:
            raise ValueError(f"{path}: {e}") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}:{e.lineno}:{e.colno}: {e.msg}") from e


if __name__ == "__main__":
    sys.exit(main())
