# Shared by the docker/ops/ scripts: build the packaged app, start it on a data folder, wait for
# readiness, stop it, and read the H2 files directly once it has stopped. Source it; not a command.
#
# Every process a script starts is recorded and ended by PID on exit, nothing else.

OPS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
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
    jar=$(ls "$APP_DIR"/lib/main/com.h2database.h2-*.jar 2>/dev/null | awk 'NR == 1')
    [[ -n $jar ]] || fail "no H2 jar in $APP_DIR/lib/main (is this an H2 build?)"
    echo "$jar"
}

# The management port of an app on PORT: $MGMT_PORT when set, else PORT+1000.
mgmt_port() { echo "${MGMT_PORT:-$(($1 + 1000))}"; }

# start_app NAME DATA_DIR PORT [VAR=value ...]: starts the packaged app in the background with
# its own process group; sets APP_PID. Log in $WORK/NAME.log. The management port is mgmt_port.
start_app() {
    local name=$1 data=$2 port=$3
    shift 3
    mkdir -p "$data"
    env MASTHEAD_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(mgmt_port "$port")" \
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

# wait_exit PID SECONDS: waits for the process to exit on its own; sets EXIT_CODE, or kills it
# and sets EXIT_CODE to "still running after N s".
wait_exit() {
    local pid=$1 seconds=$2 waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited < seconds * 2)); do
        sleep 0.5
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        stop_app "$pid" KILL
        EXIT_CODE="still running after $seconds s"
    else
        EXIT_CODE=0
        wait "$pid" 2>/dev/null || EXIT_CODE=$?
    fi
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
    while curl -s -o /dev/null "http://127.0.0.1:$port/" || curl -s -o /dev/null "http://127.0.0.1:$(mgmt_port "$port")/"; do
        port=$((port + 1))
    done
    echo "$port"
}

# run_it TESTS [-Dname=value ...]: the JUnit checks named (failsafe *IT classes in src/test/java)
# against what the script started, given as system properties; their log in $WORK/it.log, their
# figures ("[measured] ...") and results printed. Succeeds only when they ran, none skipped, and passed.
run_it() {
    local tests=$1 summary=$OPS_ROOT/target/failsafe-reports/failsafe-summary.xml rc=0
    shift
    rm -f "$summary"
    log "failsafe: $tests (log in $WORK/it.log)"
    (cd "$OPS_ROOT" && mvn -B test-compile failsafe:integration-test failsafe:verify -DskipITs=false \
        -Dit.test="$tests" "$@") >"$WORK/it.log" 2>&1 || rc=$?
    grep -E '^\[(measured|ERROR)\]|Tests run:.* in io\.masthead' "$WORK/it.log" | grep -v 'ERROR\] *$' | head -n 40 >&2 || true
    [[ $rc == 0 && -f $summary ]] && grep -q '<skipped>0</skipped>' "$summary" && ! grep -q '<completed>0</completed>' "$summary"
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

# ---- The newsroom through its real forms (curl with a cookie jar) ------------------------

# sign_in BASE JAR USER PASSWORD: form login; the session cookie lands in JAR.
sign_in() {
    local base=$1 jar=$2 user=$3 password=$4 code token
    rm -f "$jar"
    # The sign-in form carries a CSRF token (its cookie lands in JAR): fill in that form, as a browser would.
    token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -oE 'name="csrf-token" value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/' || true)
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" \
        --data-urlencode "j_username=$user" --data-urlencode "j_password=$password" "$base/j_security_check")
    [[ $code == 302 ]] || fail "sign-in as $user answered $code"
}

# form_page BASE JAR PATH: fetches a newsroom page (its CSRF cookie lands in JAR) into $WORK/form.html.
form_page() {
    local code
    code=$(curl -s -o "$WORK/form.html" -w '%{http_code}' -b "$2" -c "$2" "$1$3")
    [[ $code == 200 ]] || fail "GET $3 answered $code"
}

# The CSRF token in the form just fetched (the hidden csrf-token field).
form_token() {
    grep -oE 'name="csrf-token" value="[^"]+"' "$WORK/form.html" | awk 'NR == 1' | sed -E 's/.*value="([^"]+)"/\1/'
}

# The first section offered by the article form just fetched.
form_section() {
    grep -oE '<option value="[0-9]+"' "$WORK/form.html" | awk 'NR == 1' | grep -oE '[0-9]+'
}

# create_article BASE JAR HEADLINE IMAGE: fills in /admin/articles/new (multipart, with a lead
# image, alt text and credit) and submits it; echoes the new article's id.
create_article() {
    local base=$1 jar=$2 headline=$3 image=$4 token section headers code location
    form_page "$base" "$jar" /admin/articles/new
    token=$(form_token)
    section=$(form_section)
    [[ -n $token && -n $section ]] || fail "no CSRF token or section in the article form"
    headers=$(curl -s -o /dev/null -D - -b "$jar" -c "$jar" \
        -F "csrf-token=$token" -F "headline=$headline" -F "dek=Written by an ops check" \
        -F "body=A paragraph written by the ops check." -F "kind=NEWS" -F "section=$section" \
        -F "authors=" -F "tags=ops check" -F "slug=" -F "authorNote=" \
        -F "leadCaption=A picture" -F "leadCredit=Masthead staff" -F "leadAlt=A drawn landscape" \
        -F "leadImage=@$image;type=image/jpeg" "$base/admin/articles")
    code=$(awk 'NR == 1 {print $2}' <<<"$headers")
    location=$(awk 'tolower($1) == "location:" {print $2}' <<<"$headers" | tr -d '\r')
    [[ $code == 303 && $location =~ /admin/articles/([0-9]+)$ ]] || fail "creating '$headline' answered $code $location"
    echo "${BASH_REMATCH[1]}"
}

# publish_article BASE JAR ID: the "Publish now" form on the article's page; returns when the
# app has answered 303 (acknowledged).
publish_article() {
    local base=$1 jar=$2 id=$3 token code
    form_page "$base" "$jar" "/admin/articles/$id"
    token=$(form_token)
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
        --data-urlencode "csrf-token=$token" "$base/admin/articles/$id/publish")
    [[ $code == 303 ]] || fail "publishing article $id answered $code"
}
