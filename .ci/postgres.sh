#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks.
#
#   .ci/postgres.sh [start|stop|crash|status|url] [--dir DIR] [--port PORT] [--no-fsync]
#
# start (the default) installs Debian's `postgresql` when `initdb` is missing, creates the
# cluster in DIR (default /tmp/sparkle-pg, or $SPARKLE_PG_DIR) on first use, starts it on
# 127.0.0.1:PORT (default 55432, or $SPARKLE_PG_PORT) with trust auth and fsync on, waits until
# it accepts connections, creates the `sparkle` database and prints its URL as the last line on
# stdout. Running it again against a running cluster only prints the URL; running it after a
# crash (`pg_ctl stop -m immediate`) starts the cluster, which recovers from its WAL first.
# `crash` stops it the way a crash would (`pg_ctl stop -m immediate`: no checkpoint, recovery
# from the WAL on the next start); `stop` shuts it down cleanly. Everything except the URL goes
# to stderr. `--no-fsync` starts the server without fsync and full-page writes, for a test run's
# throwaway cluster: a crash of the server process still loses nothing committed (the WAL is
# written before each commit returns), only a crash of the machine could; never for `crash` tests.
set -euo pipefail

DIR="${SPARKLE_PG_DIR:-/tmp/sparkle-pg}"
PORT="${SPARKLE_PG_PORT:-55432}"
DB=sparkle
CMD=start
SERVER_OPTS=()

while (($#)); do
    case "$1" in
        start | stop | crash | status | url) CMD="$1" ;;
        --dir) DIR="$2"; shift ;;
        --dir=*) DIR="${1#*=}" ;;
        --port) PORT="$2"; shift ;;
        --port=*) PORT="${1#*=}" ;;
        --no-fsync) SERVER_OPTS=(-c fsync=off -c full_page_writes=off) ;;
        -h | --help) sed -n '2,18s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "postgres.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

log() { echo "postgres.sh: $*" >&2; }
URL="postgresql+asyncpg://postgres@127.0.0.1:${PORT}/${DB}"

find_bindir() {
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$newest" && -x "$newest/initdb" ]]; then
        echo "$newest"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
    fi
}

BINDIR=$(find_bindir)
if [[ -z "$BINDIR" ]]; then
    if [[ "$CMD" != start ]]; then
        log "PostgreSQL is not installed"
        [[ "$CMD" == stop || "$CMD" == crash ]] && exit 0 || exit 1
    fi
    log "initdb not found; installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=()
    [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1 && SUDO=(sudo --preserve-env=DEBIAN_FRONTEND)
    "${SUDO[@]}" apt-get update -qq >&2
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
    BINDIR=$(find_bindir)
    [[ -n "$BINDIR" ]] || { log "initdb still not found after installing"; exit 1; }
fi

# The server refuses to run as root: act as the postgres OS user then.
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

pg_ctl() { as_pg "$BINDIR/pg_ctl" -D "$DIR" "$@"; }
running() { [[ -f "$DIR/PG_VERSION" ]] && pg_ctl status >/dev/null 2>&1; }
psql_pg() { "$BINDIR/psql" -X -q -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }

case "$CMD" in
    stop | crash)
        if running; then
            pg_ctl stop -m "$([[ "$CMD" == crash ]] && echo immediate || echo fast)" -w >&2
        else
            log "not running ($DIR)"
        fi
        exit 0
        ;;
    status)
        if running; then log "running ($DIR, port $PORT)"; exit 0; fi
        log "not running ($DIR)"; exit 3
        ;;
    url)
        echo "$URL"
        exit 0
        ;;
esac

if ! running; then
    if [[ ! -f "$DIR/PG_VERSION" ]]; then
        log "creating cluster in $DIR"
        mkdir -p "$DIR"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$DIR"
        chmod 700 "$DIR"
        as_pg "$BINDIR/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --no-locale >/dev/null
        cat >>"$DIR/postgresql.conf" <<EOF

# .ci/postgres.sh: local only, durable.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 300
EOF
    fi
    log "starting on 127.0.0.1:$PORT"
    if ! pg_ctl start -w -t 120 -l "$DIR/server.log" -o "-p $PORT ${SERVER_OPTS[*]}" >&2; then
        tail -n 30 "$DIR/server.log" >&2 || true
        exit 1
    fi
fi

for _ in $(seq 1 60); do
    "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres && break
    sleep 0.5
done
if [[ -z $(psql_pg -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
    psql_pg -d postgres -c "CREATE DATABASE $DB" >&2
fi
echo "$URL"
