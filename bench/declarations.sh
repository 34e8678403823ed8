#!/usr/bin/env bash
# Lodging customs declarations (docs/benchmarks.md, issue 11): a broker's system lodging goods
# declarations through the whole stack (gateway, token check, customs service: validation of every
# item, HS 2022 lookups, idempotency, row-level security by state and declarant, declaration, first
# version, audit entry, PostgreSQL) against the raw single-row insert rate of the same PostgreSQL,
# measured side by side in one run, like P1 (bench/crossings.sh).
#
#   ./juxta bench declarations [--duration 60] [--connections 16] [--warmup 30] [--items 5]
#
# Steps: PostgreSQL alone inserting declaration rows; PostgreSQL running the service's SQL for a
# lodging; wrk through the gateway as mng-broker-altai; wrk against the service directly. Every
# declaration has --items goods items (bench/declaration-body.jq) and its own local reference.
#
# The gateway of the platform would answer most requests 429: it allows a broker 50 requests a second.
# The full stack goes through a second gateway (port 8095, the same jar and options) that allows
# mng-broker-altai what it allows an agency's e-gates, started for the run and stopped after it.
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Installs wrk and
# pgbench from Debian packages if missing. Each run adds its declarations to the local database
# (juxta_customs). Prints the figures; records nothing by itself.
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
items=5
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
[[ $items =~ ^[0-9]+$ ]] && [ "$items" -ge 1 ] && [ "$items" -le 999 ] || die "--items takes 1 to 999"
threads=2
gateway_port=8095
results=$JUXTA_LOGS/bench-declarations-$(date +%Y%m%d-%H%M%S)
bench_client=mng-broker-altai
bench_processes="gateway-lodging customs keycloak"
mkdir -p "$results"
select_jdk

bench_prepare
bench_machine
# One body for every step: the requests' (with its own local reference each) and the rows' content.
export JUXTA_BENCH_BODY=$results/declaration.json
jq -n -c --argjson items "$items" -f "$bench_dir/declaration-body.jq" >"$JUXTA_BENCH_BODY"
info "a declaration of $items items: $(wc -c <"$JUXTA_BENCH_BODY") bytes of JSON," \
    "totals $(jq -c .totals "$JUXTA_BENCH_BODY")"

# The gateway allows a broker's client 50 requests a second and 16 at once (gateway/application.properties),
# far below what the stack can lodge: the full stack is measured through a gateway of its own (the same jar,
# JVM options and environment as the platform's) that gives this client the limits of an agency's e-gates.
step "A gateway for the benchmark on port $gateway_port, $bench_client allowed 5000 requests/s and 200 at once"
trap 'stop_process gateway-lodging >/dev/null' EXIT
bench_gateway_start gateway-lodging "$gateway_port" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.requests-per-second=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.burst=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.concurrent-requests=200"

# The pgbench scripts with the declaration in place of @CONTENT@ (a reference as long as the requests'
# in place of @LRN@, quotes doubled for SQL), @ITEMS@ and @VALUE@; comment lines are left as they are.
pgbench_script() { # script in bench/
    awk -v body="$JUXTA_BENCH_BODY" -v items="$items" -v value="$(jq .totals.customsValue "$JUXTA_BENCH_BODY")" '
        function put(line, marker, text,   at) {
            while ((at = index(line, marker)) > 0) line = substr(line, 1, at - 1) text substr(line, at + length(marker))
            return line
        }
        BEGIN { getline content <body; content = put(content, "@LRN@", "L0000000000-0-0000000"); gsub(/\047/, "\047\047", content) }
        !/^--/ { $0 = put(put(put($0, "@ITEMS@", items), "@VALUE@", value), "@CONTENT@", content) }
        { print }' "$bench_dir/$1" >"$results/$1"
    echo "$results/$1"
}

# --- Raw PostgreSQL: a declaration's row, inserted by pgbench with as many clients as wrk has connections.
step "PostgreSQL alone: pgbench, $connections clients, ${duration}s"
bench_database
bench_psql -f "$bench_dir/declarations-schema.sql"
bench_pgbench pgbench "$(pgbench_script insert-declaration.sql)"
raw_tps=$pgbench_tps
ok "$(printf '%.0f' "$raw_tps") inserts/s, average latency $pgbench_latency ms"

step "PostgreSQL doing the service's SQL for a lodging: pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench-service-sql "$(pgbench_script lodge-declaration-sql.sql)"
sql_tps=$pgbench_tps
ok "$(printf '%.0f' "$sql_tps") transactions/s, average latency $pgbench_latency ms"

pg_analyze juxta_customs

# --- The full stack, then the service without the gateway.
step "Full stack: wrk through the gateway as $bench_client, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
bench_wrk full-stack lodge-declaration.lua "http://localhost:$gateway_port/api/customs/declarations"
stack_rps=$wrk_rps stack_p50=$wrk_p50 stack_p99=$wrk_p99

step "The customs service called directly (no gateway), ${duration}s (after ${warmup}s of warm-up)"
customs_port=$(registry '.services[] | select(.name == "customs") | .port')
bench_wrk direct lodge-declaration.lua "http://localhost:$customs_port/api/customs/declarations"
direct_rps=$wrk_rps

bench_memory_report full-stack

step "Result"
info "full stack $(printf '%.0f' "$stack_rps") declarations/s of $items items vs raw PostgreSQL inserts" \
    "$(printf '%.0f' "$raw_tps")/s: ratio $(bench_ratio "$stack_rps" "$raw_tps")"
info "latency through the gateway: p50 $stack_p50, p99 $stack_p99"
info "the service directly: $(printf '%.0f' "$direct_rps")/s; the gateway keeps $(bench_ratio "$stack_rps" "$direct_rps") of it"
info "the same SQL without Java, HTTP and tokens: $(printf '%.0f' "$sql_tps")/s"
info "raw output in $results"
