"""Starts the contract server once for the self-tests and reports how long things took."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SERVER = HERE.parent / "server.py"
ROOT = HERE.parents[2]
TIMINGS: dict[str, float] = {}
NOTES: dict[str, set[str]] = {}


def stripe_spec_dir() -> Path:
    """``$SDKGEN_SPECS_MIRROR/stripe-2021-10-07`` (default: ``../shared/specs`` from the project root)."""
    mirror = Path(os.environ.get("SDKGEN_SPECS_MIRROR", ROOT.parent / "shared" / "specs"))
    directory = mirror / "stripe-2021-10-07"
    if not (directory / "spec3.json").is_file():
        pytest.fail(f"Stripe spec not found at {directory / 'spec3.json'}: set SDKGEN_SPECS_MIRROR", pytrace=False)
    return directory


class Server:
    """A running contract server and a keep-alive HTTP connection to it."""

    def __init__(self, process: subprocess.Popen[str], port: int):
        self.process = process
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, method: str, target: str, body: bytes = b"", content_type: str | None = None,
                auth: str | None = "Bearer sk_test_contract") -> tuple[int, dict[str, str], bytes]:
        """Sends one request; returns status, headers and body."""
        headers = {}
        if auth:
            headers["Authorization"] = auth
        if content_type:
            headers["Content-Type"] = content_type
        if body or method in ("POST", "PUT", "PATCH"):
            headers["Content-Length"] = str(len(body))
        self.connection.request(method, target, body=body or None, headers=headers)
        response = self.connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()

    def json(self, method: str, target: str, **kwargs: Any) -> tuple[int, Any]:
        """Like ``request``, with the body parsed as JSON."""
        status, _, body = self.request(method, target, **kwargs)
        return status, json.loads(body)

    def report(self) -> dict[str, Any]:
        """``GET /__contract/report``."""
        return self.json("GET", "/__contract/report", auth=None)[1]

    def reset(self) -> None:
        """``POST /__contract/reset``."""
        self.request("POST", "/__contract/reset", auth=None)


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    return stripe_spec_dir()


@pytest.fixture(scope="session")
def spec(spec_dir: Path) -> dict[str, Any]:
    with open(spec_dir / "spec3.json", encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def server(spec_dir: Path):
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--spec", str(spec_dir / "spec3.json"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    port = None
    assert process.stdout is not None
    for line in process.stdout:
        if "listening on http://127.0.0.1:" in line:
            port = int(line.split("127.0.0.1:")[1].split()[0])
            break
    if port is None:
        process.kill()
        pytest.fail(f"contract server exited before listening (code {process.wait()})", pytrace=False)
    TIMINGS["server start (spawn to listening line)"] = time.monotonic() - started
    running = Server(process, port)
    yield running
    running.connection.close()
    process.terminate()
    process.wait(timeout=10)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if NOTES:
        terminalreporter.section("answers that differ from the spec (informational)")
        for name in sorted(NOTES):
            for message in sorted(NOTES[name]):
                terminalreporter.write_line(f"{name}: {message}")
    if TIMINGS:
        terminalreporter.section("timings")
        for name, seconds in TIMINGS.items():
            terminalreporter.write_line(f"{name}: {seconds:.2f} s")
