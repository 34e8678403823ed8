# Shared machinery of the load benchmarks (bench/crossings.sh, bench/declarations.sh): the machine they
# run on, pgbench in a database of their own (or one with a service's real schema), wrk with a fresh
# token per step, and each process's CPU time per request and resident memory, a second gateway or
# service instance.
# Sourced after common.sh, postgres.sh and keycloak.sh (and services.sh for bench_gateway_start and
# bench_service_database), never run.
#
# The caller sets, before using the functions:
#   duration, warmup      seconds of each measured run and of the warm-up before it
#   connections, threads  wrk connections (and pgbench clients) and threads
#   results               the folder of this run's raw output
#   bench_client          the machine client whose token the wrk scripts get in JUXTA_BENCH_TOKEN
#   bench_user            or, if set, the test user (an officer at a screen) whose token they get instead
#   bench_processes       the processes of ./juxta whose CPU and memory are reported, e.g. "gateway immigration keycloak"

bench_dir=$JUXTA_ROOT/bench
# The wrk scripts load bench/wrk-common.lua from here.
export JUXTA_BENCH_DIR=$bench_dir

# Installs the load generators if missing and starts the platform if the gateway does not answer.
bench_prepare() {
    command -v wrk >/dev/null || apt_install wrk
    command -v pgbench >/dev/null || apt_install postgresql-contrib
    http_ok http://localhost:9080/q/health/ready || "$JUXTA_ROOT/juxta" up
}

# bench_gateway_start <name> <port> [VARIABLE=value | -Dproperty=value | -XX:option ...]: a second gateway
# beside the platform's, from the built jar with the platform's JVM options and environment, on its own port
# and under a name of its own, so that ./juxta down and status leave it alone (stop it with stop_process
# <name>); the arguments add environment variables, system properties and JVM options (after the
# platform's, so that they win). Reused if already running. Needs services.sh and a JDK (select_jdk).
bench_gateway_start() {
    local name=$1 port=$2
    shift 2
    _bench_instance_start gateway "$name" "$port" "$@"
}

# bench_service_start <name> <service> <port> [VARIABLE=value | -Dproperty=value | -XX:option ...]: a second
# instance of a service beside the platform's, as bench_gateway_start starts a gateway, on the service's
# database (a replica, as the Helm chart runs several). Its management port is <port> + 1000.
bench_service_start() {
    local name=$1 service=$2 port=$3
    shift 3
    _bench_instance_start "$service" "$name" "$port" "$@"
}

_bench_instance_start() { # component (gateway or a service), name, port, settings
    local component=$1 name=$2 port=$3 module java_opts jar setting
    local environment=() options=()
    shift 3
    if [ "$component" = gateway ]; then
        module=$(registry .gateway.module) java_opts=$JUXTA_GATEWAY_JAVA_OPTS
    else
        module=$(registry ".services[] | select(.name == \"$component\") | .module") java_opts=$JUXTA_SERVICE_JAVA_OPTS
    fi
    jar=$JUXTA_ROOT/$module/target/quarkus-app/quarkus-run.jar
    for setting in "$@"; do
        case $setting in
            -*) options+=("$setting") ;;
            *) environment+=("$setting") ;;
        esac
    done
    [ -f "$jar" ] || services_build
    if ! running_pid "$name" >/dev/null; then
        port_in_use "$port" && die "port $port is used by another program"
        # shellcheck disable=SC2046,SC2086
        start_process "$name" "$results/$name.log" env MALLOC_ARENA_MAX=2 $(_service_environment "$component" "$port") \
            "${environment[@]}" "$JAVA_HOME/bin/java" $java_opts "${options[@]}" -jar "$jar"
    fi
    wait_until 60 "$name on port $port" _service_ready "$port" \
        || die "$name did not become ready; see $results/$name.log"
}

# What the figures were measured on.
bench_machine() {
    step "Machine"
    info "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
    info "PostgreSQL $(pg_superuser_psql -d postgres -c 'show server_version'), synchronous_commit=$(pg_superuser_psql -d postgres -c 'show synchronous_commit'), fsync=$(pg_superuser_psql -d postgres -c 'show fsync')"
}

