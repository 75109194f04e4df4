# inspex -- press releases about inspections in, auditable JSON records out.
#
#   make          build build/inspex and build/libinspex.a (installs missing deps)
#   make demo     run the extractor on corpus/samples/
#   make check    every test: unit, CLI, golden records, schema validation
#   make asan     the whole suite under AddressSanitizer + UBSan
#   make bench    inspex -j 1 / -j N, rg and cat side by side on the bench corpus (../shared/bench)
#   make eval-real  accuracy on the real development corpus (tests/real/, texts not committed)
#   make fuzz     each libFuzzer target for FUZZ_SECONDS (default 60) under ASan/UBSan
#   make valgrind the CLI over the samples, seeds and fixtures under valgrind

VERSION  = $(shell sed -n 's/^\#define IX_VERSION "\(.*\)"/\1/p' inspex.h)
BUILD   ?= build
PREFIX  ?= /usr/local
PYTHON  ?= /usr/bin/python3
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifneq ($(CI),)
WARN    += -Werror
endif

# Debian packages the build and the tests need (make deps installs them).
APT_PKGS = pkg-config libpcre2-dev libutf8proc-dev libcjson-dev libcmocka-dev \
           libsqlite3-dev libxml2-dev nettle-dev python3 python3-jsonschema \
           clang libclang-rt-dev valgrind
PKGS     = libpcre2-8 libutf8proc libcjson sqlite3 libxml-2.0 nettle

# Evaluated once, on first use, after `deps` has run.
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(shell pkg-config --cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $$(shell pkg-config --libs $(PKGS)) -pthread)$(PKG_LIBS)
CMOCKA_LIBS = $(eval CMOCKA_LIBS := $$(shell pkg-config --libs cmocka))$(CMOCKA_LIBS)

ALL_CPPFLAGS = -I. -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(WARN) $(CFLAGS)

