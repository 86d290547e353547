# Two commands set everything up on a fresh machine: `make demo` (the main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# vLLM on CPU lives in its own ~7 GB environment (scripts/setup-vllm-env.sh); the guard runs from $(VENV).
VLLM_VENV ?= .venv-vllm
export VLLM_VENV
# The tier's own temp dir: other pytest runs on the machine rotate /tmp/pytest-of-* away under it.
VLLM_TIER_TMP ?= /tmp/spy-guard-vllm-tier
export LITELLM_LOCAL_MODEL_COST_MAP := True

.PHONY: setup demo test lint test-pg test-vllm quickstart clean

$(BIN)/guard: pyproject.toml
	@echo "setup: installing spy-guard with all extras into $(VENV) (first run, or after pyproject.toml changed; 1-4 minutes)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/guard

setup: $(BIN)/guard

# The main job on the local CPU stack (docs/demo.md): the first run also builds $(VLLM_VENV)
# (about 2-4 minutes, 7 GB) and the tiny model + adapter (about 1 minute); later runs reuse them.
demo: setup
	@scripts/setup-vllm-env.sh $(VLLM_VENV)
	$(BIN)/guard dev demo --vllm-venv $(VLLM_VENV)

lint: setup
	$(BIN)/ruff check guard tests scripts
	$(BIN)/ruff format --check guard tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

# The fleet tier (docs/fleet.md): PostgreSQL and Chromium from the distribution (installed when missing,
# as root), then tests/fleet -m postgres on .venv. Any failure, an empty run (pytest exit 5) or a skipped
# test (no PostgreSQL binaries) fails the target; the JUnit report says which.
PG_TIER_REPORT ?= /tmp/spy-guard-pg-tier.xml
test-pg: setup
	bash scripts/pg-tier.sh --junitxml=$(PG_TIER_REPORT)
	$(BIN)/python scripts/junit-no-skips.py $(PG_TIER_REPORT)

# The slow tier: the real stack on CPU (tiny model -> guard train -> vLLM -> guard serve), docs/serving.md.
test-vllm: setup
	scripts/setup-vllm-env.sh $(VLLM_VENV)
	$(BIN)/pytest -m vllm tests/serving -q --basetemp=$(VLLM_TIER_TMP)

# Earlier name of `make demo`.
quickstart: demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