# The benchmarks' own role and database (juxta_bench), reached over TCP with a password like the
# services' roles. Owned by its role even if something else created it: the role creates its tables.
bench_database() {
    pg_superuser_psql -d postgres >/dev/null <<SQL
do \$\$ begin
    if not exists (select from pg_roles where rolname = 'juxta_bench') then create role juxta_bench login; end if;
end \$\$;
alter role juxta_bench password '$JUXTA_PG_DEV_PASSWORD';
SQL
    if [ -z "$(pg_superuser_psql -d postgres -c "select 1 from pg_database where datname = 'juxta_bench'")" ]; then
        pg_superuser_psql -d postgres -c "create database juxta_bench owner juxta_bench" >/dev/null
    fi
    pg_superuser_psql -d postgres -c "alter database juxta_bench owner to juxta_bench" >/dev/null
}

# Runs SQL (standard input, or a file with -f) in juxta_bench as its role; notices (drop if exists) unsaid.
bench_psql() { bench_psql_as juxta_bench juxta_bench "$@"; }
# bench_psql_as <role> <database> [psql arguments]: the same as another role, in another database.
bench_psql_as() {
    local role=$1 database=$2
    shift 2
    PGPASSWORD=$JUXTA_PG_DEV_PASSWORD PGOPTIONS="-c client_min_messages=warning" \
        psql -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U "$role" -d "$database" -q \
        -v ON_ERROR_STOP=1 "$@" >/dev/null
}

# bench_service_database <service> <database>: a database of the benchmark's own, made anew, with the
# service's real schema: the service's roles' counterparts (juxta_bench_<service>_owner and _app, made
# as postgres.sh makes a service's) and the migrations of the service's built jar run by its own
# migration step (the kernel's, then the service's, with their placeholders), as ./juxta up and the
# Helm chart migrate. The app role, like the service's, owns nothing and cannot bypass row-level security.
bench_service_database() {
    local service=$1 database=$2 owner="juxta_bench_$1_owner" app="juxta_bench_$1_app" module port jar url
    module=$(registry ".services[] | select(.name == \"$service\") | .module")
    port=$(registry ".services[] | select(.name == \"$service\") | .port")
    jar=$JUXTA_ROOT/$module/target/quarkus-app/quarkus-run.jar
    [ -f "$jar" ] || services_build
    postgres_service_roles "$owner" "$app"
    pg_superuser_psql -d postgres -c "set client_min_messages = warning" \
        -c "drop database if exists $database with (force)" >/dev/null
    pg_superuser_psql -d postgres -c "create database $database owner $owner" >/dev/null
    postgres_service_grants "$database" "$owner" "$app"
    url=$JUXTA_PG_HOST:$JUXTA_PG_PORT/$database
    _service_migrate "$service" "$port" "$jar" "$JUXTA_SERVICE_JAVA_OPTS" "$results/$service-migration.log" \
        "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$url" "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$url" \
        "QUARKUS_FLYWAY_USERNAME=$owner" "QUARKUS_DATASOURCE_USERNAME=$app"
}

# bench_pgbench <name> <script> [role database]: pgbench with as many clients as wrk has connections, for
# the whole duration, in juxta_bench as its role unless told; the output in $results/<name>.txt. Sets
# pgbench_tps and pgbench_latency (ms).
bench_pgbench() {
    local output=$results/$1.txt role=${3:-juxta_bench} database=${4:-juxta_bench}
    PGPASSWORD=$JUXTA_PG_DEV_PASSWORD pgbench -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U "$role" \
        -n -c "$connections" -j "$threads" -T "$duration" -f "$2" "$database" \
        >"$output" 2>&1 || { cat "$output" >&2; die "pgbench failed"; }
    pgbench_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$output" | tail -n 1)
    pgbench_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$output")
}

# Memory while under load: the largest resident set of each process, sampled every second into the
# file while bench_wrk measures.
_bench_sample_memory() {
    local name pid
    while sleep 1; do
        for name in $bench_processes; do
            pid=$(running_pid "$name") || continue
            # The JVM is a child of kc.sh for Keycloak: take the largest process of the group.
            ps -o rss= -g "$pid" 2>/dev/null | sort -n | tail -n 1 | sed "s/^ */$name /"
        done
        # PostgreSQL's processes share their buffers: count proportional set sizes, not resident sets.
        pgrep -x postgres | while read -r pid; do
            awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null
        done | awk '{s += $1} END {print "postgresql " s}'
    done
}
# Prints the largest resident set of each process sampled during a run of bench_wrk, and their total.
bench_memory_report() { # name of the bench_wrk run
    local name max total=0
    step "Memory during the $1 run (largest resident set in MB; PostgreSQL: proportional set size of all its processes)"
    for name in $bench_processes postgresql; do
        max=$(awk -v n="$name" '$1 == n && $2 > m {m = $2} END {printf "%.0f", m / 1024}' "$results/$1-memory.txt")
        total=$((total + max))
        info "$(printf "%-16s %5s MB" "$name" "$max")"
    done
    info "$(printf "%-16s %5s MB" total "$total")"
}

