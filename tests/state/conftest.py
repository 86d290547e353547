"""State-file tests (audit log, keys, registry, suites): real files and real `guard serve` processes.

The proxy test helpers (policies, settings, a real server on loopback) are shared from tests/proxy.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "proxy"))
