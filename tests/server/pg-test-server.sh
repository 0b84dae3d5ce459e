#!/usr/bin/env bash
# Usage: pg-test-server.sh start|stop STATE_DIR PG_BIN_DIR
#
# A throw-away PostgreSQL 15 server for the tests, started and stopped by ctest's fixture tests
# (tests/server/CMakeLists.txt): `start` makes a new cluster with initdb, listening on a Unix socket
# in its own folder and on a free TCP port of 127.0.0.1, and writes STATE_DIR/server.env, which the
# tests read (tests/support/PgTestServer.h); `stop` stops it and removes it.
#
# PostgreSQL refuses to run as root. Run as root (as CI does), the server runs as Debian's `postgres`
# user (created by the postgresql-common package) and its folder belongs to that user; otherwise it
# runs as the caller. Its folder is a new STATE_DIR/cluster.XXXXXX, or a folder under /tmp when
# `postgres` cannot reach STATE_DIR or when the socket's path would be longer than a Unix socket
# allows.
#
# Fast rather than durable: initdb --no-sync and fsync=off, synchronous_commit=off,
# full_page_writes=off. A crash of the machine may lose the test server's data; nothing else is
# kept there.
#
# The server never outlives the ctest that started it: the cleanup fixture stops it; a watcher stops
# it when the process that ran `start` (ctest) is gone, for a run that was interrupted or killed; and
# `start` first stops a server that a killed run left behind.
set -uo pipefail

action="${1:-}"
state="${2:-}"
bin="${3:-}"
if [ -z "$action" ] || [ -z "$state" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "usage: pg-test-server.sh start|stop STATE_DIR PG_BIN_DIR (PG_BIN_DIR holds initdb and pg_ctl)" >&2
    exit 2
fi

# The server's programs run with a clean environment: the sanitized test build exports ASAN_OPTIONS
# and UBSAN_OPTIONS (and a developer may set LD_PRELOAD), which are for our programs, not PostgreSQL's.
clean_env=(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TZ=UTC)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "pg-test-server: PostgreSQL refuses to run as root, and there is no 'postgres' user to run it as; install postgresql-15 (scripts/setup.sh does)" >&2
        exit 1
    fi
    as_server=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi
run_as_server() {
    "${as_server[@]}" "${clean_env[@]}" "$@"
}

# Stops the cluster recorded in STATE_DIR (if any) and removes its folder.
stop_recorded() {
    local mode="$1" cluster=""
    [ -f "$state/cluster-dir" ] && cluster="$(cat "$state/cluster-dir")"
    if [ -n "$cluster" ] && [ -d "$cluster/data" ] &&
        run_as_server "$bin/pg_ctl" status -D "$cluster/data" >/dev/null 2>&1; then
        if ! run_as_server "$bin/pg_ctl" stop -D "$cluster/data" -m "$mode" -w -t 60 >/dev/null; then
            echo "pg-test-server: the server in $cluster/data did not stop; see $cluster/server.log" >&2
            return 1
        fi
    fi
    [ -n "$cluster" ] && rm -rf "$cluster"
    rm -f "$state/cluster-dir" "$state/server.env"
    return 0
}

case "$action" in
stop)
    started="$(date +%s%N)"
    stop_recorded fast || exit 1
    echo "pg-test-server: stopped and removed in $((($(date +%s%N) - started) / 1000000)) ms"
    exit 0
    ;;
start) ;;
*)
    echo "usage: pg-test-server.sh start|stop STATE_DIR PG_BIN_DIR" >&2
    exit 2
    ;;
esac

started="$(date +%s%N)"
mkdir -p "$state"
state="$(cd "$state" && pwd)"
if [ -f "$state/cluster-dir" ]; then
    echo "pg-test-server: stopping the server an earlier, interrupted run left in $(cat "$state/cluster-dir")"
    stop_recorded immediate || exit 1
fi