# CPU time used by each process (user + system, in clock ticks), so that each request's cost per component
# is known even when something else runs on the machine. PostgreSQL: every process (the pool's backends
# live for the whole run).
_bench_cpu_ticks() { # name
    local pids pid
    case $1 in
        postgresql) pids=$(pgrep -x postgres) ;;
        keycloak) pids=$(ps -o pid= -g "$(running_pid keycloak)") ;;
        *) pids=$(running_pid "$1") ;;
    esac
    for pid in $pids; do
        # Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}'
    done | awk '{s += $1} END {print s + 0}'
}
bench_cpu_snapshot() { # file
    local name
    for name in $bench_processes postgresql; do
        echo "$name $(_bench_cpu_ticks "$name")"
    done >"$1"
    # The whole machine: every CPU's busy ticks (all but idle and iowait).
    awk '$1 == "cpu" {print "machine", $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat >>"$1"
}
# CPU per request of each process between two snapshots, for the requests a wrk output counts.
bench_cpu_per_request() { # before, after, wrk output
    local requests tick_ms
    requests=$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$3")
    tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN {print 1000 / hz}')
    awk -v n="$requests" -v ms="$tick_ms" 'NR == FNR {before[$1] = $2; next}
        {printf "%s%s %.2f ms", (FNR > 1 ? ", " : ""), $1, ($2 - before[$1]) * ms / n}' "$1" "$2"
}

# bench_wrk <name> <lua script in bench/> <url> [command]: a fresh token of bench_client, or of bench_user
# if set (a token lives five minutes, less than a whole run), the warm-up, the command (if any), then the measured run between
# two CPU snapshots, and resident memory sampled meanwhile (bench_memory_report).
# The output in $results/<name>.txt. Prints the rate, latency, CPU per request and any unexpected
# answers; sets wrk_rps, wrk_p50 and wrk_p99.
bench_wrk() {
    local name=$1 script=$bench_dir/$2 url=$3 output=$results/$1.txt unexpected socket_errors sampler
    export JUXTA_BENCH_TOKEN
    if [ -n "${bench_user:-}" ]; then
        JUXTA_BENCH_TOKEN=$("$JUXTA_ROOT/juxta" token "$bench_user")
    else
        JUXTA_BENCH_TOKEN=$("$JUXTA_ROOT/juxta" token --client "$bench_client")
    fi
    wrk -t "$threads" -c "$connections" -d "${warmup}s" -s "$script" "$url" >/dev/null 2>&1 || true
    [ $# -lt 4 ] || "$4"
    bench_cpu_snapshot "$results/$name-cpu-before.txt"
    _bench_sample_memory >"$results/$name-memory.txt" &
    sampler=$!
    wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$script" "$url" \
        >"$output" 2>"$results/$name-errors.txt"
    bench_cpu_snapshot "$results/$name-cpu-after.txt"
    kill "$sampler" 2>/dev/null || true
    wrk_rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$output")
    wrk_p50=$(awk '$1 == "50%" {print $2}' "$output")
    wrk_p99=$(awk '$1 == "99%" {print $2}' "$output")
    ok "$name: $(printf '%.0f' "$wrk_rps")/s, latency p50 $wrk_p50, p99 $wrk_p99"
    info "CPU per request: $(bench_cpu_per_request "$results/$name-cpu-before.txt" "$results/$name-cpu-after.txt" "$output")"
    info "(machine: every process, wrk included)"
    # Counted by bench/wrk-common.lua; wrk itself counts connection errors and timeouts.
    unexpected=$(sed -n 's/^Unexpected answers: //p' "$output")
    socket_errors=$(sed -n 's/^ *Socket errors: *//p' "$output")
    info "$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$output") requests, ${unexpected:-?} unexpected answers${socket_errors:+, socket errors: $socket_errors}"
    [ -s "$results/$name-errors.txt" ] && warn "unexpected answers (first ones): $(head -n 3 "$results/$name-errors.txt")"
    return 0
}

# The ratio of two rates (full stack against raw inserts), two decimals.
bench_ratio() { # rate, reference rate
    awk -v s="$1" -v r="$2" 'BEGIN {printf "%.2f", s / r}'
}
