"""Fleet tests: real PostgreSQL (started here), real `guard serve` replicas, real Chromium.

Tests marked ``postgres`` (not in the default run; ``pytest -m postgres tests/fleet``) need the
distribution's PostgreSQL server binaries (Debian: ``apt-get install postgresql``) and are skipped,
saying so, when none are found.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))  # real_stack: starting real processes

from pg_cluster import Cluster, find_bin


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    bindir = find_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) found: apt-get install postgresql, or GUARD_PG_BIN")
    c = Cluster(bindir)
    try:
        c.init()
        c.start()
        yield c
    finally:
        c.destroy()


@pytest.fixture
def database(cluster: Cluster) -> str:
    """A fresh, empty database of the cluster; returns its DSN."""
    import asyncpg

    name = f"t_{uuid.uuid4().hex[:12]}"

    async def create() -> None:
        conn = await asyncpg.connect(cluster.dsn())
        try:
            await conn.execute(f"CREATE DATABASE {name}")
        finally:
            await conn.close()

    asyncio.run(create())
    return cluster.dsn(name)
