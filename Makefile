# ActorGraph — the two commands a new user needs: `make demo` and `make test`.
SWIFT   ?= swift
SHARED  ?= ../shared
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/actorgraph
DEBUG   := .build/debug/actorgraph

.PHONY: setup demo test build eval fuzz asan clean

## Install what ActorGraph needs (Graphviz's libraries and `dot`; networkx for the interoperability tests).
setup:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "Installing libgraphviz-dev and graphviz with apt…"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libgraphviz-dev graphviz >/dev/null; \
	fi
	@python3 -c "import networkx" 2>/dev/null || python3 -m pip install --quiet networkx

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
test: setup
	$(SWIFT) build --product actorgraph
	$(MAKE) --no-print-directory eval BIN=$(DEBUG)
	$(SWIFT) test

## Score extraction against ../shared/eval and fail if it falls below the floors in Tests/Evaluation.
eval:
	python3 Tests/Evaluation/ratchet.py --shared $(SHARED) --bin $(or $(BIN),$(RELEASE))

## Run the seeded fuzz tests by time instead of by rounds: each of the three fuzzers (text pieces,
## random bytes, damaged DOT/GraphML) has four seeds, each run FUZZ_SECONDS (150 s: 10 minutes a fuzzer).
FUZZ_SECONDS ?= 150
fuzz: setup
	ACTORGRAPH_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --filter 'ExtractionFuzzTests|ReaderFuzzTests' --skip 'longLine'


## Throughput benchmark (issue 5): builds release, writes a 64 MB corpus from the seed articles into
## .build-bench/ and prints MB/s, articles/s, relations and peak RSS on all cores and on one (median of 3),
## then the time to write GraphML and DOT for 20,000 actors and 100,000 edges (graph-write-bench).
.PHONY: bench
bench: build
	$(SWIFT) build -c release --product graph-write-bench
	SHARED=$(SHARED) Tests/Benchmarks/bench.sh $(RELEASE)

## Run every test under the address and leak sanitizers (leaks outside ActorGraph are suppressed).
asan: setup
	ASAN_OPTIONS=fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan

clean:
	rm -rf .build

## Train the syntax models on UD English EWT ($(SHARED)/ud) and rewrite Sources/Syntax/Resources/Models
## (see its NOTICE.md). Deterministic: the same data give the same bytes.
.PHONY: model syntax-bench
model:
	$(SWIFT) build -c release --product actorgraph-train
	.build/release/actorgraph-train tagger --ud $(SHARED)/ud

## Accuracy and speed of the shipped syntax models, gold tokens: UD English EWT test and GUM news
## (UPOS, XPOS, lemmas), tokens/s on one core (processor time), model load time and peak RSS.
ONE_CORE := $(shell command -v taskset >/dev/null 2>&1 && echo taskset -c 0)
syntax-bench:
	$(SWIFT) build -c release --product actorgraph-train
	@for file in en_ewt-ud-test en_gum-news; do \
		/usr/bin/time -f "  peak RSS %M KB (model and treebank)" \
			$(ONE_CORE) .build/release/actorgraph-train evaluate $(SHARED)/ud/$$file.conllu || exit 1; \
	done
