#!/usr/bin/env bash
# Benchmark P1 (docs/benchmarks.md): recording crossings through the whole stack (gateway, token
# validation, immigration service, row-level security, audit chain, PostgreSQL) against the raw
# single-row insert rate of the same PostgreSQL, measured side by side in one run.
#
#   ./juxta bench [--duration 60] [--connections 16] [--warmup 30] [--breakdown] [--profile]
#
# --breakdown also measures, in the same run, the service called directly (no gateway) and the fixed
# cost of a request (reading an MRZ: tokens, roles, JSON, no database) through the gateway and directly.
# --profile records JDK Flight Recorder files of the gateway and the immigration service during the
# measured full-stack run (JFR's 'profile' settings cost a few per cent of throughput).
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Installs wrk and
# pgbench from Debian packages if missing. Prints the figures; records nothing by itself.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"
source "$JUXTA_ROOT/scripts/lib/postgres.sh"
source "$JUXTA_ROOT/scripts/lib/keycloak.sh"

duration=60
connections=16
warmup=30
breakdown=
profile=
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --breakdown) breakdown=1; shift ;;
        --profile) profile=1; shift ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
threads=2
[ -n "$profile" ] && select_jdk
bench_dir=$JUXTA_ROOT/bench
results=$JUXTA_LOGS/bench-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"

command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-contrib

if ! http_ok http://localhost:9080/q/health/ready; then
    "$JUXTA_ROOT/juxta" up
fi

step "Machine"
info "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
info "PostgreSQL $(pg_superuser_psql -d postgres -c 'show server_version'), synchronous_commit=$(pg_superuser_psql -d postgres -c 'show synchronous_commit'), fsync=$(pg_superuser_psql -d postgres -c 'show fsync')"

# --- Raw PostgreSQL: the same row, inserted by pgbench with as many clients as wrk has connections.
step "PostgreSQL alone: pgbench, $connections clients, ${duration}s"
# Its own role and database, reached over TCP with a password like the services' roles.
pg_superuser_psql -d postgres >/dev/null <<SQL
do \$\$ begin
    if not exists (select from pg_roles where rolname = 'juxta_bench') then create role juxta_bench login; end if;
end \$\$;
alter role juxta_bench password '$JUXTA_PG_DEV_PASSWORD';
SQL
if [ -z "$(pg_superuser_psql -d postgres -c "select 1 from pg_database where datname = 'juxta_bench'")" ]; then
    pg_superuser_psql -d postgres -c "create database juxta_bench owner juxta_bench" >/dev/null
fi
# Owned by its role even if something else created it: the role creates its table in schema public.
pg_superuser_psql -d postgres -c "alter database juxta_bench owner to juxta_bench" >/dev/null
PGPASSWORD=$JUXTA_PG_DEV_PASSWORD psql -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U juxta_bench -d juxta_bench -q \
    -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
drop table if exists crossing_bench;
create table crossing_bench (
    id uuid primary key, state text not null, post text not null, direction text not null,
    crossed_at timestamptz not null, surname text not null, given_names text, nationality text not null,
    date_of_birth date not null, sex text not null, document_type text not null, document_number text not null,
    document_issuing_state text not null, document_expiry_date date not null, recorded_at timestamptz not null,
    recorded_by text not null);
create index on crossing_bench (state, crossed_at desc, id desc);
create index on crossing_bench (state, document_number, crossed_at desc);
drop table if exists audit_bench;
create table audit_bench (
    id uuid primary key, state text not null, occurred_at timestamptz not null, actor_issuer text not null,
    actor_subject text not null, actor_username text, client_id text, agency text, post text, roles text[] not null,
    action text not null, record_type text not null, record_ids uuid[] not null, purpose text, request_id text,
    sequence bigint, previous_hash bytea, hash bytea, sealed_at timestamptz, unique (state, sequence));
create index on audit_bench (state, occurred_at, id);
create index on audit_bench (state, occurred_at, id) where hash is null;
create index on audit_bench using gin (record_ids);
drop table if exists alert_entry_bench;
create table alert_entry_bench (
    id uuid primary key, state text not null, list_id uuid not null, document_type text, document_number text,
    document_number_key text, document_issuing_state text, withdrawn_at timestamptz);
create index on alert_entry_bench (state, document_number_key)
    where withdrawn_at is null and document_number_key is not null;
drop table if exists alert_person_version_bench;
create table alert_person_version_bench (state text primary key, version bigint not null);
SQL
PGPASSWORD=$JUXTA_PG_DEV_PASSWORD pgbench -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U juxta_bench \
    -n -c "$connections" -j "$threads" -T "$duration" -f "$bench_dir/insert-crossing.sql" juxta_bench \
    >"$results/pgbench.txt" 2>&1 || { cat "$results/pgbench.txt" >&2; die "pgbench failed"; }
raw_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$results/pgbench.txt" | tail -n 1)
raw_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$results/pgbench.txt")
ok "$(printf '%.0f' "$raw_tps") inserts/s, average latency $raw_latency ms"

step "PostgreSQL doing the service's SQL for a crossing (for information): pgbench, $connections clients, ${duration}s"
PGPASSWORD=$JUXTA_PG_DEV_PASSWORD pgbench -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U juxta_bench \
    -n -c "$connections" -j "$threads" -T "$duration" -f "$bench_dir/record-crossing-sql.sql" juxta_bench \
    >"$results/pgbench-service-sql.txt" 2>&1 || { cat "$results/pgbench-service-sql.txt" >&2; die "pgbench failed"; }
sql_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$results/pgbench-service-sql.txt" | tail -n 1)
ok "$(printf '%.0f' "$sql_tps") transactions/s"

