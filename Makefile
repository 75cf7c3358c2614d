# ActorGraph — the two commands a new user needs: `make demo` and `make test`.
SWIFT   ?= swift
SHARED  ?= ../shared
RELEASE := .build/release/actorgraph
DEBUG   := .build/debug/actorgraph

# apt-get as root, or through sudo for anyone else (`env` carries DEBIAN_FRONTEND past sudo).
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

# The Python that runs the extraction ratchet and the tests that read GraphML with networkx:
# Debian's own, with networkx from Debian's python3-networkx package. Nothing is ever installed
# with pip (the system Python is externally managed, PEP 668). Another Python that already has
# networkx can be named with `make test PYTHON=…`. The Swift tests read it from ACTORGRAPH_PYTHON.
PYTHON  := /usr/bin/python3
export ACTORGRAPH_PYTHON = $(PYTHON)

.PHONY: setup setup-test demo test build eval fuzz asan clean

## Install what building and `make demo` need, with apt: pkg-config, libgraphviz-dev (Graphviz's
## libraries and headers) and graphviz (`dot`). No Python.
setup:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "Installing pkg-config, libgraphviz-dev and graphviz with apt…"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq pkg-config libgraphviz-dev graphviz >/dev/null; \
	fi

## Install what `make test` adds, with apt: python3-networkx (which brings python3) for $(PYTHON).
setup-test:
	@if ! $(PYTHON) -c "import networkx" 2>/dev/null; then \
		if [ "$(PYTHON)" != /usr/bin/python3 ]; then \
			echo "$(PYTHON) cannot import networkx: install it for that Python, or leave PYTHON unset to use Debian's python3-networkx" >&2; \
			exit 1; \
		fi; \
		echo "Installing python3-networkx with apt…"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq --no-install-recommends python3-networkx >/dev/null; \
	fi

build: setup
	$(SWIFT) build -c release --product actorgraph

## Build in release mode and draw graphs/ from examples/: the graph, and what changes when the
## window slides from 2015–2021 to 2019–2023 (diff exits 1 when there are differences).
demo: build
	$(RELEASE) build examples --out-dir graphs --name actors
	$(RELEASE) diff examples --before ..2021-12-31 --after 2019-01-01.. --out-dir graphs --name diff --quiet \
		|| [ $$? -eq 1 ]
	@echo "Open graphs/actors.svg and graphs/diff.svg"

## Run every test, then the extraction ratchet on the seed articles and PLOVER sentences.
test: setup setup-test
	$(SWIFT) build --product actorgraph
	$(MAKE) --no-print-directory eval BIN=$(DEBUG)
	$(SWIFT) test
	$(MAKE) --no-print-directory spark-check BIN=$(DEBUG)

## Score extraction against ../shared/eval and fail if it falls below the floors in Tests/Evaluation.
eval: setup-test
	$(PYTHON) Tests/Evaluation/ratchet.py --shared $(SHARED) --bin $(or $(BIN),$(RELEASE))

## Run the seeded fuzz tests by time instead of by rounds: each of the three fuzzers (text pieces,
## random bytes, damaged DOT/GraphML) has four seeds, each run FUZZ_SECONDS (150 s: 10 minutes a fuzzer).
FUZZ_SECONDS ?= 150
fuzz: setup
	ACTORGRAPH_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --filter 'ExtractionFuzzTests|ReaderFuzzTests' --skip 'longLine'


## Throughput benchmark (issue 5): builds release, writes a 64 MB corpus from the seed articles into
## .build-bench/ and prints MB/s, articles/s, relations and peak RSS on all cores and on one (median of 3),
## then the time to write GraphML and DOT for 20,000 actors and 100,000 edges (graph-write-bench),
## then the syntax layer's accuracy and speed (syntax-bench).
.PHONY: bench setup-bench
bench: build setup-test setup-bench
	$(SWIFT) build -c release --product graph-write-bench
	SHARED=$(SHARED) PYTHON=$(PYTHON) Tests/Benchmarks/bench.sh $(RELEASE)
	@$(MAKE) --no-print-directory syntax-bench

