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

PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/core -DCX_METRICS_VERSION=\"$(EXTVERSION)\"
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare -Wmissing-prototypes
EXTRA_CLEAN = test/unit/build test/fuzz/build results output_iso regression.diffs regression.out

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

test/unit/build/%: test/unit/%.c $(CORE_SRCS) test/unit/unit.h
	@mkdir -p test/unit/build
	$(SAN_CC) $(SAN_FLAGS) -o $@ $< $(CORE_SRCS) -lm

unit-build: $(UNIT_BINS)

# ---- libFuzzer targets -----------------------------------------------------
FUZZ_CC ?= clang
FUZZ_SRCS = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_BINS = $(patsubst test/fuzz/%.c,test/fuzz/build/%,$(FUZZ_SRCS))

test/fuzz/build/%: test/fuzz/%.c $(CORE_SRCS)
	@mkdir -p test/fuzz/build
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core -o $@ $< $(CORE_SRCS) -lm

fuzz-build: $(FUZZ_BINS)

.PHONY: unit-build fuzz-build
