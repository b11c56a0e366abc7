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

# Install the Debian packages that are missing (by command or file probe).
cx_ensure_packages() {
	local want=()
	[ -x "/usr/lib/postgresql/$CX_PGMAJOR/bin/postgres" ] || want+=("postgresql-$CX_PGMAJOR")
	[ -x "/usr/lib/postgresql/$CX_PGMAJOR/bin/pg_config" ] &&
		[ -f "/usr/include/postgresql/$CX_PGMAJOR/server/postgres.h" ] || want+=("postgresql-server-dev-$CX_PGMAJOR")
	command -v make >/dev/null 2>&1 || want+=(make)
	command -v gcc >/dev/null 2>&1 || want+=(gcc)
	# PGXS builds LLVM bitcode with clang when the server was built with LLVM;
	# clang also builds the libFuzzer targets.
	command -v "clang-14" >/dev/null 2>&1 || want+=(clang-14)
	command -v clang >/dev/null 2>&1 || want+=(clang)
	[ -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ] ||
		ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 || want+=(libclang-rt-14-dev)
	# Debian's own python3 (not one from pyenv or a venv earlier in PATH)
	# runs the LISTEN clients of the demo and the tests.
	/usr/bin/python3 -c 'import psycopg2' >/dev/null 2>&1 || want+=(python3 python3-psycopg2)
	command -v runuser >/dev/null 2>&1 || want+=(util-linux)
	if [ ${#want[@]} -gt 0 ]; then
		cx_say "installing missing packages: ${want[*]}"
		cx_as_root apt-get update -qq
		cx_as_root apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
	fi
	# Debian's postgresql-common starts a "main" cluster on install; we do not
	# use it, and we never touch it.
	CX_PYTHON=/usr/bin/python3
	export CX_PYTHON
	CX_PGBIN="/usr/lib/postgresql/$CX_PGMAJOR/bin"
	PG_CONFIG="$CX_PGBIN/pg_config"
	[ -x "$PG_CONFIG" ] || cx_die "pg_config not found at $PG_CONFIG after installing packages"
	export PG_CONFIG CX_PGBIN
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

cx_build() {
	cx_say "building cx_metrics"
	make -C "$CX_ROOT" -s PG_CONFIG="$PG_CONFIG" >/dev/null
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
cx_private_install() {
	local prefix="$CX_WORK/install"
	local sharedir pkglibdir
	sharedir=$("$PG_CONFIG" --sharedir)
	pkglibdir=$("$PG_CONFIG" --pkglibdir)
	mkdir -p "$prefix$(dirname "$CX_PGBIN")" "$prefix$(dirname "$sharedir")"
	cp -a "$(dirname "$CX_PGBIN")/." "$prefix$(dirname "$CX_PGBIN")/"
	cp -a "$sharedir" "$prefix$(dirname "$sharedir")/"
	[ -d "$prefix$pkglibdir" ] || cx_die "unexpected layout: $pkglibdir is not under $(dirname "$CX_PGBIN")"
	make -C "$CX_ROOT" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$prefix" >/dev/null
	CX_PGBIN="$prefix$CX_PGBIN"
	export CX_PGBIN
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
# $CX_WORK only (no TCP).  Extra postgresql.conf lines may be passed as
# arguments.  Exports PGHOST, PGPORT, PGUSER, PGDATABASE for psql & co.
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
		for line in "$@"; do echo "$line"; done
	} >>"$data/postgresql.conf"
	cx_as_server "$CX_PGBIN/pg_ctl" -D "$data" -l "$CX_WORK/server.log" -w -t 60 start >/dev/null ||
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
