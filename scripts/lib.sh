# scripts/lib.sh: set-up shared by scripts/demo, scripts/test and scripts/bench.
#
# Sourced, not run.  It knows how to
#   - install what is missing (Debian packages) as root or through sudo,
#   - build the extension,
#   - install it either into the system (demo) or into a private copy of the
#     PostgreSQL installation (tests and benchmarks, so that running the
#     tests never touches the system's extension directory),
#   - start and stop a throwaway cluster: temporary directory, Unix socket
#     only, run as an unprivileged OS user when we are root.

set -euo pipefail

CX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CX_PGMAJOR=${CX_PGMAJOR:-15}
export DEBIAN_FRONTEND=noninteractive

cx_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
cx_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, otherwise through sudo.
cx_as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo -n true 2>/dev/null || cx_say "sudo may ask for your password to run: $*"
		sudo "$@"
	else
		cx_die "need root to run '$*': run this command as root or install sudo"
	fi
}

# "3m12s" for a number of seconds.
cx_fmt_secs() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# Run a long command with its output in a log file, and say what it is doing
# (elapsed time and the log's latest line) every 20 seconds instead of
# minutes of silence; on failure print the log's tail.
# Usage: cx_run_logged LOG COMMAND...
cx_run_logged() {
	local log=$1 start=$SECONDS pid rc=0 i last old_traps
	shift
	old_traps=$(trap -p INT TERM)
	"$@" >"$log" 2>&1 </dev/null &
	pid=$!
	# A background job of a script ignores ^C: pass it on.
	trap 'kill "$pid" 2>/dev/null; exit 130' INT TERM
	while kill -0 "$pid" 2>/dev/null; do
		for i in 1 2 3 4 5 6 7 8 9 10; do
			sleep 2
			kill -0 "$pid" 2>/dev/null || break 2
		done
		last=$(tail -c 2000 "$log" | tr '\r' '\n' | grep -v '^[[:space:]]*$' | tail -1 | cut -c1-110 || true)
		printf '    ... %s: %s\n' "$(cx_fmt_secs $((SECONDS - start)))" "$last" >&2
	done
	wait "$pid" || rc=$?
	trap - INT TERM
	eval "$old_traps"
	if [ "$rc" -ne 0 ]; then
		printf '    failed (exit status %d) after %s; the last lines of %s:\n' "$rc" "$(cx_fmt_secs $((SECONDS - start)))" "$log" >&2
		tail -25 "$log" | sed 's/^/    | /' >&2
	fi
	return "$rc"
}

