# Two commands set everything up on a fresh machine: `make demo` (the main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export LITELLM_LOCAL_MODEL_COST_MAP := True

.PHONY: setup demo test lint test-vllm clean

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