LIB_SRC  = inspex.c $(sort $(wildcard pipeline/*.c extractors/*.c corpus/*.c output/*.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
TEST_SRC = $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN = $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TEST_SUPPORT = $(wildcard tests/unit/support.c)

SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all deps demo check unit cli golden schema-check install-check asan bench eval-real install uninstall clean golden-update \
        fuzz fuzz-build fuzz-bins fuzz-regress fuzz-schema valgrind

all: $(BUILD)/inspex $(BUILD)/libinspex.a

deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make deps: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "make deps: missing$$missing; run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/obj/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libinspex.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/inspex: $(BUILD)/obj/main.o $(BUILD)/libinspex.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(BUILD)/tests/test_%: tests/unit/test_%.c $(TEST_SUPPORT) $(BUILD)/libinspex.a | deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TEST_SUPPORT) $(BUILD)/libinspex.a $(PKG_LIBS) $(CMOCKA_LIBS) -lm

demo: $(BUILD)/inspex
	$(BUILD)/inspex extract --pretty --format json corpus/samples/

unit: $(TEST_BIN)
	@fail=0; for t in $(TEST_BIN); do \
	  echo "== $$t"; INSPEX=$(BUILD)/inspex $$t || fail=1; \
	done; exit $$fail

# The kept fuzz findings and the hostile documents go through the fuzz
# targets' own checks.
FUZZ_CHECKED = $(BUILD)/tests/test_fuzz_regress $(BUILD)/tests/test_hostile
$(FUZZ_CHECKED): tests/fuzz/check.c tests/fuzz/check.h
$(FUZZ_CHECKED): TEST_SUPPORT += tests/fuzz/check.c

# The CLI tests (and the store's refusals) run the built binary.
$(BUILD)/tests/test_cli $(BUILD)/tests/test_store: $(BUILD)/inspex

# Golden records: tests/golden/samples/NAME.expected.json for corpus/samples/NAME.txt,
# tests/golden/seeds/ for ../shared/corpus/seeds/ (values, speakers and spans only: no
# `text`, so the seeds' sentences stay out of the project).  golden-update rewrites them;
# review the diff like code.
golden: $(BUILD)/inspex
	$(BUILD)/inspex audit --inputs corpus/samples tests/golden/samples
	@if [ -d ../shared/corpus/seeds ]; then \
	  $(BUILD)/inspex audit --inputs ../shared/corpus/seeds tests/golden/seeds; \
	else echo "golden: ../shared/corpus/seeds absent: seed records skipped"; fi

golden-update: $(BUILD)/inspex
	@mkdir -p tests/golden/samples tests/golden/seeds
	$(BUILD)/inspex audit --update --inputs corpus/samples tests/golden/samples || true
	@if [ -d ../shared/corpus/seeds ]; then \
	  $(BUILD)/inspex audit --update --no-text --inputs ../shared/corpus/seeds tests/golden/seeds || true; fi

# Every record the bundled documents produce must satisfy the contract.
schema-check: $(BUILD)/inspex
	$(BUILD)/inspex extract --format jsonl corpus/samples tests/html \
	  $$( [ -d ../shared/corpus/seeds ] && echo ../shared/corpus/seeds ) > $(BUILD)/records.jsonl
	$(PYTHON) tests/validate_records.py schema/record.schema.json < $(BUILD)/records.jsonl

# make install into a scratch root, then build and run a program against it.
install-check: all
	rm -rf $(BUILD)/install-root
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(BUILD))/install-root PREFIX=/usr >/dev/null
	PKG_CONFIG_SYSROOT_DIR=$(abspath $(BUILD))/install-root \
	PKG_CONFIG_PATH=$(abspath $(BUILD))/install-root/usr/lib/pkgconfig \
	  sh -c '$(CC) -std=c11 tests/install/use_library.c -o $(BUILD)/use_library $$(pkg-config --cflags --libs inspex)'
	$(BUILD)/use_library

check: all unit golden schema-check install-check
	@echo "make check: all passed"

asan:
	$(MAKE) BUILD=build/asan CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" unit golden schema-check

# ---- fuzzing: clang's libFuzzer, one target per tests/fuzz/fuzz_NAME.c ----
# The library is rebuilt with clang, coverage and the sanitizers under
# $(FUZZ_BUILD).  Each target starts from the samples, the fixtures, the
# seeds and tests/fuzz/regress/NAME (the findings kept as regressions), and
# grows its own corpus in $(FUZZ_BUILD)/corpus/NAME; a finding is written to
# $(FUZZ_BUILD)/findings/ and fails the run.  FUZZ_RUNS=N stops each target
# after N executions instead of FUZZ_SECONDS.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?= -1
FUZZ_MAX_LEN ?= 16384
FUZZ_BUILD   ?= $(BUILD)/fuzz
FUZZ_SAN     ?= -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_OPT     ?= -O1
FUZZ_TARGETS  = text html record
FUZZ_CFLAGS   = -Wno-string-concatenation $(FUZZ_OPT) -g -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_SEEDS    = corpus/samples tests/html tests/audit/docs $(wildcard ../shared/corpus/seeds)
FUZZ_OPTS     = -max_len=$(FUZZ_MAX_LEN) -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
                -dict=tests/fuzz/inspex.dict

fuzz-build:
	$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
	  CFLAGS="$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link" fuzz-bins

fuzz-bins: $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/check.c tests/fuzz/check.h $(BUILD)/libinspex.a
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< tests/fuzz/check.c \
	  $(BUILD)/libinspex.a $(PKG_LIBS) -lm

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/findings
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  echo "== fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/fuzz_$$t $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) \
	    -artifact_prefix=$(FUZZ_BUILD)/findings/$$t- \
	    $(FUZZ_BUILD)/corpus/$$t tests/fuzz/regress/$$t $(FUZZ_SEEDS) \
	    2>$(FUZZ_BUILD)/fuzz_$$t.log || { tail -n 60 $(FUZZ_BUILD)/fuzz_$$t.log; exit 1; }; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' $(FUZZ_BUILD)/fuzz_$$t.log; \
	done

# Each kept finding, run once by its fuzz target (make check also runs them,
# built by the ordinary compiler, in tests/unit/test_fuzz_regress.c).
fuzz-regress: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  files=$$(find tests/fuzz/regress/$$t -type f ! -name '.*' | sort); \
	  [ -z "$$files" ] || $(FUZZ_BUILD)/fuzz_$$t $$files || exit 1; \
	done

# The records of a sample of the fuzz corpora against the JSON Schema.
FUZZ_SCHEMA_SAMPLE ?= 400
fuzz-schema: $(BUILD)/inspex
	@for t in text html; do \
	  [ -d $(FUZZ_BUILD)/corpus/$$t ] || continue; \
	  find $(FUZZ_BUILD)/corpus/$$t -type f | sort | head -n $(FUZZ_SCHEMA_SAMPLE) | \
	    xargs -r $(BUILD)/inspex extract --format jsonl --format-in $$t 2>/dev/null; \
	done > $(BUILD)/fuzz-records.jsonl || true
	$(PYTHON) tests/validate_records.py schema/record.schema.json < $(BUILD)/fuzz-records.jsonl

# The command line under valgrind over the samples, the seeds and the
# fixtures (extract, explain, ingest into a fresh store, export): no leak,
# no invalid read or write, no use of an uninitialised value.
VALGRIND = valgrind -q --error-exitcode=1 --leak-check=full --show-leak-kinds=definite,indirect \
           --errors-for-leak-kinds=definite,indirect --track-origins=yes
VG_INPUTS = corpus/samples tests/html tests/audit/docs $(wildcard tests/fuzz/regress/*/*.txt tests/fuzz/regress/*/*.html) \
            $(wildcard ../shared/corpus/seeds)
valgrind: $(BUILD)/inspex
	$(VALGRIND) $(BUILD)/inspex extract --format jsonl $(VG_INPUTS) > /dev/null
	$(VALGRIND) $(BUILD)/inspex extract --format csv corpus/samples tests/html > /dev/null
	$(VALGRIND) $(BUILD)/inspex explain --plain corpus/samples tests/html > /dev/null
	rm -f $(BUILD)/valgrind.db*
	$(VALGRIND) $(BUILD)/inspex ingest --store $(BUILD)/valgrind.db $(VG_INPUTS) > /dev/null
	$(VALGRIND) $(BUILD)/inspex export --store $(BUILD)/valgrind.db --format json > /dev/null
	rm -f $(BUILD)/valgrind.db*
	@echo "valgrind: clean"

bench: $(BUILD)/inspex
	sh tests/bench.sh $(BUILD)/inspex

# Accuracy on real pages: tests/real/README.md says how the texts are gathered.
eval-real: $(BUILD)/inspex
	BUILD=$(BUILD) SPLITS="$(SPLITS)" ONLY="$(ONLY)" sh tests/real/eval.sh $(BUILD)/inspex

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/inspex
	install -m 755 $(BUILD)/inspex $(DESTDIR)$(PREFIX)/bin/inspex
	install -m 644 $(BUILD)/libinspex.a $(DESTDIR)$(PREFIX)/lib/libinspex.a
	install -m 644 inspex.h $(DESTDIR)$(PREFIX)/include/inspex/inspex.h
	for d in pipeline output; do install -d $(DESTDIR)$(PREFIX)/include/inspex/$$d; \
	  install -m 644 $$d/*.h $(DESTDIR)$(PREFIX)/include/inspex/$$d/; done
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	printf '%s\n' 'prefix=$(PREFIX)' 'includedir=$${prefix}/include/inspex' 'libdir=$${prefix}/lib' '' \
	  'Name: inspex' 'Description: press releases about inspections in, auditable records out' \
	  'Version: $(VERSION)' 'Requires: $(PKGS)' 'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -linspex -lm -pthread' \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/inspex.pc

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/inspex $(DESTDIR)$(PREFIX)/lib/libinspex.a $(DESTDIR)$(PREFIX)/include/inspex \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/inspex.pc

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/main.d
