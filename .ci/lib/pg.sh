# A throwaway PostgreSQL cluster on 127.0.0.1, for .ci/postgres and .ci/multi-instance.
# Source it, then:
#   pg_init [PORT]      installs Debian's postgresql if missing, makes a cluster in a fresh folder
#                       under /tmp (PGDATA) and starts it on PORT (default $PG_PORT, else 55432)
#   pg_create_db NAME   creates the role masthead with a random password (PG_PASSWORD) owning an
#                       empty UTF-8 database NAME
#   pg_stop, pg_start   stop (fast: open transactions are rolled back) and start the same cluster
#   pg_sql DB SQL       runs SQL as the superuser and prints the result unaligned, tuples only
#   pg_destroy          stops the cluster and removes its folder; install it in an EXIT trap
# fsync is off: the cluster is thrown away, and the tests run faster.
# shellcheck shell=bash

PG_PORT=${PG_PORT:-55432}
PGDATA=""
PG_BIN=""
PG_PASSWORD=""

_pg_log() {
    if declare -F log >/dev/null; then log "$@"; else printf '[pg %s] %s\n' "$(date +%T)" "$*" >&2; fi
}

# PostgreSQL refuses to run as root; as root, run it as the postgres user.
_pg_as() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_init() {
    PG_PORT=${1:-$PG_PORT}
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
        _pg_log "installing postgresql"
        local sudo=()
        [[ $(id -u) == 0 ]] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PG_BIN=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n1)
    if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
        _pg_log "port $PG_PORT is taken; set PG_PORT"
        return 1
    fi
    PGDATA=$(mktemp -d /tmp/masthead-pg.XXXXXX)
    [[ $(id -u) == 0 ]] && chown postgres: "$PGDATA"
    _pg_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') in $PGDATA on 127.0.0.1:$PG_PORT"
    _pg_as "$PG_BIN/initdb" -D "$PGDATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PGDATA.initdb.log" 2>&1 \
        || { cat "$PGDATA.initdb.log" >&2; return 1; }
    rm -f "$PGDATA.initdb.log"
    pg_start
}

pg_start() {
    _pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PGDATA -c fsync=off -c full_page_writes=off" start >/dev/null
}

pg_stop() {
    _pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null
}

pg_sql() {
    _pg_as "$PG_BIN/psql" -X -q -h "$PGDATA" -p "$PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -tA -c "$2"
}

pg_create_db() {
    PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '+/=')
    pg_sql postgres "create role masthead login password '$PG_PASSWORD'"
    pg_sql postgres "create database $1 owner masthead encoding 'UTF8'"
}

pg_destroy() {
    [[ -n $PGDATA && -d $PGDATA ]] || return 0
    _pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
}
