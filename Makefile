# Dateline: `make run` builds warehouse/ from seeds/, `make test` runs the tests.
# Both create the virtualenv .venv and install the project into it first (once per change
# of pyproject.toml).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

export PREFECT_SERVER_ANALYTICS_ENABLED = false

.PHONY: install run test clean reference evaluate bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(BIN)/dateline run

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf warehouse/lake warehouse/*.duckdb warehouse/.*.building*

# Rebuild seeds/actors.csv, actor_aliases.csv, actor_roles.csv, places.csv from ../shared/data/reference.
reference: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,reference]'
	$(BIN)/python -m flows.reference

# Accuracy and throughput figures (reads ../shared/data when present).
evaluate: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,reference]'
	$(BIN)/python -m flows.evaluate

# Cold build and unchanged rerun timings (reads ../shared/data when present); not part of CI.
bench: $(STAMP)
	$(BIN)/python -m flows.bench