# Where the cluster lives: a new folder each time (so that the watcher of an earlier run can never
# touch it), under STATE_DIR if the server's user can reach it and the socket's path fits in a
# sockaddr_un (107 bytes, with "/socket/.s.PGSQL.65535" at the end).
rm -rf "$state"/cluster.*
cluster="$(mktemp -d "$state/cluster.XXXXXX")"
[ ${#as_server[@]} -gt 0 ] && chown postgres: "$cluster"
if ! run_as_server test -w "$cluster" || [ $((${#cluster} + 22)) -gt 107 ]; then
    rm -rf "$cluster"
    cluster="$(mktemp -d /tmp/seminardesk-pg.XXXXXX)"
    [ ${#as_server[@]} -gt 0 ] && chown postgres: "$cluster"
fi
echo "$cluster" >"$state/cluster-dir"
run_as_server mkdir -m 0755 "$cluster/socket"

fail() {
    echo "pg-test-server: $1" >&2
    [ -f "$cluster/server.log" ] && tail -n 20 "$cluster/server.log" >&2
    stop_recorded immediate
    exit 1
}

admin=sd_admin
if ! run_as_server "$bin/initdb" -D "$cluster/data" --no-sync --username="$admin" --encoding=UTF8 \
    --locale=C.UTF-8 --auth=trust --no-instructions >"$cluster/initdb.log" 2>&1; then
    cat "$cluster/initdb.log" >&2
    fail "initdb failed in $cluster/data"
fi

# Who may connect how. Over the socket anyone, as any role, without a password (the tests' own
# connections); over TCP on 127.0.0.1 the administrator without a password, sd_password only with its
# password (SCRAM), and no one else: sd_socket_only exists but has no TCP line.
cat >"$cluster/data/pg_hba.conf" <<'EOF'
local all all                  trust
host  all sd_admin    127.0.0.1/32 trust
host  all sd_password 127.0.0.1/32 scram-sha-256
EOF
cat >>"$cluster/data/postgresql.conf" <<EOF

# pg-test-server.sh: a throw-away server for the tests, fast rather than durable
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cluster/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 32MB
log_min_messages = warning
log_connections = off
EOF

# A free port: the kernel names one; another program may take it before the server binds it, so a
# start that fails on its port tries another.
port=""
for attempt in 1 2 3 4 5; do
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')" ||
        fail "could not find a free TCP port on 127.0.0.1"
    if run_as_server "$bin/pg_ctl" start -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-p $port" >/dev/null 2>&1; then
        break
    fi
    grep -qiE 'could not (bind|create listen socket)|address already in use' "$cluster/server.log" ||
        fail "the server did not start"
    port=""
done
[ -n "$port" ] || fail "the server found no free port in 5 attempts"

sql() {
    "${clean_env[@]}" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$cluster/socket" -p "$port" -U "$admin" \
        -d postgres -c "$1" >/dev/null
}
password="test-password-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
sql "CREATE ROLE sd_password LOGIN PASSWORD '$password'" &&
    sql "CREATE ROLE sd_socket_only LOGIN" ||
    fail "could not create the test roles"

# The watcher: stops the server once the process that started it (ctest) has gone, so that an
# interrupted run leaves no server behind. It holds none of ctest's pipes, so ctest never waits for it.
owner="$PPID"
(
    trap '' HUP INT
    while kill -0 "$owner" 2>/dev/null && [ -f "$cluster/data/postmaster.pid" ]; do
        sleep 2
    done
    if [ -f "$cluster/data/postmaster.pid" ]; then
        run_as_server "$bin/pg_ctl" stop -D "$cluster/data" -m immediate -w -t 60
        rm -rf "$cluster"
        # the state files, unless a later start has already replaced them with its own
        if [ "$(cat "$state/cluster-dir" 2>/dev/null)" = "$cluster" ]; then
            rm -f "$state/cluster-dir" "$state/server.env"
        fi
    fi
) </dev/null >/dev/null 2>&1 &
disown

cat >"$state/server.env" <<EOF
socket_dir=$cluster/socket
port=$port
admin_user=$admin
password_user=sd_password
password=$password
socket_only_user=sd_socket_only
EOF
echo "pg-test-server: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') on $cluster/socket and 127.0.0.1:$port, started in $((($(date +%s%N) - started) / 1000000)) ms"
