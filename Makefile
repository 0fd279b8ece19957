# Nämndklient: `make run` starts the application, `make test` runs every check.
# Both set up what they need on a fresh Debian machine (system packages, venv).

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test bench bundle system-deps system-deps-test venv clean

run: system-deps $(STAMP)
	$(BIN)/nämndklient $(ARGS)

test: system-deps-test $(STAMP)
	$(BIN)/ruff check src tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: system-deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m nämndklient.bench $(ARGS)

# A one-folder PyInstaller bundle, smoke-tested offscreen (see packaging/README.md).
bundle: system-deps-test $(STAMP)
	sh packaging/build-bundle.sh $(ARGS)

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
	@# An editable install leaves our own modules uncompiled; with PYTHONDONTWRITEBYTECODE
	@# set, every start would compile them again (~0.2 s).
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
