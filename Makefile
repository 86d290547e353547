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

.PHONY: setup demo test lint test-vllm quickstart clean

$(BIN)/guard: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/guard

setup: $(BIN)/guard

demo: setup
	$(BIN)/guard policy check policies/users/*.yaml
	$(BIN)/guard policy show policies/users/alice.yaml --scenario s17_vehicle_registration --operator policies/operator.yaml --question "What is the plate number of this car?"

lint: setup
	$(BIN)/ruff check guard tests
	$(BIN)/ruff format --check guard tests
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

# The slow tier: the real stack on CPU (tiny model -> guard train -> vLLM -> guard serve), DESIGN §8, §10.
test-vllm: setup
	scripts/setup-vllm-env.sh $(VLLM_VENV)
	$(BIN)/pytest -m vllm tests/serving -q --basetemp=$(VLLM_TIER_TMP)

# The README quickstart: the same real stack, one multimodal request and a short certification.
quickstart: setup
	scripts/setup-vllm-env.sh $(VLLM_VENV)
	scripts/quickstart.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
