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
source "$JUXTA_ROOT/scripts/lib/bench.sh"

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
results=$JUXTA_LOGS/bench-$(date +%Y%m%d-%H%M%S)
bench_client=mng-border-system
bench_processes="gateway immigration keycloak"
mkdir -p "$results"

bench_prepare
bench_machine

# --- Raw PostgreSQL: the same row, inserted by pgbench with as many clients as wrk has connections.
step "PostgreSQL alone: pgbench, $connections clients, ${duration}s"
bench_database
bench_psql <<'SQL'
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
bench_pgbench pgbench "$bench_dir/insert-crossing.sql"
raw_tps=$pgbench_tps
ok "$(printf '%.0f' "$raw_tps") inserts/s, average latency $pgbench_latency ms"

step "PostgreSQL doing the service's SQL for a crossing (for information): pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench-service-sql "$bench_dir/record-crossing-sql.sql"
sql_tps=$pgbench_tps
ok "$(printf '%.0f' "$sql_tps") transactions/s"

pg_analyze juxta_immigration

# --- The full stack: wrk through the gateway with a real token of an agency's e-gate system.
step "Full stack: wrk through the gateway, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
start_profiling() {
    for name in gateway immigration; do
        "$JAVA_HOME/bin/jcmd" "$(running_pid "$name")" JFR.start name=bench settings=profile \
            duration="${duration}s" filename="$results/$name.jfr" >/dev/null
    done
}
bench_wrk crossings record-crossing.lua http://localhost:8080/api/immigration/crossings ${profile:+start_profiling}
stack_rps=$wrk_rps p99=$wrk_p99

# --- Where the time goes: the same load without the gateway, and a request that touches no database.
if [ -n "$breakdown" ]; then
    step "Breakdown: $connections connections, ${duration}s each (after ${warmup}s of warm-up)"
    bench_wrk crossings-direct record-crossing.lua http://localhost:8081/api/immigration/crossings
    bench_wrk mrz-gateway read-mrz.lua http://localhost:8080/api/immigration/documents/mrz
    bench_wrk mrz-direct read-mrz.lua http://localhost:8081/api/immigration/documents/mrz
fi

bench_memory_report crossings

step "Result"
info "full stack $(printf '%.0f' "$stack_rps")/s vs raw PostgreSQL inserts $(printf '%.0f' "$raw_tps")/s: ratio $(bench_ratio "$stack_rps" "$raw_tps") (target >= 0.25)"
info "p99 latency through the gateway: $p99"
info "the same SQL without Java, HTTP and tokens: $(printf '%.0f' "$sql_tps")/s"
info "raw output in $results"
