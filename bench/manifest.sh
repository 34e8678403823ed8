#!/usr/bin/env bash
# Benchmark P1b (docs/benchmarks.md, issue 10): 500-traveller PAXLST manifests submitted by a carrier
# through the gateway while the state (MNG) has a 1,000,000-person alert list; p50/p99/max of the
# submission and of screening being complete, one at a time and a few at once, and the immigration
# service's resident memory and CPU time per manifest. The list is imported once through the gateway as
# a supervisor (about 6 minutes) and reused by later runs.
#
#   ./juxta bench manifest [--manifests 50] [--warmup 5] [--concurrency 4] [--travellers 500]
#                          [--listed 5] [--persons 1000000] [--profile] [--list-only]
#                          [--separate [--keep]] [--stop]
#
# A million persons need about 1.5 GB of heap in the immigration service (docs/operations.md), far
# more than ./juxta up gives it: the benchmark refuses a service with less rather than leave the
# state's screening refused with 503. Either restart the platform with a larger heap, e.g.
#   JUXTA_SERVICE_JAVA_OPTS="-Xms256m -Xmx1536m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ./juxta up
# or pass --separate: a second immigration service (port 8091, 1.5 GB heap, its own database
# juxta_immigration_bench, which keeps the list between runs) and gateway (port 8090) are started
# beside the platform from the built jars, and stopped at the end unless --keep is given (then the next
# run finds them warm; a fresh one loads the person index as it starts, a minute or two); --stop stops
# them. Keycloak and PostgreSQL are shared. The separate immigration runs with the platform's JVM options
# but the heap (C1 only, as the chart runs every service); JUXTA_BENCH_IMMIGRATION_JAVA_OPTS replaces
# them, e.g. with the options docs/operations.md recommends for a million persons (C2):
#   JUXTA_BENCH_IMMIGRATION_JAVA_OPTS="-Xms256m -Xmx1536m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m
#     -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:CICompilerCount=2 -Xss512k -XX:+ExitOnOutOfMemoryError"
# --profile records a JDK Flight Recorder file of the immigration service while the manifests run.
# --list-only imports the list (or sees it is there) and stops. Prints the figures; records nothing.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"
source "$JUXTA_ROOT/scripts/lib/postgres.sh"
source "$JUXTA_ROOT/scripts/lib/keycloak.sh"
source "$JUXTA_ROOT/scripts/lib/services.sh"
source "$JUXTA_ROOT/scripts/lib/bench.sh"

manifests=50
warmup=5
concurrency=4
travellers=500
listed=5
persons=1000000
profile=
separate=
list_only=
keep=
stop=
while [ $# -gt 0 ]; do
    case $1 in
        --manifests) manifests=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --concurrency) concurrency=$2; shift 2 ;;
        --travellers) travellers=$2; shift 2 ;;
        --listed) listed=$2; shift 2 ;;
        --persons) persons=$2; shift 2 ;;
        --profile) profile=true; shift ;;
        --separate) separate=1; shift ;;
        --list-only) list_only=1; shift ;;
        --keep) keep=1; shift ;;
        --stop) stop=1; shift ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
select_jdk
results=$JUXTA_LOGS/bench-manifest-$(date +%Y%m%d-%H%M%S)
[ -n "$stop" ] || mkdir -p "$results"

# The separate instance: the registry's immigration and gateway on ports 8091 and 8090, under names of
# their own so that ./juxta down and status leave them alone.
separate_database=${JUXTA_BENCH_DATABASE:-juxta_immigration_bench}
separate_gateway_port=8090
separate_immigration_port=8091
separate_java_opts=${JUXTA_BENCH_IMMIGRATION_JAVA_OPTS:-$(sed 's/-Xms[^ ]*/-Xms256m/; s/-Xmx[^ ]*/-Xmx1536m/' <<<"$JUXTA_SERVICE_JAVA_OPTS")}

start_separate() {
    step "A separate immigration service (port $separate_immigration_port, database $separate_database) and gateway (port $separate_gateway_port)"
    keycloak_answers_or_die
    local jar=$JUXTA_ROOT/services/immigration/target/quarkus-app/quarkus-run.jar
    [ -f "$jar" ] || services_build
    if [ -z "$(pg_superuser_psql -d postgres -c "select 1 from pg_database where datname = '$separate_database'")" ]; then
        postgres_ensure_service immigration juxta_immigration >/dev/null
        pg_superuser_psql -d postgres -c "create database $separate_database owner juxta_immigration_owner" >/dev/null
        pg_superuser_psql -d "$separate_database" >/dev/null <<SQL
revoke all on database $separate_database from public;
grant connect, temporary on database $separate_database to juxta_immigration_app;
grant connect, create, temporary on database $separate_database to juxta_immigration_owner;
alter schema public owner to juxta_immigration_owner;
revoke create on schema public from public;
grant usage on schema public to juxta_immigration_app;
SQL
        info "created database $separate_database"
    fi
    # What ./juxta up gives the registry's service, with this database, these ports and staging folder.
    local environment
    environment="$(_service_environment immigration "$separate_immigration_port")
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$JUXTA_PG_HOST:$JUXTA_PG_PORT/$separate_database
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$JUXTA_PG_HOST:$JUXTA_PG_PORT/$separate_database
JUXTA_JOBS_STAGING_DIRECTORY=$JUXTA_HOME/staging/immigration-bench"
    if ! running_pid immigration-bench >/dev/null; then
        port_in_use "$separate_immigration_port" && die "port $separate_immigration_port is used by another program"
        # shellcheck disable=SC2086
        env MALLOC_ARENA_MAX=2 $environment QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0 \
            QUARKUS_FLYWAY_PASSWORD="$JUXTA_PG_DEV_PASSWORD" JUXTA_DATABASE_MIGRATE_AND_EXIT=true \
            QUARKUS_OIDC_TENANT_ENABLED=false "$JAVA_HOME/bin/java" $separate_java_opts -jar "$jar" \
            >"$results/immigration-migration.log" 2>&1 </dev/null \
            || die "migrating $separate_database failed; see $results/immigration-migration.log"
        # shellcheck disable=SC2086
        start_process immigration-bench "$results/immigration.log" env MALLOC_ARENA_MAX=2 $environment \
            "$JAVA_HOME/bin/java" $separate_java_opts -jar "$jar"
    fi
    # Not ready while it loads MNG's million persons as it starts (JUXTA_SCREENING_WARM_UP_STATES).
    service_await_ready immigration "$separate_immigration_port" \
        || die "the separate immigration service did not become ready; see $results/immigration.log"
    bench_gateway_start gateway-bench "$separate_gateway_port" \
        JUXTA_GATEWAY_ROUTES_IMMIGRATION_URL="http://127.0.0.1:$separate_immigration_port"
    ok "ready; immigration with $separate_java_opts"
}

