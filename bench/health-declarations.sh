#!/usr/bin/env bash
# Submitting traveller health declarations (docs/benchmarks.md, issue 12): a traveller-facing system
# submitting declarations through the whole stack (gateway, token check, health service: every field
# checked, idempotency, screening against every public-health event of the state in force on the arrival
# date, row-level security by state, the declaration with its screening, its first trail step, the audit
# entry, PostgreSQL) against the raw single-row insert rate of the same PostgreSQL, measured side by side
# in one run, like bench/crossings.sh and bench/declarations.sh.
#
#   ./juxta bench health [--duration 60] [--connections 16] [--warmup 30] [--events 50]
#
# Steps: the events in force (--events public-health events of MNG, bench/health-events.py, declared
# through the gateway as mng-health-supervisor unless an earlier run did); one declaration submitted to
# see what the service stores for it; PostgreSQL alone inserting declaration rows into a copy of the
# service's table in a database with the service's real schema (its migrations); wrk through the gateway
# as mng-health-declaration-app; wrk against the service directly. Every request submits the declaration
# of bench/health-declaration-body.jq (a traveller through four countries, two symptoms, one exposure).
#
# The platform's gateway limits a machine client's requests: the full stack goes through a second
# gateway (port 8096, the same jar and options) that allows mng-health-declaration-app what it allows an
# agency's e-gates, started for the run and stopped after it.
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Installs wrk and pgbench
# from Debian packages if missing. Each run adds its declarations to the local database (juxta_health)
# and remakes the benchmark's (juxta_bench_health). Prints the figures; records nothing by itself.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"
source "$JUXTA_ROOT/scripts/lib/postgres.sh"
source "$JUXTA_ROOT/scripts/lib/keycloak.sh"
source "$JUXTA_ROOT/scripts/lib/services.sh"
source "$JUXTA_ROOT/scripts/lib/bench.sh"

duration=60
connections=16
warmup=30
events=50
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --events) events=$2; shift 2 ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
[[ $events =~ ^[0-9]+$ ]] || die "--events takes a number of events"
threads=2
gateway_port=8096
results=$JUXTA_LOGS/bench-health-$(date +%Y%m%d-%H%M%S)
bench_client=mng-health-declaration-app
event_manager=mng-health-supervisor
bench_db=juxta_bench_health
bench_processes="gateway-health health keycloak"
mkdir -p "$results"
select_jdk

bench_prepare
bench_machine
today=$(date -u +%Y-%m-%d)
export JUXTA_BENCH_BODY=$results/declaration.json
jq -n -c --arg today "$today" -f "$bench_dir/health-declaration-body.jq" >"$JUXTA_BENCH_BODY"
info "a declaration of $(wc -c <"$JUXTA_BENCH_BODY") bytes of JSON: $(jq '.itinerary | length' "$JUXTA_BENCH_BODY") stays," \
    "$(jq '.symptoms | length' "$JUXTA_BENCH_BODY") symptoms, $(jq '.exposures | length' "$JUXTA_BENCH_BODY") exposure"

step "A gateway for the benchmark on port $gateway_port, $bench_client allowed 5000 requests/s and 200 at once"
trap 'stop_process gateway-health >/dev/null' EXIT
bench_gateway_start gateway-health "$gateway_port" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.requests-per-second=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.burst=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.concurrent-requests=200"
health_port=$(registry '.services[] | select(.name == "health") | .port')

