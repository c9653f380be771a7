#!/usr/bin/env bash
# The contract server's environment and entry points.
#
#   run.sh venv                 create or refresh the venv from requirements.txt; prints its path
#   run.sh serve ARGS...        run server.py in the venv (ARGS: --spec FILE [--port N] ...)
#   run.sh selftest [PYTEST...] run the self-tests in tests/ against the Stripe spec mirror
#
# The venv lives in ${SDKGEN_VENV:-$HOME/.cache/sdkgen/venv}; it is rebuilt only when
# requirements.txt changes, so repeated runs cost a file comparison. The spec mirror is
# ${SDKGEN_SPECS_MIRROR:-<project root>/../shared/specs}.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
venv="${SDKGEN_VENV:-$HOME/.cache/sdkgen/venv}"
requirements="$here/requirements.txt"
stamp="$venv/.sdkgen-requirements.txt"

ensure_venv() {
  if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp"; then
    return
  fi
  local python="${SDKGEN_PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    echo "run.sh: $python is older than Python 3.10 (set SDKGEN_PYTHON)" >&2
    exit 1
  fi
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements" >&2
  cp "$requirements" "$stamp"
}

case "${1:-}" in
  venv)
    ensure_venv
    echo "$venv"
    ;;
  serve)
    shift
    ensure_venv
    exec "$venv/bin/python" "$here/server.py" "$@"
    ;;
  selftest)
    shift
    ensure_venv
    cd "$here"
    exec "$venv/bin/python" -m pytest -q -p no:cacheprovider tests "$@"
    ;;
  *)
    sed -n '2,11p' "$0" >&2
    exit 2
    ;;
esac
