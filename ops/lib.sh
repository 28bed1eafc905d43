# Shared by the ops/ scripts: build the packaged app, start it on a data folder, wait for
# readiness, stop it, and read the H2 files directly once it has stopped. Source it; not a command.
#
# Every process a script starts is recorded and ended by PID on exit, nothing else.

OPS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_DIR=${APP_DIR:-$OPS_ROOT/target/quarkus-app}
BROWSER_AGENT="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
OPS_PIDS=()

log() { printf '[%s %s] %s\n' "$(basename "$0")" "$(date +%T)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
now_ms() { date +%s%3N; }

# build: packages the app unless NO_BUILD=1 (then the jar must exist).
build() {
    if [[ -n ${NO_BUILD:-} ]]; then
        [[ -f $APP_DIR/quarkus-run.jar ]] || fail "NO_BUILD set but $APP_DIR/quarkus-run.jar is missing"
        return
    fi
    log "mvn -B -q package -DskipTests"
    (cd "$OPS_ROOT" && mvn -B -q package -DskipTests) >&2 || fail "build"
}

h2_jar() {
    local jar
    jar=$(ls "$APP_DIR"/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -n1)
    [[ -n $jar ]] || fail "no H2 jar in $APP_DIR/lib/main (is this an H2 build?)"
    echo "$jar"
}

# start_app NAME DATA_DIR PORT [VAR=value ...]: starts the packaged app in the background with
# its own process group; sets APP_PID. Log in $WORK/NAME.log. The management port is PORT+1000.
start_app() {
    local name=$1 data=$2 port=$3
    shift 3
    mkdir -p "$data"
    env MASTHEAD_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
        QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" "$@" \
        setsid java -jar "$APP_DIR/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
    APP_PID=$!
    OPS_PIDS+=("$APP_PID")
}

# wait_ready PORT PID [TIMEOUT_S]: until /q/health/ready answers 200; fails if the process exits.
wait_ready() {
    local port=$1 pid=$2 timeout=${3:-300} started
    started=$(date +%s)
    until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || return 1
        (($(date +%s) - started < timeout)) || return 1
        sleep 0.5
    done
}

# stop_app PID [SIGNAL]: signals the JVM and waits until it has exited; sets STOP_CODE to its
# exit code. (Not in a $(...) subshell: only this shell can wait for its own children.)
stop_app() {
    local pid=$1 signal=${2:-TERM}
    STOP_CODE=0
    kill -"$signal" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || STOP_CODE=$?
}

# h2_sql DATA_DIR SQL: one value from the stopped app's H2 files (the first column of the first row).
h2_sql() {
    local data=$1 sql=$2
    java -cp "$(h2_jar)" org.h2.tools.Shell \
        -url "jdbc:h2:file:$data/db/masthead;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        -user masthead -password masthead -sql "$sql" | awk 'NR == 2 {print $1}'
}

# A port nothing listens on, from BASE upwards.
free_port() {
    local port=$1
    while curl -s -o /dev/null "http://127.0.0.1:$port/" || curl -s -o /dev/null "http://127.0.0.1:$((port + 1000))/"; do
        port=$((port + 1))
    done
    echo "$port"
}

ops_cleanup() {
    local pid
    for pid in "${OPS_PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
}

ops_init() {
    WORK=${WORK:-$(mktemp -d /tmp/masthead-ops.XXXXXX)}
    mkdir -p "$WORK"
    SESSION_KEY=$(head -c 32 /dev/urandom | base64)
    trap ops_cleanup EXIT
    log "scratch folder $WORK"
}
