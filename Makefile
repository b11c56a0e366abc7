# cx_metrics: PGXS build.
#
# Every C file under src/ is part of the module; the pure computation lives in
# src/core/ (no PostgreSQL headers) so that it can also be unit-tested and
# fuzzed on its own (see test/unit and test/fuzz).
#
# The install script of the first release, cx_metrics--$(BASEVERSION).sql, is
# assembled from the per-concern parts in src/sql/, in file-name order.  Those
# parts are frozen now that 1.0 is released: every later change goes into an
# upgrade script cx_metrics--OLD--NEW.sql at the top level, and CREATE
# EXTENSION reaches default_version by running the base script and then the
# upgrade scripts, so a new install and an upgraded one run the same SQL.

EXTENSION = cx_metrics
BASEVERSION = 1.0
EXTVERSION = $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" cx_metrics.control)
MODULE_big = cx_metrics

CORE_SRCS = $(sort $(wildcard src/core/*.c))
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(GLUE_SRCS:.c=.o) $(CORE_SRCS:.c=.o)

SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(BASEVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*--*.sql))

# Tests are run by scripts/test, which sets up a throwaway cluster; the
# variables below let "make installcheck" work against a running server too.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=$(EXTENSION)
ISOLATION = $(sort $(basename $(notdir $(wildcard specs/*.spec))))
ISOLATION_OPTS = --load-extension=$(EXTENSION)

SHLIB_LINK += -lm
PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/core -DCX_METRICS_VERSION=\"$(EXTVERSION)\"
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare -Wmissing-prototypes
# Warnings that mean the library will not load or will compute garbage are
# errors: a function used without its header (an implicit declaration links
# as an undefined symbol that only fails at LOAD time), wrong pointer and
# integer conversions, a missing return value.
PG_CFLAGS += -Werror=implicit-function-declaration -Werror=implicit-int \
	-Werror=incompatible-pointer-types -Werror=int-conversion -Werror=return-type
EXTRA_CLEAN = cx_metrics.pgbuild test/unit/build test/fuzz/build results output_iso regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track header dependencies (unless the server was configured
# with --enable-depend): rebuild every object when any of our headers change,
# so that a changed struct can never leave a stale object behind.
CX_HEADERS = $(wildcard src/*.h src/core/*.h)
$(OBJS) $(OBJS:.o=.bc): $(CX_HEADERS)
# cx_metrics_version() is compiled with default_version
src/cx_metrics.o src/cx_metrics.bc: cx_metrics.control

# The server it is built for.  A library compiled against other server
# headers must never be reused: every object depends on a stamp that holds
# pg_config's version and header directory and is rewritten (so everything
# is rebuilt) whenever they change, e.g. after a minor upgrade of the
# server-dev package or with another PG_CONFIG.
CX_PG_BUILD := $(shell $(PG_CONFIG) --version) ($(shell $(PG_CONFIG) --includedir-server))
CX_STAMP = cx_metrics.pgbuild
$(CX_STAMP): FORCE
	@echo '$(CX_PG_BUILD)' | cmp -s - $@ || echo '$(CX_PG_BUILD)' > $@
$(OBJS) $(OBJS:.o=.bc): $(CX_STAMP)
.PHONY: FORCE
FORCE:

# Installing checks the library against the server it goes to, not only the
# headers: same pg_config as the build, same major version as the server
# binary, and every symbol the library needs is exported by that server, by
# a library it links itself (libasan in an --asan build), or by a versioned
# system library (a symbol missing there is the "undefined symbol" error a
# user would only see at CREATE EXTENSION).
CX_SERVER_BIN = $(DESTDIR)$(bindir)/postgres
cx-install-check: $(shlib)
	@built=$$(cat $(CX_STAMP)); \
	if [ "$$built" != '$(CX_PG_BUILD)' ]; then \
		echo "error: $(shlib) was built for $$built, but $(PG_CONFIG) is now $(CX_PG_BUILD); run \"make clean && make\"" >&2; exit 1; \
	fi; \
	if [ ! -x '$(CX_SERVER_BIN)' ]; then \
		echo "note: no server binary at $(CX_SERVER_BIN): the library's symbols were not checked against it" >&2; exit 0; \
	fi; \
	smajor=$$('$(CX_SERVER_BIN)' --version | sed -n 's/.* \([0-9][0-9]*\)[.0-9a-z]*.*/\1/p' | head -1); \
	bmajor=$$(echo '$(MAJORVERSION)'); \
	if [ "$$smajor" != "$$bmajor" ]; then \
		echo "error: $(shlib) is built for PostgreSQL $$bmajor but $(CX_SERVER_BIN) is PostgreSQL $$smajor" >&2; exit 1; \
	fi; \
	nm -D --undefined-only $(shlib) | awk '$$1 == "U" && $$2 !~ /@/ {print $$2}' | LC_ALL=C sort -u > $(shlib).needs; \
	{ nm -D --defined-only '$(CX_SERVER_BIN)'; \
	  for lib in $$(ldd $(shlib) 2>/dev/null | awk '$$3 ~ /^\// {print $$3}'); do nm -D --defined-only "$$lib"; done; } | \
		awk '{print $$3}' | sed 's/@.*//' | LC_ALL=C sort -u > $(shlib).has; \
	missing=$$(LC_ALL=C comm -23 $(shlib).needs $(shlib).has); rm -f $(shlib).needs $(shlib).has; \
	if [ -n "$$missing" ]; then \
		echo "error: $(shlib) needs symbols that $(CX_SERVER_BIN) ($$('$(CX_SERVER_BIN)' --version)) does not export:" >&2; \
		echo "$$missing" | sed 's/^/    /' >&2; \
		echo "hint: build against this server's headers (its postgresql-server-dev package at the same version), then make clean && make" >&2; \
		exit 1; \
	fi
installdirs: cx-install-check
install-lib-shared: cx-install-check
.PHONY: cx-install-check

$(EXTENSION)--$(BASEVERSION).sql: $(SQL_PARTS)
	@{ printf -- '-- cx_metrics %s install script: generated from src/sql/*.sql by make; do not edit.\n' '$(BASEVERSION)'; \
	   printf -- '\\echo Use "CREATE EXTENSION cx_metrics" to load this file. \\quit\n'; \
	   for f in $(SQL_PARTS); do printf '\n-- ---- %s ----\n' "$$f"; cat "$$f"; done; } > $@

all: $(EXTENSION)--$(BASEVERSION).sql

# ---- plain-C unit tests, under AddressSanitizer and UBSan ------------------
SAN_CC ?= gcc
SAN_FLAGS = -std=gnu11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wextra -Wno-unused-parameter -Isrc/core
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(patsubst test/unit/%.c,test/unit/build/%,$(UNIT_SRCS))

test/unit/build/%: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h) test/unit/unit.h
	@mkdir -p test/unit/build
	$(SAN_CC) $(SAN_FLAGS) -o $@ $< $(CORE_SRCS) -lm

unit-build: $(UNIT_BINS)

# ---- libFuzzer targets -----------------------------------------------------
FUZZ_CC ?= clang
FUZZ_SRCS = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_BINS = $(patsubst test/fuzz/%.c,test/fuzz/build/%,$(FUZZ_SRCS))

test/fuzz/build/%: test/fuzz/%.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p test/fuzz/build
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core -o $@ $< $(CORE_SRCS) -lm

fuzz-build: $(FUZZ_BINS)

.PHONY: unit-build fuzz-build

# ---- make dist: the source archive for PGXN ---------------------------------
# (kept at the end of the Makefile, in its own block)
# cx_metrics-X.Y.Z.zip of the last commit (git archive HEAD: commit first),
# files marked export-ignore in .gitattributes left out.  X.Y.Z is the
# control file's default_version, with ".0" added to an X.Y version;
# test/shell/meta_json.sh keeps META.json's version equal to it, and
# test/shell/dist.sh checks that the archive builds.  DISTDIR=dir puts the
# zip in another directory.
DIST_VERSION = $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([0-9]*\.[0-9]*\)'.*/\1.0/p; s/^default_version[[:space:]]*=[[:space:]]*'\([0-9]*\.[0-9]*\.[0-9][^']*\)'.*/\1/p" $(EXTENSION).control)
DISTDIR ?= .
DIST_ZIP = $(DISTDIR)/$(EXTENSION)-$(DIST_VERSION).zip

dist:
	@test -n "$(DIST_VERSION)" || { echo "no default_version in $(EXTENSION).control" >&2; exit 1; }
	@git diff --quiet HEAD -- 2>/dev/null || echo "warning: uncommitted changes are not in the archive (it is made from HEAD)" >&2
	git archive --format=zip --prefix=$(EXTENSION)-$(DIST_VERSION)/ -o $(DIST_ZIP) HEAD
	@echo "$(DIST_ZIP)"

.PHONY: dist
