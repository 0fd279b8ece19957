# Nämndklient: `make run` starts the application, `make test` runs every check.
# Both set up what they need on a fresh Debian machine (system packages, venv).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test lint pytest bench system-deps system-deps-test venv translations clean

run: system-deps $(STAMP)
	$(BIN)/nämndklient $(ARGS)

test: system-deps-test $(STAMP)
	$(BIN)/ruff check src tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: system-deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m nämndklient.bench $(ARGS)

system-deps:
	@sh packaging/linux/install-system-deps.sh run

system-deps-test:
	@sh packaging/linux/install-system-deps.sh test

venv: $(STAMP)

# constraints.txt pins every package to the versions the project was tested with.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
