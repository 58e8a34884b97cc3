# 教体问答 — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
REPORTS := data/reports
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1
export ANONYMIZED_TELEMETRY ?= False
export GRADIO_ANALYTICS_ENABLED ?= False
export PIP_DISABLE_PIP_VERSION_CHECK ?= 1

.PHONY: run test index eval bench bench-10k soak browser office clean

## make run: install, build the index of the bundled report if missing or stale, serve the chat
run: $(VENV)/.installed office index
	$(BIN)/python app.py

## make test: install the test extras and run the whole suite (the evaluation gate included)
test: $(VENV)/.installed-test browser office
	$(BIN)/python -m pytest -q

index: $(VENV)/.installed
	$(BIN)/python -m ingest $(REPORTS) -q

eval: $(VENV)/.installed index
	$(BIN)/python -m eval run --min-accuracy 0.95 --min-refusal 1.0 --max-false-answers 0

bench: $(VENV)/.installed-test office index
	$(BIN)/python -m eval.bench --scale-dir var/bench-scale

# the scale run at 10,000 documents (~100k chunks): about two hours on 2 cores, most of it
# ingest; kept in var/bench-scale, so a run stopped midway continues where it stopped
bench-10k: $(VENV)/.installed-test office index
	$(BIN)/python -m eval.bench --documents 1,1000,10000 --scale-dir var/bench-scale

soak: $(VENV)/.installed-test index
	$(BIN)/python -m eval.soak

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

# torch's CPU build goes in first, so that sentence-transformers does not pull a CUDA one
$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

# Debian's Chromium (and a Chinese font for readable screenshots) for the browser tests;
# Playwright drives it and never downloads a browser of its own
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	  else echo "browser tests need: sudo apt-get install -y chromium fonts-wqy-microhei"; exit 1; fi; \
	fi

# LibreOffice without a GUI converts .doc/.wps/.xls/.et for ingest (63 packages, ≈ 100 MB
# download, ≈ 290 MB installed, ≈ 40 s with apt; without it those formats are refused in one line)
office:
	@if ! command -v soffice >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null; \
	  else echo "to read .doc/.wps/.xls/.et: sudo apt-get install -y --no-install-recommends" \
	    "libreoffice-writer-nogui libreoffice-calc-nogui"; fi; \
	fi

clean:
	rm -rf $(VENV) var eval/out test-artifacts
