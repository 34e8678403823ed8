#!/usr/bin/env bash
# Lodging customs declarations (docs/benchmarks.md, issue 11): a broker's system lodging goods
# declarations through the whole stack (gateway, token check, customs service: validation of every
# item, HS 2022 lookups, idempotency, risk selectivity against the state's rules in force, row-level
# security by state and declarant, declaration with its channel, first version, audit entry,
# PostgreSQL) against the raw single-row insert rate of the same PostgreSQL, measured side by side in
# one run, like P1 (bench/crossings.sh).
#
#   ./juxta bench declarations [--duration 60] [--connections 16] [--warmup 30] [--items 5] [--rules 1000]
#                              [--profile]
#
# Steps: the rules in force (--rules selectivity rules of MNG, bench/selectivity-rules.py, created
# through the gateway as mng-customs-supervisor unless an earlier run did); one declaration lodged to
# see what the service stores for it; PostgreSQL alone inserting declaration rows; PostgreSQL running
# the service's SQL for a lodging, both in a database of their own with the service's real schema
# (its migrations); wrk through the gateway as mng-broker-altai; wrk against the service directly.
# Every declaration has --items goods items (bench/declaration-body.jq) and its own local reference.
#
# --profile adds a last step: the full stack again while JDK Flight Recorder records the customs
# service and the gateway, each recording's samples given to frameworks by bench/jfr-breakdown.py
# (JFR's 'profile' settings cost some throughput, so the figures are the earlier steps').
#
# The gateway of the platform would answer most requests 429: it allows a broker 50 requests a second.
# The full stack goes through a second gateway (port 8095, the same jar and options) that allows
# mng-broker-altai what it allows an agency's e-gates, started for the run and stopped after it.
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Installs wrk and
# pgbench from Debian packages if missing. Each run adds its declarations to the local database
# (juxta_customs) and remakes the benchmark's (juxta_bench_customs). Prints the figures; records
# nothing by itself.
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
rules=1000
profile=
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        --rules) rules=$2; shift 2 ;;
        --profile) profile=1; shift ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
[[ $items =~ ^[0-9]+$ ]] && [ "$items" -ge 1 ] && [ "$items" -le 999 ] || die "--items takes 1 to 999"
[[ $rules =~ ^[0-9]+$ ]] || die "--rules takes a number of rules"
threads=2
gateway_port=8095
results=$JUXTA_LOGS/bench-declarations-$(date +%Y%m%d-%H%M%S)
bench_client=mng-broker-altai
rule_manager=mng-customs-supervisor
bench_db=juxta_bench_customs
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

customs_port=$(registry '.services[] | select(.name == "customs") | .port')
started_at=$(pg_superuser_psql -d postgres -c "select now()")

