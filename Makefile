# inspex -- press releases about inspections in, auditable JSON records out.
#
#   make          build build/inspex and build/libinspex.a (installs missing deps)
#   make demo     run the extractor on corpus/samples/
#   make check    every test: unit, CLI, golden records, schema validation
#   make asan     the whole suite under AddressSanitizer + UBSan
#   make bench    throughput benchmarks (speed is measured here, never in tests)
#   make eval-real  accuracy on the real development corpus (tests/real/, texts not committed)

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
           libsqlite3-dev libxml2-dev nettle-dev python3 python3-jsonschema
PKGS     = libpcre2-8 libutf8proc libcjson sqlite3 libxml-2.0 nettle

# Evaluated once, on first use, after `deps` has run.
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(shell pkg-config --cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $$(shell pkg-config --libs $(PKGS)))$(PKG_LIBS)
CMOCKA_LIBS = $(eval CMOCKA_LIBS := $$(shell pkg-config --libs cmocka))$(CMOCKA_LIBS)

ALL_CPPFLAGS = -I. -D_GNU_SOURCE -DPCRE2_CODE_UNIT_WIDTH=8 $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(WARN) $(CFLAGS)

LIB_SRC  = inspex.c $(sort $(wildcard pipeline/*.c extractors/*.c corpus/*.c output/*.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
TEST_SRC = $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN = $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TEST_SUPPORT = $(wildcard tests/unit/support.c)

SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all deps demo check unit cli golden schema-check install-check asan bench eval-real install uninstall clean golden-update

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

# The CLI tests run the built binary.
$(BUILD)/tests/test_cli: $(BUILD)/inspex

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

bench: $(BUILD)/inspex
	sh tests/bench.sh $(BUILD)/inspex

# Accuracy on real pages: tests/real/README.md says how the texts are gathered.
eval-real: $(BUILD)/inspex
	BUILD=$(BUILD) SPLITS="$(SPLITS)" sh tests/real/eval.sh $(BUILD)/inspex

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
	  'Version: $(VERSION)' 'Requires: $(PKGS)' 'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -linspex -lm' \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/inspex.pc

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/inspex $(DESTDIR)$(PREFIX)/lib/libinspex.a $(DESTDIR)$(PREFIX)/include/inspex \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/inspex.pc

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/main.d