pg_analyze juxta_immigration

# --- The full stack: wrk through the gateway with a real token of an agency's e-gate system.
step "Full stack: wrk through the gateway, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
export JUXTA_BENCH_TOKEN
JUXTA_BENCH_TOKEN=$("$JUXTA_ROOT/juxta" token --client mng-border-system)
url=http://localhost:8080/api/immigration/crossings
wrk -t "$threads" -c "$connections" -d "${warmup}s" -s "$bench_dir/record-crossing.lua" "$url" >/dev/null 2>&1 || true

# Memory while under load: the largest resident set of each of our processes, sampled every second.
sample_memory() {
    local name pid
    while sleep 1; do
        for name in gateway immigration keycloak; do
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
sample_memory >"$results/memory.txt" &
sampler=$!

# CPU time used by each process (user + system, in clock ticks), so that each request's cost per component
# is known even when something else runs on the machine. PostgreSQL: every process (the pool's backends
# live for the whole run).
cpu_ticks() { # name
    local pids
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
cpu_snapshot() { # file
    for name in gateway immigration postgresql keycloak; do
        echo "$name $(cpu_ticks "$name")"
    done >"$1"
    # The whole machine: every CPU's busy ticks (all but idle and iowait).
    awk '$1 == "cpu" {print "machine", $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat >>"$1"
}
cpu_snapshot "$results/cpu-before.txt"
if [ -n "$profile" ]; then
    for name in gateway immigration; do
        "$JAVA_HOME/bin/jcmd" "$(running_pid "$name")" JFR.start name=bench settings=profile \
            duration="${duration}s" filename="$results/$name.jfr" >/dev/null
    done
fi
wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$bench_dir/record-crossing.lua" "$url" \
    >"$results/wrk.txt" 2>"$results/wrk-errors.txt"
cpu_snapshot "$results/cpu-after.txt"
kill "$sampler" 2>/dev/null || true
stack_rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$results/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$results/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$results/wrk.txt")
non_2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' "$results/wrk.txt")
ok "$(printf '%.0f' "$stack_rps") crossings/s, latency p50 $p50, p99 $p99${non_2xx:+, $non_2xx non-2xx responses}"
[ -s "$results/wrk-errors.txt" ] && warn "unexpected answers (first ones): $(head -n 3 "$results/wrk-errors.txt")"
# CPU per request of each process between two snapshots, for the requests a wrk output counts.
cpu_per_request() { # before, after, wrk output
    local requests tick_ms
    requests=$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$3")
    tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN {print 1000 / hz}')
    awk -v n="$requests" -v ms="$tick_ms" 'NR == FNR {before[$1] = $2; next}
        {printf "%s%s %.2f ms", (FNR > 1 ? ", " : ""), $1, ($2 - before[$1]) * ms / n}' "$1" "$2"
}
info "CPU per request: $(cpu_per_request "$results/cpu-before.txt" "$results/cpu-after.txt" "$results/wrk.txt")"
info "(machine: every process, wrk included)"

# --- Where the time goes: the same load without the gateway, and a request that touches no database.
measure() { # label, lua script, url, expected answers
    # A token lives five minutes, less than a whole run: each step gets a fresh one.
    JUXTA_BENCH_TOKEN=$("$JUXTA_ROOT/juxta" token --client mng-border-system)
    wrk -t "$threads" -c "$connections" -d "${warmup}s" -s "$bench_dir/$2" "$3" >/dev/null 2>&1 || true
    cpu_snapshot "$results/$1-cpu-before.txt"
    wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$bench_dir/$2" "$3" \
        >"$results/$1.txt" 2>"$results/$1-errors.txt"
    cpu_snapshot "$results/$1-cpu-after.txt"
    ok "$1: $(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' "$results/$1.txt" | xargs printf '%.0f')/s," \
        "p50 $(awk '$1 == "50%" {print $2}' "$results/$1.txt"), p99 $(awk '$1 == "99%" {print $2}' "$results/$1.txt")"
    info "CPU per request: $(cpu_per_request "$results/$1-cpu-before.txt" "$results/$1-cpu-after.txt" "$results/$1.txt")"
    [ -s "$results/$1-errors.txt" ] && warn "unexpected answers: $(head -n 3 "$results/$1-errors.txt")"
    return 0
}
if [ -n "$breakdown" ]; then
    step "Breakdown: $connections connections, ${duration}s each (after ${warmup}s of warm-up)"
    measure crossings-direct record-crossing.lua http://localhost:8081/api/immigration/crossings
    measure mrz-gateway read-mrz.lua http://localhost:8080/api/immigration/documents/mrz
    measure mrz-direct read-mrz.lua http://localhost:8081/api/immigration/documents/mrz
fi

step "Memory under load (largest resident set in MB; PostgreSQL: proportional set size of all its processes)"
total=0
for name in gateway immigration keycloak postgresql; do
    max=$(awk -v n="$name" '$1 == n && $2 > m {m = $2} END {printf "%.0f", m / 1024}' "$results/memory.txt")
    total=$((total + max))
    info "$(printf '%-12s %5s MB' "$name" "$max")"
done
info "$(printf '%-12s %5s MB' total "$total")"

step "Result"
ratio=$(awk -v s="$stack_rps" -v r="$raw_tps" 'BEGIN {printf "%.2f", s / r}')
info "full stack $(printf '%.0f' "$stack_rps")/s vs raw PostgreSQL inserts $(printf '%.0f' "$raw_tps")/s: ratio $ratio (target >= 0.25)"
info "p99 latency through the gateway: $p99"
info "the same SQL without Java, HTTP and tokens: $(printf '%.0f' "$sql_tps")/s"
info "raw output in $results"
