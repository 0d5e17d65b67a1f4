# The few commands people run. `make run` and `make test` are all a new user needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
BENCH_ARGS ?=
# Every Django template of the project (not those of installed packages).
TEMPLATES = $(shell find . -path ./.venv -prune -o -path ./node_modules -prune -o -path '*/templates/*' -name '*.html' -print)

.PHONY: run test install install-dev messages translations-source browser-deps varnish-deps lint format check bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Compile the interface translations (.po -> .mo) with Babel: no system gettext needed.
messages: $(VENV)/.installed
	$(BIN)/pybabel compile --domain django --directory locale --statistics

## Re-extract strings after changing code or templates (needs gettext's xgettext).
translations-source: $(VENV)/.installed
	$(PY) manage.py makemessages --locale uk --locale et --locale lt --no-obsolete \
		--ignore ".venv/*" --ignore "node_modules/*" --ignore "tests/*" --ignore "bench/*"

run: $(VENV)/.installed messages
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	@echo
	@echo "  Portal:  http://$(HOST):$(PORT)/   (admin: http://$(HOST):$(PORT)/admin/ — login printed above)"
	@echo "  E-mails (sign-ups, alerts) are printed here by the task worker that runs beside the server."
	@echo
	@# The task worker (django-tasks' db_worker) sends the e-mail alerts; it stops with the server.
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py db_worker --backend alerts --no-reload --no-startup-delay --verbosity 0 & worker=$$!; \
	$(PY) manage.py runserver $(HOST):$(PORT)

## Debian's Chromium for the browser tests (never a downloaded browser), axe-core from npm, and the
## Nu HTML checker (npm's vnu-jar) with Debian's Java for tests/conformance/. --ignore-scripts: the
## only install script, vnu-jar's, would download a Java runtime where none is installed.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; \
	fi
	@if ! command -v java >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq default-jre-headless; fi; \
	fi
	@if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then \
		command -v npm >/dev/null || { if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq npm; else sudo apt-get install -y -qq npm; fi; }; \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	fi

## Debian's Varnish with the xkey vmod, for tests/test_varnish.py (it starts its own varnishd).
varnish-deps:
	@if ! ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq varnish varnish-modules; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq varnish varnish-modules; fi; \
	fi

test: $(VENV)/.installed-dev messages browser-deps varnish-deps
	$(PY) -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

## What CI checks, and what pre-commit checks before each commit (.pre-commit-config.yaml).
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(TEMPLATES)
	@awk 'length > 160 { print FILENAME ":" FNR ": template line longer than 160 characters"; bad = 1 } END { exit bad }' $(TEMPLATES)
	$(BIN)/bandit -q -ll -r . -x ./.venv,./node_modules,./tests,./bench
	$(PY) manage.py makemigrations --check --dry-run

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	-$(BIN)/djhtml $(TEMPLATES)

check: lint
	$(PY) manage.py check

## Benchmarks (README "Benchmarks"): make bench BENCH_ARGS=--quick for a smoke run.
bench: $(VENV)/.installed-dev
	$(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules static_collected .pytest_cache