# apt-get install PACKAGE... with a word on what, how much and how long
# before, progress during and the apt summary after.  The lists are updated
# once per run.  Measured on this project's 2-core machines: about 1.3 s per
# package pulled in (download, unpack, configure), e.g. 130 packages for the
# first install in a fresh sid root in 2m50s.
cx_apt_install() {
	local log n est start summary
	log=$(mktemp "${TMPDIR:-/tmp}/cx_apt.XXXXXX")
	[ "$(id -u)" -eq 0 ] || cx_as_root true	# ask for a sudo password now, not in the background
	if [ "${CX_APT_UPDATED:-0}" != 1 ]; then
		cx_say "apt-get update: fetching the package lists (usually 10-40 s)"
		cx_run_logged "$log" cx_as_root apt-get update || cx_die "apt-get update failed"
		CX_APT_UPDATED=1
	fi
	n=$(cx_as_root apt-get install -s --no-install-recommends "$@" 2>/dev/null | grep -c '^Inst ' || true)
	# measured: 130 packages in 2m50s (sid), 8 in 45 s, 4 in 10 s
	if [ "$n" -le 40 ]; then
		est="under a minute"
	else
		est="about $(( (n * 4 / 3 + 59) / 60 ))-$(( (n * 2 + 59) / 60 )) minutes"
	fi
	cx_say "installing $# package(s) ($*): $n packages with their dependencies, $est on a fresh machine"
	start=$SECONDS
	# Keep our createcluster.conf (and any existing config) when postgresql-common
	# is installed after it: never ask, keep the file on disk.
	cx_run_logged "$log" cx_as_root env UCF_FORCE_CONFFOLD=1 DEBIAN_FRONTEND=noninteractive \
		apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" ||
		cx_die "could not install: $*"
	summary=$(grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$log" | tail -1 || true)
	cx_say "installed in $(cx_fmt_secs $((SECONDS - start))) (${summary:-nothing new})"
	rm -f "$log"
}

# A variable of the server's Makefile.global (what PGXS builds with), e.g.
# CLANG or with_llvm; empty when absent.
cx_pgxs_var() {
	local mk
	mk="$(dirname "$("$PG_CONFIG" --pgxs)")/../../src/Makefile.global"
	[ -f "$mk" ] || return 0
	sed -n "s/^$1[[:space:]]*=[[:space:]]*//p" "$mk" | tail -1
}

# The extra libFuzzer options of target NAME, one a line: test/fuzz/NAME.options
# holds them one a line ('#' starts a comment), e.g. -max_len=16384 for a
# target whose seeds are longer than libFuzzer's default limit would keep.
cx_fuzz_options() {
	local f="$CX_ROOT/test/fuzz/$1.options"
	[ -f "$f" ] || return 0
	sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$f"
}

# The libFuzzer runtime of clang-NN, if installed (its path changed in LLVM 15+).
cx_have_fuzzer_rt() {
	compgen -G "/usr/lib/llvm-$1/lib/clang/*/lib/*/libclang_rt.fuzzer*.a" >/dev/null
}

# Install the Debian packages that are missing (by command or file probe).
# PG_CONFIG set by the caller selects another PostgreSQL (e.g. a hand-built
# assert-enabled one): then Debian's postgresql-$CX_PGMAJOR is not installed
# and its bindir is used as it is.
# Exports PG_CONFIG, CX_PGBIN, CX_PYTHON and CX_FUZZ_CC (the clang that
# builds the libFuzzer targets).
cx_ensure_packages() {
	local want=() clang nn avail
	if [ -n "${PG_CONFIG:-}" ]; then
		PG_CONFIG=$(command -v "$PG_CONFIG") || cx_die "PG_CONFIG=$PG_CONFIG is not an executable"
	else
		PG_CONFIG="/usr/lib/postgresql/$CX_PGMAJOR/bin/pg_config"
		[ -x "/usr/lib/postgresql/$CX_PGMAJOR/bin/postgres" ] || want+=("postgresql-$CX_PGMAJOR")
		[ -x "$PG_CONFIG" ] &&
			[ -f "/usr/include/postgresql/$CX_PGMAJOR/server/postgres.h" ] || want+=("postgresql-server-dev-$CX_PGMAJOR")
		# pg_cron schedules the risk scan of the demo (demo/71_risk_schedule.sh)
		# and of test/shell/risk_cron.sh (Debian has it for 15, 17 and 18)
		[ -f "/usr/lib/postgresql/$CX_PGMAJOR/lib/pg_cron.so" ] || want+=("postgresql-$CX_PGMAJOR-cron")
	fi
	command -v make >/dev/null 2>&1 || want+=(make)
	command -v gcc >/dev/null 2>&1 || want+=(gcc)
	# Debian's own python3 (not one from pyenv or a venv earlier in PATH)
	# runs the LISTEN clients of the demo and the tests.
	/usr/bin/python3 -c 'import psycopg2' >/dev/null 2>&1 || want+=(python3 python3-psycopg2)
	# NumPy is the reference of the driver analysis' tests (test/shell/learn_*).
	/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 || want+=(python3-numpy)
	# statsmodels (Logit) and scikit-learn (roc_auc_score, log_loss,
	# calibration_curve, LogisticRegression) are the references of the risk
	# models' tests (test/shell/predict_statsmodels.sh).
	/usr/bin/python3 -c 'import statsmodels, sklearn' >/dev/null 2>&1 || want+=(python3-statsmodels python3-sklearn)
	# Graphviz draws the demo's journey map (demo/63_journey_map.sh, run by
	# scripts/demo and by test/shell/journey_map_demo.sh).
	command -v dot >/dev/null 2>&1 || want+=(graphviz)
	command -v runuser >/dev/null 2>&1 || want+=(util-linux)
	[ ${#want[@]} -eq 0 ] || cx_apt_install "${want[@]}"
	[ -x "$PG_CONFIG" ] || cx_die "pg_config not found at $PG_CONFIG after installing packages"

	# Second round, now that the server is known.  PGXS builds LLVM bitcode
	# with the server's own CLANG (e.g. clang-19) when it was built
	# --with-llvm; the libFuzzer targets need a clang with its fuzzer runtime
	# (libclang-rt-NN-dev): the same version when Debian has it.
	want=()
	clang=
	if [ "$(cx_pgxs_var with_llvm)" = yes ]; then
		clang=$(basename "$(cx_pgxs_var CLANG | awk '{print $1}')")
		[ -z "$clang" ] || command -v "$clang" >/dev/null 2>&1 || want+=("$clang")
	fi
	nn=
	case "$clang" in clang-[0-9]*) nn=${clang#clang-} ;; esac
	if [ -z "$nn" ] || ! cx_have_fuzzer_rt "$nn"; then
		# Any installed clang-NN with its fuzzer runtime will do.
		for c in $(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -rn | uniq); do
			if cx_have_fuzzer_rt "${c#clang-}"; then nn=${c#clang-}; break; fi
		done
	fi
	if [ -z "$nn" ] || ! cx_have_fuzzer_rt "$nn"; then
		[ "${CX_APT_UPDATED:-0}" = 1 ] || { cx_as_root apt-get update -qq && CX_APT_UPDATED=1; }
		# The versions Debian has: the server's clang's if listed, else the newest.
		avail=$(apt-cache pkgnames libclang-rt- 2>/dev/null | sed -n 's/^libclang-rt-\([0-9]\+\)-dev$/\1/p' | sort -rn)
		if [ -n "$nn" ] && grep -qx "$nn" <<<"$avail"; then :; else nn=$(head -1 <<<"$avail"); fi
		[ -n "$nn" ] || cx_die "no libclang-rt-NN-dev package found for the libFuzzer targets"
		want+=("libclang-rt-$nn-dev")
	fi
	command -v "clang-$nn" >/dev/null 2>&1 || want+=("clang-$nn")
	if [ ${#want[@]} -gt 0 ]; then
		mapfile -t want < <(printf '%s\n' "${want[@]}" | sort -u)
		cx_apt_install "${want[@]}"
	fi
	CX_FUZZ_CC="clang-$nn"
	CX_PYTHON=/usr/bin/python3
	CX_PGBIN=$("$PG_CONFIG" --bindir)
	export PG_CONFIG CX_PGBIN CX_PYTHON CX_FUZZ_CC
}

# The OS user that runs the server: ourselves, or "postgres" when we are root
# (PostgreSQL refuses to run as root).
cx_server_user() {
	if [ "$(id -u)" -eq 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
		echo postgres
	else
		id -un
	fi
}

# Run a command as the server user, in the current directory when that user
# may enter it, else in / (PostgreSQL's programs complain about a directory
# they cannot enter, such as /root; relative paths could not work there).
cx_as_server() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$CX_SERVER_USER" -- sh -c 'cd "$0" 2>/dev/null || cd /; exec "$@"' \
			"$PWD" env PATH="$PATH" "$@"
	else
		"$@"
	fi
}

# Build the module in $CX_SRC (default: the checkout itself; scripts/test
# --asan builds a copy) with $CX_PROFILE (PGXS adds PROFILE to CFLAGS and
# LDFLAGS).  On failure, print the compiler's first errors and return 1.
cx_build() {
	local log
	cx_say "building cx_metrics${CX_PROFILE:+ with PROFILE=\"$CX_PROFILE\"}"
	log=$(mktemp "${TMPDIR:-/tmp}/cx_build.XXXXXX")
	# -k: on a failure, still compile the other files, so that all their
	# errors are in the log
	if make -C "${CX_SRC:-$CX_ROOT}" -s -k -j"$(nproc)" PG_CONFIG="$PG_CONFIG" \
		${CX_PROFILE:+PROFILE="$CX_PROFILE"} >"$log" 2>&1; then
		rm -f "$log"
		return 0
	fi
	echo "---- the build failed against $("$PG_CONFIG" --version); the first errors: ----"
	if grep -qE 'error:|\*\*\*' "$log"; then
		grep -E -A3 'error:|undefined reference' "$log" | head -40
	else
		tail -40 "$log"
	fi
	echo "---- ($(grep -c 'error:' "$log" || true) errors in all; full log $log) ----"
	return 1
}

# Make a work directory the server user can write to.
cx_make_workdir() {
	CX_WORK=$(mktemp -d "${TMPDIR:-/tmp}/cx_metrics.XXXXXX")
	chmod 755 "$CX_WORK"
	if [ "$(id -u)" -eq 0 ]; then chown "$CX_SERVER_USER" "$CX_WORK"; fi
	export CX_WORK
}

# A private copy of the PostgreSQL installation with cx_metrics installed
# into it.  PostgreSQL finds its share and lib directories relative to its
# own binary, so a copy with the same layout is a complete installation.
#
# Debian's layout has bindir, pkglibdir under /usr/lib/postgresql/NN and the
# sharedir under /usr/share/postgresql/NN; a --prefix install has them all
# under the prefix (lib or lib/postgresql, share or share/postgresql).  Each
# is copied to the same path under $CX_WORK/install, so their relative
# positions, and "make install DESTDIR=$CX_WORK/install", stay valid.
cx_private_install() {
	local prefix="$CX_WORK/install"
	local bindir top dir
	bindir=$("$PG_CONFIG" --bindir)
	top=$(dirname "$bindir")
	mkdir -p "$prefix$top"
	cp -a "$top/." "$prefix$top/"
	for dir in "$("$PG_CONFIG" --sharedir)" "$("$PG_CONFIG" --pkglibdir)"; do
		case "$dir/" in
		"$top"/*) ;;	# copied with the rest
		*) mkdir -p "$prefix$(dirname "$dir")" && cp -a "$dir" "$prefix$(dirname "$dir")/" ;;
		esac
	done
	make -C "${CX_SRC:-$CX_ROOT}" -s PG_CONFIG="$PG_CONFIG" ${CX_PROFILE:+PROFILE="$CX_PROFILE"} \
		install DESTDIR="$prefix" >/dev/null
	CX_PGBIN="$prefix$bindir"
	export CX_PGBIN
}

# What a throwaway cluster on a private installation needs, for the scripts
# that run one by themselves (scripts/bench, a shell test run by hand):
# packages, the server user, the build, a work directory (removed on exit,
# the cluster stopped) and the private installation.  The caller then stages
# its files and calls cx_start_cluster.
cx_private_setup() {
	cx_ensure_packages
	CX_SERVER_USER=$(cx_server_user)
	export CX_SERVER_USER
	cx_build
	cx_make_workdir
	trap 'cx_stop_cluster; rm -rf "$CX_WORK"' EXIT
	cx_private_install
}

cx_system_install() {
	cx_say "installing cx_metrics into $("$PG_CONFIG" --pkglibdir)"
	if [ -w "$("$PG_CONFIG" --pkglibdir)" ]; then
		make -C "$CX_ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
	else
		cx_as_root make -C "$CX_ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
	fi
}

# Start a throwaway cluster in $CX_WORK/data, listening on a Unix socket in
# $CX_WORK only (no TCP), with cx_metrics preloaded (the background worker of
# deferred alert delivery; the extension is installed before this is called).
# Extra postgresql.conf lines may be passed as arguments (a later line wins:
# "shared_preload_libraries = ''" runs without it).  Exports PGHOST, PGPORT,
# PGUSER, PGDATABASE for psql & co.
cx_start_cluster() {
	local data="$CX_WORK/data" sock="$CX_WORK"
	local port=${CX_PORT:-$((54000 + RANDOM % 1000))}
	cx_say "starting a throwaway cluster in $data (socket $sock, port $port)"
	cx_as_server "$CX_PGBIN/initdb" -D "$data" -U "$CX_SERVER_USER" --no-sync \
		-E UTF8 --locale=C.UTF-8 -A trust >"$CX_WORK/initdb.log" 2>&1 ||
		{ cat "$CX_WORK/initdb.log" >&2; cx_die "initdb failed"; }
	{
		echo "listen_addresses = ''"
		echo "unix_socket_directories = '$sock'"
		echo "port = $port"
		echo "fsync = off"
		echo "max_worker_processes = 16"
		echo "max_parallel_workers = 8"
		echo "log_min_messages = warning"
		echo "shared_buffers = 256MB"
		echo "shared_preload_libraries = 'cx_metrics'"
		for line in "$@"; do echo "$line"; done
	} >>"$data/postgresql.conf"
	# CX_SERVER_ENV (an array of NAME=value) goes into the server's
	# environment only, e.g. scripts/test --asan's LD_PRELOAD.
	cx_as_server env ${CX_SERVER_ENV[@]+"${CX_SERVER_ENV[@]}"} \
		"$CX_PGBIN/pg_ctl" -D "$data" -l "$CX_WORK/server.log" -w -t 60 start >/dev/null ||
		{ cat "$CX_WORK/server.log" >&2; cx_die "the server did not start"; }
	export PGHOST="$sock" PGPORT="$port" PGUSER="$CX_SERVER_USER" PGDATABASE=postgres
	CX_CLUSTER_RUNNING=1
}

cx_stop_cluster() {
	if [ "${CX_CLUSTER_RUNNING:-0}" = 1 ]; then
		cx_as_server "$CX_PGBIN/pg_ctl" -D "$CX_WORK/data" -m fast -w stop >/dev/null 2>&1 || true
		CX_CLUSTER_RUNNING=0
	fi
}

# Citus, for test/shell/citus.sh and bench/citus.sh: true when Citus is
# installed for the PostgreSQL of $CX_PGBIN (Debian does not package it; the
# project never builds it).
cx_have_citus() {
	[ -f "$("$CX_PGBIN/pg_config" --pkglibdir)/citus.so" ] &&
		[ -f "$("$CX_PGBIN/pg_config" --sharedir)/extension/citus.control" ]
}

# A coordinator and two workers of their own in directory $1, on localhost
# (TCP on three random ports, trust for local connections only), with
# shared_preload_libraries = 'citus,cx_metrics' and any extra
# postgresql.conf lines given after the directory; database postgres has
# citus on every node, the workers registered and cx_metrics created on
# the coordinator (Citus propagates it).  Sets CX_CITUS_PORTS (coordinator
# first) and CX_CITUS_DIR; cx_citus_psql PORT ... runs psql on a node;
# cx_citus_stop stops the three.
cx_citus_start() {
	local dir=$1 base i n
	shift
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" -ne 0 ] || chown "$CX_SERVER_USER" "$dir"
	base=$((56200 + RANDOM % 700))
	CX_CITUS_DIR=$dir
	CX_CITUS_PORTS=($base $((base + 1)) $((base + 2)))
	for i in 0 1 2; do
		n="$dir/node$i"
		cx_as_server "$CX_PGBIN/initdb" -D "$n" -U "$CX_SERVER_USER" --no-sync -E UTF8 \
			--locale=C.UTF-8 -A trust >"$dir/initdb$i.log" 2>&1 ||
			{ cat "$dir/initdb$i.log" >&2; cx_die "initdb failed"; }
		printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' \
			'host all all ::1/128 trust' >"$n/pg_hba.conf"
		{
			echo "listen_addresses = 'localhost'"
			echo "unix_socket_directories = '$dir'"
			echo "port = ${CX_CITUS_PORTS[$i]}"
			echo "fsync = off"
			echo "timezone = 'UTC'"
			echo "log_min_messages = warning"
			echo "shared_preload_libraries = 'citus,cx_metrics'"
			echo "max_prepared_transactions = 100"
			for line in "$@"; do echo "$line"; done
		} >>"$n/postgresql.conf"
		cx_as_server "$CX_PGBIN/pg_ctl" -D "$n" -l "$dir/node$i.log" -w -t 60 start >/dev/null ||
			{ cat "$dir/node$i.log" >&2; cx_die "Citus node $i did not start"; }
	done
	for i in 0 1 2; do cx_citus_psql "${CX_CITUS_PORTS[$i]}" -c 'CREATE EXTENSION citus'; done
	cx_citus_psql "${CX_CITUS_PORTS[0]}" >/dev/null <<SQL
SELECT citus_set_coordinator_host('localhost', ${CX_CITUS_PORTS[0]});
SELECT citus_add_node('localhost', ${CX_CITUS_PORTS[1]});
SELECT citus_add_node('localhost', ${CX_CITUS_PORTS[2]});
CREATE EXTENSION cx_metrics;
SQL
}

cx_citus_psql() {
	local port=$1
	shift
	cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$CX_CITUS_DIR" -p "$port" -d postgres "$@"
}

cx_citus_stop() {
	local i
	for i in 0 1 2; do
		cx_as_server "$CX_PGBIN/pg_ctl" -D "$CX_CITUS_DIR/node$i" -m immediate -w stop >/dev/null 2>&1 || true
	done
}

# psql as the server user, quiet and failing on the first error.
cx_psql() {
	cx_as_server "$CX_PGBIN/psql" -X -v ON_ERROR_STOP=1 "$@"
}

# Copy ../shared (evaluation data) where the server user can read it, and
# export CX_SHARED; unset when the folder is absent.
cx_stage_shared() {
	if [ -d "$CX_ROOT/../shared" ]; then
		mkdir -p "$CX_WORK/shared"
		cp -a "$CX_ROOT/../shared/." "$CX_WORK/shared/"
		chmod -R a+rX "$CX_WORK/shared"
		export CX_SHARED="$CX_WORK/shared"
	else
		unset CX_SHARED
	fi
}

# Copy the source tree SRC to DEST (emptied first): the git-tracked files and
# the untracked ones that are not ignored, so never build outputs (*.o, *.so,
# *.bc, the generated install script) that would let a build elsewhere skip
# compiling.  Without git (a tarball), everything but those.
cx_copy_source() {
	local src=$1 dest=$2
	rm -rf "$dest"
	mkdir -p "$dest"
	# (only when SRC is a checkout's top: a copy inside another checkout's
	# ignored folder would list nothing)
	if [ "$(git -C "$src" rev-parse --show-toplevel 2>/dev/null)" = "$(cd "$src" && pwd -P)" ]; then
		(cd "$src" && git ls-files -z -co --exclude-standard) |
			grep -zvE '(^|/)[^/]*\.(o|so|bc|a)$|^cx_metrics--1\.0\.sql$|^\.matrix/' |
			tar -C "$src" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$dest" -xf -
	else
		tar -C "$src" --exclude=.git --exclude=./.matrix --exclude='*.o' --exclude='*.so' \
			--exclude='*.bc' --exclude='*.a' --exclude=./cx_metrics--1.0.sql \
			--exclude=test/unit/build --exclude=test/fuzz/build -cf - . | tar -C "$dest" -xf -
	fi
}

# ---- the version matrix: PostgreSQL NN in a Debian root of its own ---------
#
# scripts/test --all-versions runs the suite on the host's PostgreSQL and, for
# each newer major, inside a Debian root made with debootstrap under
# $CX_MATRIX_DIR (default .matrix/ in the checkout, git-ignored); the host's
# apt sources are never changed.  Roots are kept and reused: a second run
# skips debootstrap and the packages already installed in them.

# The Debian suite that ships PostgreSQL NN as its default.
cx_matrix_suite() {
	case "$1" in
	15) echo bookworm ;;
	17) echo trixie ;;
	18) echo sid ;;
	*) return 1 ;;
	esac
}

CX_MATRIX_MOUNTS=()

# Make (or reuse) the Debian SUITE root DIR and make it safe for package
# installs.  Returns non-zero, having said why, when it cannot.
cx_matrix_make_root() {
	local suite=$1 dir=$2 major=$3 start
	if ! command -v debootstrap >/dev/null 2>&1; then
		cx_apt_install debootstrap
	fi
	# debootstrap removes $dir/debootstrap/ when it has finished: a root that
	# still has it is a broken earlier attempt, made again from scratch.
	if [ ! -x "$dir/usr/bin/apt-get" ] || [ -d "$dir/debootstrap" ]; then
		if [ -e "$dir" ]; then
			cx_matrix_unmount "$dir"
			if findmnt -rn -o TARGET | grep -q "^$dir/" || false; then
				echo "error: something is still mounted under $dir; not removing it" >&2
				return 1
			fi
			rm -rf "$dir"
		fi
		mkdir -p "$(dirname "$dir")"
		cx_say "making a Debian $suite root for PostgreSQL $major in $dir: about 1-4 minutes (debootstrap, ~90 packages)"
		start=$SECONDS
		cx_run_logged "$dir.debootstrap.log" debootstrap --variant=minbase --include=ca-certificates \
			"$suite" "$dir" http://deb.debian.org/debian || {
			echo "error: debootstrap $suite failed; its log: $dir.debootstrap.log" >&2
			return 1
		}
		cx_say "made the $suite root in $(cx_fmt_secs $((SECONDS - start)))"
	fi
	# No service may start inside the root (postgresql's postinst would
	# start one), and Debian's postgresql-common must not create a "main"
	# cluster: both set up before postgresql is installed.
	printf '#!/bin/sh\n# cx_metrics scripts/lib.sh: no service starts in this root\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
	chmod 755 "$dir/usr/sbin/policy-rc.d"
	mkdir -p "$dir/etc/postgresql-common"
	if ! grep -qE '^[[:space:]]*create_main_cluster[[:space:]]*=[[:space:]]*false' \
		"$dir/etc/postgresql-common/createcluster.conf" 2>/dev/null; then
		echo "create_main_cluster = false" >>"$dir/etc/postgresql-common/createcluster.conf"
	fi
	cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
	# apt in the root checks the Release files' dates as the host's does: a
	# host set not to (a wrong clock, a snapshot mirror) would otherwise see
	# sid's lists as expired and install nothing.
	apt-config dump 2>/dev/null | grep -E '^Acquire::Check-(Valid-Until|Date) ' \
		>"$dir/etc/apt/apt.conf.d/99cx-metrics-from-host" || rm -f "$dir/etc/apt/apt.conf.d/99cx-metrics-from-host"
}

# Mount what apt and the server need in DIR: /proc, a minimal /dev (device
# nodes on a tmpfs, a private devpts, a tmpfs /dev/shm for PostgreSQL's POSIX
# shared memory).  Recorded in CX_MATRIX_MOUNTS for cx_matrix_unmount.
cx_matrix_mount() {
	local dir=$1 n
	cx_matrix_unmount "$dir"	# leftovers of a killed run
	CX_MATRIX_MOUNTS+=("$dir")
	mount -t proc proc "$dir/proc"
	mkdir -p "$dir/dev"
	mount -t tmpfs -o mode=755,size=1m cx-dev "$dir/dev"
	for n in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
		set -- $n
		mknod -m 666 "$dir/dev/$1" c "$2" "$3" 2>/dev/null ||
			{ touch "$dir/dev/$1" && mount --bind "/dev/$1" "$dir/dev/$1"; }
	done
	ln -s /proc/self/fd "$dir/dev/fd"
	ln -s /proc/self/fd/0 "$dir/dev/stdin"
	ln -s /proc/self/fd/1 "$dir/dev/stdout"
	ln -s /proc/self/fd/2 "$dir/dev/stderr"
	mkdir -p "$dir/dev/pts" "$dir/dev/shm"
	mount -t devpts -o newinstance,ptmxmode=0666,mode=620 cx-devpts "$dir/dev/pts"
	ln -s pts/ptmx "$dir/dev/ptmx"
	mount -t tmpfs -o mode=1777 cx-shm "$dir/dev/shm"
}

# End whatever still runs inside DIR (a server of an interrupted run: all
# processes chrooted there are ours), then unmount everything under it.
cx_matrix_unmount() {
	local dir=$1 pids=() t
	dir=$(realpath -m "$dir")
	mapfile -t pids < <(find /proc -mindepth 2 -maxdepth 2 -name root -lname "$dir" 2>/dev/null |
		sed -n 's|^/proc/\([0-9]*\)/root$|\1|p')
	if [ ${#pids[@]} -gt 0 ]; then
		kill -TERM "${pids[@]}" 2>/dev/null || true
		for t in 1 2 3 4 5 6 7 8 9 10; do
			sleep 0.5
			kill -0 "${pids[@]}" 2>/dev/null || break
		done
		kill -KILL "${pids[@]}" 2>/dev/null || true
	fi
	# deepest first
	{ findmnt -rn -o TARGET | grep -E "^$dir/" || true; } | sort -r | while read -r t; do
		umount "$t" 2>/dev/null || umount -l "$t"
	done
}

cx_matrix_unmount_all() {
	local d
	for d in ${CX_MATRIX_MOUNTS[@]+"${CX_MATRIX_MOUNTS[@]}"}; do
		cx_matrix_unmount "$d"
	done
	CX_MATRIX_MOUNTS=()
}