# --- The events in force: every declaration is screened against the state's events. They are declared
# once through the platform's gateway, as a supervisor would (curl waits out its 429s), and kept for later
# runs: event n is the same in every run, so a run declares only those still missing.
step "Public-health events: $events events of MNG (bench/health-events.py), declared through the gateway as $event_manager"
declared=$(pg_superuser_psql -d juxta_health -c "select count(*) from public_health_event where state = 'MNG' and disease_name like '%(bench event %'")
if [ "$declared" -lt "$events" ]; then
    event_token=$("$JUXTA_ROOT/juxta" token "$event_manager")
    while read -r event; do
        answered=$(curl -sS --retry 10 -o "$results/event-answer.json" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $event_token" -H 'Content-Type: application/json' \
            -H "Idempotency-Key: bench-$(jq -r .disease.name <<<"$event" | md5sum | cut -c1-32)" -d "$event" \
            "http://localhost:$(registry .gateway.port)/api/health/events")
        [ "$answered" = 201 ] || die "declaring $(jq -r .disease.name <<<"$event") answered $answered: $(cat "$results/event-answer.json")"
    done < <("$bench_dir/health-events.py" "$events" | tail -n +$((declared + 1)))
fi
in_force=$(pg_superuser_psql -d juxta_health -c "select count(*) from public_health_event where state = 'MNG'
    and valid_from <= now() and (valid_to is null or valid_to > now())")
ok "$in_force events of MNG in force ($((events > declared ? events - declared : 0)) declared now)"
info "juxta_health holds $(pg_superuser_psql -d juxta_health -c "select count(*) || ' declarations, '
    || pg_size_pretty(pg_total_relation_size('health_declaration') + pg_total_relation_size('health_declaration_step'))
    || ' with their trails' from health_declaration")"

# --- One declaration submitted: what the service stores for it goes into the rows of the pgbench step.
step "One declaration submitted as $bench_client: what screening stores with it"
probe=$(curl -sS -X POST -H "Authorization: Bearer $("$JUXTA_ROOT/juxta" token --client "$bench_client")" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$(date +%s%N)" -d @"$JUXTA_BENCH_BODY" \
    "http://localhost:$health_port/api/health/declarations" | jq -r '.id // empty')
[ -n "$probe" ] || die "submitting a declaration failed"
pg_superuser_psql -d juxta_health -c "select screening from health_declaration where id = '$probe'" >"$results/screening.json"
status=$(pg_superuser_psql -d juxta_health -c "select status from health_declaration where id = '$probe'")
ok "$status, $(jq -r .recommendedPath "$results/screening.json") after $(jq .eventsEvaluated "$results/screening.json") events, $(jq ".events | length" "$results/screening.json") applying:" \
    "$(jq -c '[.. | objects | select(has("criterion")) | .criterion] | group_by(.) | map({(.[0]): length}) | add' "$results/screening.json")" \
    "($(wc -c <"$results/screening.json") bytes of JSON stored with the declaration)"

# The pgbench script with the declaration, its screening (quotes doubled for SQL), status and arrival in
# place of the markers; comment lines are left as they are.
pgbench_script() { # script in bench/
    awk -v body="$JUXTA_BENCH_BODY" -v screened="$results/screening.json" -v status="$status" -v arrival="$today" '
        function put(line, marker, text,   at) {
            while ((at = index(line, marker)) > 0) line = substr(line, 1, at - 1) text substr(line, at + length(marker))
            return line
        }
        BEGIN {
            getline declaration <body; gsub(/\047/, "\047\047", declaration)
            getline screening <screened; gsub(/\047/, "\047\047", screening)
        }
        !/^--/ { $0 = put(put(put(put($0, "@ARRIVAL@", arrival), "@STATUS@", status), "@SCREENING@", screening),
            "@DECLARATION@", declaration) }
        { print }' "$bench_dir/$1" >"$results/$1"
    echo "$results/$1"
}

step "A database with the health service's schema ($bench_db), migrated as the service migrates its own"
bench_service_database health "$bench_db"
# The service's table as its migrations leave it (columns, checks, indexes) without row-level security,
# which "like" does not copy.
bench_psql_as juxta_bench_health_owner "$bench_db" -c "create table health_declaration_raw (like health_declaration including all)"

step "PostgreSQL alone: pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench "$(pgbench_script insert-health-declaration.sql)" juxta_bench_health_owner "$bench_db"
raw_tps=$pgbench_tps
ok "$(printf '%.0f' "$raw_tps") inserts/s, average latency $pgbench_latency ms"

# --- The full stack, then the service without the gateway; statistics refreshed after each warm-up, as
# autovacuum would have by then (bench/declarations.sh says why).
analyze_health() { pg_analyze juxta_health; }
step "Full stack: wrk through the gateway as $bench_client, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
bench_wrk full-stack submit-health-declaration.lua "http://localhost:$gateway_port/api/health/declarations" analyze_health
stack_rps=$wrk_rps stack_p50=$wrk_p50 stack_p99=$wrk_p99

step "The health service called directly (no gateway), ${duration}s (after ${warmup}s of warm-up)"
bench_wrk direct submit-health-declaration.lua "http://localhost:$health_port/api/health/declarations" analyze_health
direct_rps=$wrk_rps

bench_memory_report full-stack

step "Result"
info "full stack $(printf '%.0f' "$stack_rps") declarations/s screened against $in_force events vs raw PostgreSQL inserts" \
    "$(printf '%.0f' "$raw_tps")/s: ratio $(bench_ratio "$stack_rps" "$raw_tps")"
info "latency through the gateway: p50 $stack_p50, p99 $stack_p99"
info "the service directly: $(printf '%.0f' "$direct_rps")/s; the gateway keeps $(bench_ratio "$stack_rps" "$direct_rps") of it"
info "raw output in $results"
