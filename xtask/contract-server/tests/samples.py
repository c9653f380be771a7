"""Minimal schema-valid requests for every operation of a spec, encoded the way Stripe's
clients encode them (bracketed form bodies and deepObject query parameters)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

BOUNDARY = "contract-sample-boundary"


@dataclass
class SampleRequest:
    """One HTTP request built from the spec."""

    operation_id: str
    method: str
    path: str
    query: list[tuple[str, str]]
    body: bytes
    content_type: str | None

    def target(self) -> str:
        """Path and query string."""
        return self.path + ("?" + urlencode(self.query) if self.query else "")


class Sampler:
    """Builds sample values from schemas, resolving the spec's local ``$ref``s."""

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            node: Any = self.spec
            for part in schema["$ref"][2:].split("/"):
                node = node[part]
            schema = node
        return schema

    def value(self, schema: Any, name: str = "value", depth: int = 0) -> Any:
        """A small value that satisfies ``schema``."""
        schema = self.resolve(schema)
        if depth > 12:
            raise ValueError(f"schema nests too deep at {name}")
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.value(schema[key][0], name, depth + 1)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "string":
            if schema.get("format") == "decimal":
                return "1.5"
            text = f"sample_{name}"
            return text[: schema.get("maxLength", len(text))]
        if kind == "integer":
            return max(1, schema.get("minimum", 1))
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        if kind == "array":
            return [self.value(schema.get("items", {}), name, depth + 1)]
        if kind == "object" or "properties" in schema:
            properties = schema.get("properties", {})
            out = {p: self.value(properties[p], p, depth + 1) for p in schema.get("required", [])}
            if not out and properties:
                first = min(properties)
                out[first] = self.value(properties[first], first, depth + 1)
            if not out and isinstance(schema.get("additionalProperties"), dict):
                out["key"] = self.value(schema["additionalProperties"], "key", depth + 1)
            return out
        return f"sample_{name}"


def encode(prefix: str, value: Any) -> list[tuple[str, str]]:
    """Stripe's bracket encoding of one parameter."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in encode(f"{prefix}[{k}]", v)]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in encode(f"{prefix}[{i}]", v)]
    if isinstance(value, bool):
        return [(prefix, "true" if value else "false")]
    return [(prefix, str(value))]


def multipart(pairs: list[tuple[str, str]], files: dict[str, tuple[str, bytes]]) -> bytes:
    """A multipart/form-data body with ``BOUNDARY``."""
    out = b""
    for name, value in pairs:
        out += f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    for name, (filename, content) in files.items():
        out += (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


def minimal_requests(spec: dict[str, Any]) -> list[SampleRequest]:
    """One request per operation with only the required parameters, in spec order."""
    sampler = Sampler(spec)
    requests = []
    for template, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            path, query = template, []
            for param in op.get("parameters", []):
                if not param.get("required"):
                    continue
                value = sampler.value(param["schema"], param["name"])
                if param["in"] == "path":
                    path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
                elif param["in"] == "query":
                    query += encode(param["name"], value)
            body, content_type = b"", None
            content = op.get("requestBody", {}).get("content", {})
            for media, media_type in content.items():
                schema = sampler.resolve(media_type.get("schema", {}))
                props = schema.get("properties", {})
                fields = {p: sampler.value(props[p], p) for p in schema.get("required", [])}
                pairs = [pair for k, v in fields.items() for pair in encode(k, v)]
                if media == "multipart/form-data":
                    files = {k: (f"{k}.txt", b"sample file\n") for k, _ in pairs if k == "file"}
                    body = multipart([(k, v) for k, v in pairs if k not in files], files)
                    content_type = f"multipart/form-data; boundary={BOUNDARY}"
                elif pairs:
                    body = urlencode(pairs).encode()
                    content_type = media
                break
            requests.append(SampleRequest(op["operationId"], method.upper(), path, query, body, content_type))
    return requests


if __name__ == "__main__":
    import sys

    with open(sys.argv[1], encoding="utf-8") as f:
        for r in minimal_requests(json.load(f)):
            print(r.method, r.target(), r.body[:200])