stop_separate() {
    stop_process gateway-bench
    stop_process immigration-bench
}

keycloak_answers_or_die() {
    http_ok "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" || die "Keycloak does not answer on $KEYCLOAK_URL: ./juxta up first"
}

if [ -n "$stop" ]; then
    stop_separate
    exit 0
fi
if [ -n "$separate" ]; then
    [ -n "$keep" ] || trap stop_separate EXIT
    start_separate
    gateway=http://localhost:$separate_gateway_port
    immigration_pid=$(running_pid immigration-bench)
    immigration_port=$separate_immigration_port
else
    http_ok http://localhost:9080/q/health/ready || "$JUXTA_ROOT/juxta" up
    gateway=http://localhost:8080
    immigration_pid=$(running_pid immigration) || die "the immigration service was not started by ./juxta up"
    immigration_port=$(registry '.services[] | select(.name == "immigration") | .port')
fi

# A heap too small for the list leaves the state's crossings and manifests refused (503) once it is imported.
max_heap=$("$JAVA_HOME/bin/jcmd" "$immigration_pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
max_heap_mb=$((max_heap >> 20))
needed_mb=$((persons / 1000)) # about a kilobyte a person while the index is built
[ "$max_heap_mb" -ge "$needed_mb" ] || die "the immigration service has a heap of $max_heap_mb MB;" \
    "$persons persons need about $needed_mb MB. Restart it with a larger one or pass --separate (see $0)."

step "Machine"
info "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
info "immigration: pid $immigration_pid, heap at most $max_heap_mb MB, $(tr '\0' ' ' </proc/"$immigration_pid"/cmdline | grep -o -- '-XX:+Use[A-Za-z]*GC')"

step "Building the benchmark"
(cd "$JUXTA_ROOT" && ./mvnw -q -B package -pl bench/screening -am -DskipTests >"$results/build.log" 2>&1) \
    || die "the build failed; see $results/build.log"
module=$JUXTA_ROOT/bench/screening/target
run_benchmark() {
    "$JAVA_HOME/bin/java" -Xmx1g -cp "$module/classes:$(cat "$module/classpath.txt")" \
        org.juxta.bench.screening.ManifestBenchmark "$@" --gateway "$gateway" \
        --realm "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" --persons "$persons" --work "$results"
}

# Resident memory of the service during the import, sampled every second (the benchmark samples it
# itself while it measures).
sample_memory() {
    while sleep 1; do
        ps -o rss= -p "$immigration_pid" 2>/dev/null || return 0
    done
}
largest_mb() { sort -n "$1" | tail -n 1 | awk '{printf "%d", $1 / 1024}'; }

step "An alert list of $persons persons in MNG, imported through the gateway as mng-immigration-supervisor"
sample_memory >"$results/memory-import.txt" &
sampler=$!
run_benchmark list
kill "$sampler" 2>/dev/null || true
[ -s "$results/memory-import.txt" ] && info "immigration resident memory meanwhile: at most $(largest_mb "$results/memory-import.txt") MB"
[ -n "$list_only" ] && exit 0

database=$([ -n "$separate" ] && echo "$separate_database" || echo juxta_immigration)
pg_analyze "$database" && info "analyzed $database, as autovacuum would"

step "Manifests of $travellers travellers, submitted as carrier-mongolian-airlines through $gateway"
run_benchmark manifests --manifests "$manifests" --warmup "$warmup" --concurrency "$concurrency" \
    --travellers "$travellers" --listed "$listed" --immigration-pid "$immigration_pid" --profile "${profile:-false}"
if [ -n "$profile" ]; then
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$results/immigration.jfr" \
        | "$JUXTA_ROOT/bench/jfr-breakdown.py" >"$results/immigration-breakdown.txt"
    step "Where immigration's CPU went while measured ($results/immigration.jfr)"
    sed 's/^/    /' "$results/immigration-breakdown.txt"
fi
info "results in $results"
