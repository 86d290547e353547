#!/usr/bin/env bash
# The fleet tier: guard replicas on a real PostgreSQL (tests/fleet -m postgres; each test starts and
# removes its own cluster on a free loopback port). Installs the distribution's PostgreSQL server and
# Chromium (the default run's policy page test drives it) when missing: Debian, as root, as in CI.
#   bash scripts/pg-tier.sh            # from the repository root, after `make install` / the .venv exists
set -euo pipefail
cd "$(dirname "$0")/.."
export LITELLM_LOCAL_MODEL_COST_MAP=True
need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v pg_config >/dev/null || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
if ((${#need[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "pg-tier: missing ${need[*]}; install them (Debian: apt-get install ${need[*]})" >&2
        exit 2
    fi
fi
.venv/bin/python -c 'import asyncpg' 2>/dev/null || .venv/bin/pip install -q 'asyncpg>=0.29,<1'
exec .venv/bin/pytest tests/fleet -m postgres -q -p no:cacheprovider "$@"
