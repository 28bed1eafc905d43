# Sourced by the PostgreSQL ops scripts: connection settings for psql, pg_dump and pg_restore.
# Uses the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) when set;
# otherwise derives them from the app's own QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD,
# so the environment that runs the app also runs its backups.

if [[ -z ${PGDATABASE:-} && -n ${QUARKUS_DATASOURCE_JDBC_URL:-} ]]; then
    if [[ $QUARKUS_DATASOURCE_JDBC_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
        export PGHOST=${PGHOST:-${BASH_REMATCH[1]}}
        export PGPORT=${PGPORT:-${BASH_REMATCH[3]:-5432}}
        export PGDATABASE=${BASH_REMATCH[4]}
    else
        echo "cannot read host and database from QUARKUS_DATASOURCE_JDBC_URL=$QUARKUS_DATASOURCE_JDBC_URL" >&2
        exit 2
    fi
fi
[[ -n ${QUARKUS_DATASOURCE_USERNAME:-} && -z ${PGUSER:-} ]] && export PGUSER=$QUARKUS_DATASOURCE_USERNAME
[[ -n ${QUARKUS_DATASOURCE_PASSWORD:-} && -z ${PGPASSWORD:-} ]] && export PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD

pg_tool() { # pg_tool NAME: the newest installed PostgreSQL client program of that name
    local bin
    bin=$(compgen -G "/usr/lib/postgresql/*/bin/$1" | sort -V | awk 'END {print}')
    if [[ -n $bin ]]; then echo "$bin"; else command -v "$1"; fi
}