# --- The rules in force: every lodging is evaluated against the state's selectivity rules. They are
# created once through the platform's gateway, as a supervisor would (curl waits out its 429s), and
# kept for later runs: rule n is the same in every run, so a run creates only those still missing.
step "Selectivity: $rules rules of MNG (bench/selectivity-rules.py), created through the gateway as $rule_manager"
seeded=$(pg_superuser_psql -d juxta_customs -c "select count(*) from selectivity_rule where state = 'MNG' and name like 'bench rule %'")
if [ "$seeded" -lt "$rules" ]; then
    # The rules' goods are the post's trade: the twenty goods of the benchmark's declarations.
    # shellcheck disable=SC2046
    "$bench_dir/selectivity-rules.py" "$rules" "$JUXTA_ROOT/libs/trade-codes/src/main/resources/org/juxta/trade/hs2022.tsv" \
        $(jq -n -c --argjson items 20 -f "$bench_dir/declaration-body.jq" | jq -r '.items[].hsCode') \
        >"$results/selectivity-rules.jsonl"
    rule_token=$("$JUXTA_ROOT/juxta" token "$rule_manager")
    while read -r rule; do
        answered=$(curl -sS --retry 10 -o "$results/rule-answer.json" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $rule_token" -H 'Content-Type: application/json' -d "$rule" \
            "http://localhost:$(registry .gateway.port)/api/customs/selectivity-rules")
        [ "$answered" = 201 ] || die "creating $(jq -r .name <<<"$rule") answered $answered: $(cat "$results/rule-answer.json")"
    done < <(tail -n +$((seeded + 1)) "$results/selectivity-rules.jsonl")
fi
in_force=$(pg_superuser_psql -d juxta_customs -c "select count(*) from selectivity_rule where state = 'MNG'
    and valid_from <= now() and (valid_to is null or valid_to > now())")
ok "$in_force rules of MNG in force ($((rules > seeded ? rules - seeded : 0)) created now)"
# Each run adds its declarations for good (the audit log keeps them): PostgreSQL's cost per lodging grows
# with the tables, so runs are comparable only at about the same size (docs/benchmarks.md).
info "juxta_customs holds $(pg_superuser_psql -d juxta_customs -c "select count(*) || ' declarations, '
    || pg_size_pretty(pg_total_relation_size('declaration') + pg_total_relation_size('declaration_version'))
    || ' with their versions' from declaration")"

# --- One declaration lodged: what the service stores for it (its channel, and which rules fired and why)
# goes into the rows of the pgbench steps. Random selection draws from each declaration's id, so this
# one is an example; the Result step counts the channels of every declaration of the run.
step "One declaration lodged as $bench_client: what selectivity stores with it"
probe=$(jq -c --arg reference "P$(date +%s)" '.localReference = $reference' "$JUXTA_BENCH_BODY" \
    | curl -sS -X POST -H "Authorization: Bearer $("$JUXTA_ROOT/juxta" token --client "$bench_client")" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$(date +%s%N)" -d @- \
        "http://localhost:$customs_port/api/customs/declarations" | jq -r '.id // empty')
[ -n "$probe" ] || die "lodging a declaration failed"
pg_superuser_psql -d juxta_customs -c "select selectivity from declaration where id = '$probe'" \
    >"$results/selectivity.json"
channel=$(jq -r .channel "$results/selectivity.json")
ok "$channel: $(jq '.firedRules | length' "$results/selectivity.json") rules fired" \
    "($(wc -c <"$results/selectivity.json") bytes of JSON stored with the declaration)"

# The pgbench scripts with the declaration in place of @CONTENT@ (a reference as long as the requests'
# in place of @LRN@), what selectivity stored for the declaration above in place of @SELECTIVITY@ (both
# with quotes doubled for SQL), @SUBHEADINGS@ (its items', quoted), @CHANNEL@, @ITEMS@ and @VALUE@; comment
# lines are left as they are.
pgbench_script() { # script in bench/
    awk -v body="$JUXTA_BENCH_BODY" -v assessed="$results/selectivity.json" -v channel="$channel" \
        -v subheadings="$(jq -r '[.items[].hsCode | "\u0027\(.)\u0027"] | unique | join(", ")' "$JUXTA_BENCH_BODY")" \
        -v items="$items" -v value="$(jq .totals.customsValue "$JUXTA_BENCH_BODY")" '
        function put(line, marker, text,   at) {
            while ((at = index(line, marker)) > 0) line = substr(line, 1, at - 1) text substr(line, at + length(marker))
            return line
        }
        BEGIN {
            getline content <body; content = put(content, "@LRN@", "L0000000000-0-0000000"); gsub(/\047/, "\047\047", content)
            getline selectivity <assessed; gsub(/\047/, "\047\047", selectivity)
        }
        !/^--/ { $0 = put(put(put(put(put(put($0, "@ITEMS@", items), "@VALUE@", value), "@CHANNEL@", channel),
            "@SUBHEADINGS@", subheadings), "@SELECTIVITY@", selectivity), "@CONTENT@", content) }
        { print }' "$bench_dir/$1" >"$results/$1"
    echo "$results/$1"
}

# --- PostgreSQL on its own, in a database with the service's real schema (its migrations): the raw
# rows in a copy of its declaration table without row-level security, the service's SQL as the
# counterpart of the service's role, under the policies the migrations made.
step "A database with the customs service's schema ($bench_db), migrated as the service migrates its own"
bench_service_database customs "$bench_db"
bench_psql_as juxta_bench_customs_owner "$bench_db" -f "$bench_dir/declarations-schema.sql" -v changes="$(
    pg_superuser_psql -d juxta_customs -c "select coalesce(max(changes), 0) from selectivity_rule_set where state = 'MNG'")"
ok "migrated: the kernel's $(pg_superuser_psql -d "$bench_db" -c "select string_agg(version, ' ' order by installed_rank)
    from juxta_kernel_schema_history where success")," \
    "the service's $(pg_superuser_psql -d "$bench_db" -c "select string_agg(version, ' ' order by installed_rank)
    from flyway_schema_history where success and type = 'SQL'")"

step "PostgreSQL alone: pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench "$(pgbench_script insert-declaration.sql)" juxta_bench_customs_owner "$bench_db"
raw_tps=$pgbench_tps
ok "$(printf '%.0f' "$raw_tps") inserts/s, average latency $pgbench_latency ms"

step "PostgreSQL doing the service's SQL for a lodging: pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench-service-sql "$(pgbench_script lodge-declaration-sql.sql)" juxta_bench_customs_app "$bench_db"
sql_tps=$pgbench_tps
ok "$(printf '%.0f' "$sql_tps") transactions/s, average latency $pgbench_latency ms"

# --- The full stack, then the service without the gateway.
# Each warm-up adds thousands of declarations: PostgreSQL's statistics are refreshed after it, as
# autovacuum would have by then (this machine runs without it). With the statistics of a nearly empty
# table, the reference check of a lodging read all the state's declarations through the newest-first
# index and the audit sealer scanned the whole log: PostgreSQL's CPU per lodging grew from 8.5 to 25 ms
# within one run (the first run of 2026-12-07 in docs/benchmarks.md).
analyze_customs() { pg_analyze juxta_customs; }
step "Full stack: wrk through the gateway as $bench_client, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
bench_wrk full-stack lodge-declaration.lua "http://localhost:$gateway_port/api/customs/declarations" analyze_customs
stack_rps=$wrk_rps stack_p50=$wrk_p50 stack_p99=$wrk_p99

step "The customs service called directly (no gateway), ${duration}s (after ${warmup}s of warm-up)"
bench_wrk direct lodge-declaration.lua "http://localhost:$customs_port/api/customs/declarations" analyze_customs
direct_rps=$wrk_rps

if [ -n "$profile" ]; then
    step "Full stack while JDK Flight Recorder records customs and the gateway ('profile' settings), ${duration}s (after ${warmup}s of warm-up)"
    analyze_and_profile() {
        local name
        analyze_customs
        for name in customs gateway-lodging; do
            "$JAVA_HOME/bin/jcmd" "$(running_pid "$name")" JFR.start name=bench settings=profile >/dev/null
        done
    }
    # What each part of a lodging costs with everything it calls, from the body read to the answer written.
    profile_calls=(io.quarkus.oidc io.quarkus.resteasy.reactive.jackson.runtime.serialisers.ServerJacksonMessageBodyReader
        org.hibernate.validator org.juxta.customs.declaration.DeclarationRules org.juxta.shared.idempotency
        org.juxta.customs.selectivity org.juxta.customs.declaration.DeclarationMapping org.hibernate.type.format
        org.hibernate.reactive.event.impl.DefaultReactivePersistEventListener org.hibernate.reactive.session.impl
        org.juxta.shared.audit io.vertx.pgclient
        io.quarkus.resteasy.reactive.jackson.runtime.serialisers.BasicServerJacksonMessageBodyWriter
        org.juxta.gateway io.vertx.core.http)
    bench_wrk full-stack-profiled lodge-declaration.lua "http://localhost:$gateway_port/api/customs/declarations" \
        analyze_and_profile
    for name in customs gateway-lodging; do
        "$JAVA_HOME/bin/jcmd" "$(running_pid "$name")" JFR.stop name=bench filename="$results/$name.jfr" >/dev/null
        "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$results/$name.jfr" \
            | "$bench_dir/jfr-breakdown.py" --top 30 --within "${profile_calls[@]}" >"$results/$name-breakdown.txt"
        info "$name: $(head -n 5 "$results/$name-breakdown.txt" | sed 's/^ *//' | paste -sd ';' | sed 's/;/; /g') ..."
    done
    info "(every share: $results/<name>-breakdown.txt; the recordings: $results/<name>.jfr)"
fi

bench_memory_report full-stack

step "Result"
info "full stack $(printf '%.0f' "$stack_rps") declarations/s of $items items vs raw PostgreSQL inserts" \
    "$(printf '%.0f' "$raw_tps")/s: ratio $(bench_ratio "$stack_rps" "$raw_tps")"
info "latency through the gateway: p50 $stack_p50, p99 $stack_p99"
info "the service directly: $(printf '%.0f' "$direct_rps")/s; the gateway keeps $(bench_ratio "$stack_rps" "$direct_rps") of it"
info "the same SQL without Java, HTTP and tokens: $(printf '%.0f' "$sql_tps")/s"
info "$in_force rules in force; $(pg_superuser_psql -d juxta_customs <<SQL
with lodged as (
    select channel, jsonb_array_length(selectivity -> 'firedRules') as fired from declaration
    where state = 'MNG' and lodged_at >= '$started_at' and declarant_id = 'MN4050012'),
channels as (select channel, count(*) as n from lodged group by channel)
select (select count(*) from lodged) || ' declarations lodged in this run, '
    || (select round(avg(fired), 1) from lodged) || ' rules fired per declaration; '
    || (select string_agg(channel || ' ' || round(100.0 * n / (select count(*) from lodged)) || ' %', ', '
        order by channel) from channels)
SQL
)"
info "raw output in $results"
