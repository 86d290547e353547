"""tests/docs: the helpers in this folder import by module name (``doc_blocks``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