## What the benchmarks add, with apt: GNU time (peak RSS) and bc.
setup-bench:
	@if [ ! -x /usr/bin/time ] || ! command -v bc >/dev/null 2>&1; then \
		echo "Installing time and bc with apt…"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq time bc >/dev/null; \
	fi

## Syntax layer, raw text and names (issue 11): token F1 and sentence F1 of our splitter, tokenizer and
## UD refinement on EWT test's # text lines, then proper-name spans on the gold EWT test and GUM news
## trees against Universal NER and GUM entities. Predicted trees: make syntax-text-bench
## NAME_TREES="--trees PRED-EWT.conllu --gum-trees PRED-GUM.conllu" (same tokens as the gold files).
.PHONY: syntax-text-bench
syntax-text-bench:
	$(SWIFT) build -c release --product syntax-bench
	SHARED=$(SHARED) .build/release/syntax-bench text
	SHARED=$(SHARED) .build/release/syntax-bench text --run-on
	SHARED=$(SHARED) .build/release/syntax-bench names $(NAME_TREES)

## Run every test under the address and leak sanitizers (leaks outside ActorGraph are suppressed).
asan: setup setup-test
	ASAN_OPTIONS=fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan

clean:
	rm -rf .build

## Spark (issue 13): Java from Debian and pyspark in .venv-spark (never system pip).
PYSPARK_VERSION ?= 4.3.0
.PHONY: spark-setup spark-demo spark-check spark-bench
spark-setup:
	@command -v java >/dev/null 2>&1 || { echo "Installing openjdk-17-jre-headless with apt…"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq openjdk-17-jre-headless >/dev/null; }
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { echo "Installing python3-venv with apt…"; \
		$(APT_GET) update -qq && $(APT_GET) install -y -qq python3-venv >/dev/null; }
	@[ -x .venv-spark/bin/spark-submit ] || { echo "Installing pyspark $(PYSPARK_VERSION) into .venv-spark…"; \
		$(PYTHON) -m venv .venv-spark && .venv-spark/bin/pip install --quiet pyspark==$(PYSPARK_VERSION); }

## Run the Spark job in local[2] on the examples and the seed corpus; check its graph is build's.
spark-demo: build spark-setup
	SPARK_CHECK_REQUIRED=1 examples/spark/check.sh $(RELEASE) $(SHARED)

## The same check for `make test` (BIN: the binary to use); says so and passes when Spark is not installed.
spark-check:
	examples/spark/check.sh $(or $(BIN),$(RELEASE)) $(SHARED)

## Throughput of the Spark job in local[2] beside one process, on the benchmark corpus as JSON Lines.
spark-bench: build spark-setup
	examples/spark/bench.sh $(RELEASE) $(SHARED)

## Train the syntax models on UD English EWT ($(SHARED)/ud) and rewrite Sources/Syntax/Resources/Models
## (see its NOTICE.md). Deterministic: the same data give the same bytes.
.PHONY: model syntax-bench
model:
	$(SWIFT) build -c release --product actorgraph-train
	.build/release/actorgraph-train tagger --ud $(SHARED)/ud
	.build/release/actorgraph-train parser --ud $(SHARED)/ud

## Accuracy and speed of the shipped syntax models, gold tokens: UD English EWT test and GUM news
## (UPOS, XPOS, lemmas; UAS and LAS from the predicted tags), tokens/s on one core (processor time),
## model load time and peak RSS; then the parser alone on gold tags.
ONE_CORE := $(shell command -v taskset >/dev/null 2>&1 && echo taskset -c 0)
syntax-bench: setup-bench
	$(SWIFT) build -c release --product actorgraph-train
	@for file in en_ewt-ud-test en_gum-news; do \
		/usr/bin/time -f "  peak RSS %M KB (model and treebank)" \
			$(ONE_CORE) .build/release/actorgraph-train evaluate $(SHARED)/ud/$$file.conllu || exit 1; \
	done
	$(ONE_CORE) .build/release/actorgraph-train parser --ud $(SHARED)/ud --evaluate Sources/Syntax/Resources/Models/parser.agpm
