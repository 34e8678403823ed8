#!/usr/bin/env bash
# Verifying health certificates through the health service (docs/benchmarks.md, issue 12): a health
# officer's scanner sending HC1 QR codes through the whole stack (gateway, token check, health service:
# the state's trust-list revision read, the library's verification against --keys signers in memory,
# the verification row, the audit entry of the holder's data shown, row-level security, PostgreSQL),
# the same without the gateway, and the raw inserts of those rows by PostgreSQL alone, side by side in
# one run. Target of issue 12: 2,000 verifications a second.
#
#   ./juxta bench certificates [--duration 60] [--connections 16] [--warmup 30] [--keys 500] [--payloads 5000]
#                              [--c2]
#
# Steps: the test data (bench/health-certificates.py: --keys EC P-256 document signers, the same in
# every run, and --payloads ES256 vaccination certificates, each signed by one of them at random); the
# signers MNG does not trust yet added through the platform's gateway as mng-health-supervisor, kept for
# later runs; one payload verified, which must be VALID; PostgreSQL alone inserting a verification's
# rows in a database with the service's real schema (its migrations); wrk through a gateway of the
# benchmark's own as mng-health-officer, cycling through the payloads; wrk against the service directly.
#
# --c2 adds a last step: the service directly again, as a second instance (port 8097, on the same
# database) whose JVM may compile with C2, as the gateway's does: the platform's services run C1 only
# to stay under 256 MB, and a verification is mostly the JDK's ECDSA arithmetic, which C2 compiles far
# better (with intrinsics).
#
# The gateway of the platform allows a caller 50 requests a second and 16 at once: the full stack goes
# through a second gateway (port 8096, the same jar and options) that gives the officer's client
# (juxta-cli, the azp of a test user's token) the limits of an agency's e-gates, stopped after the run.
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Installs wrk and
# pgbench from Debian packages if missing. Each run adds its verifications and their audit entries to
# the local database (juxta_health) and remakes the benchmark's (juxta_bench_health_certs). Prints the
# figures; records nothing by itself.
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
keys=500
payloads=5000
c2=
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --keys) keys=$2; shift 2 ;;
        --payloads) payloads=$2; shift 2 ;;
        --c2) c2=1; shift ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
[[ $keys =~ ^[0-9]+$ ]] && [ "$keys" -ge 1 ] || die "--keys takes a number of signers, 1 or more"
[[ $payloads =~ ^[0-9]+$ ]] && [ "$payloads" -ge 1 ] || die "--payloads takes a number of certificates, 1 or more"
threads=2
gateway_port=8096
c2_port=8097
results=$JUXTA_LOGS/bench-certificates-$(date +%Y%m%d-%H%M%S)
bench_user=mng-health-officer
# The OAuth client of a test user's token (its azp): the gateway's limits are per client.
bench_client=juxta-cli
signer_manager=mng-health-supervisor
bench_db=juxta_bench_health_certs
bench_processes="gateway-certificates health keycloak"
mkdir -p "$results"
select_jdk

bench_prepare
bench_machine
health_port=$(registry '.services[] | select(.name == "health") | .port')
path=/api/health/certificates/verifications

step "Test data: $keys document signers, $payloads vaccination certificates (bench/health-certificates.py)"
export JUXTA_BENCH_PAYLOADS=$results/payloads.txt
"$bench_dir/health-certificates.py" "$keys" "$payloads" "$results/signers.jsonl" "$JUXTA_BENCH_PAYLOADS"
ok "payloads of $(awk '{n += length($0)} END {printf "%.0f", n / NR}' "$JUXTA_BENCH_PAYLOADS") characters on average"

step "A gateway for the benchmark on port $gateway_port, $bench_client allowed 5000 requests/s and 200 at once"
trap 'stop_process gateway-certificates >/dev/null; [ -z "$c2" ] || stop_process health-c2 >/dev/null' EXIT
bench_gateway_start gateway-certificates "$gateway_port" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.requests-per-second=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.burst=5000" \
    "-Djuxta.gateway.rate-limit.clients.$bench_client.concurrent-requests=200"

started_at=$(pg_superuser_psql -d postgres -c "select now()")

# --- The trust list: the signers are the same in every run, so a run adds only those MNG does not hold
# yet, through the platform's gateway as a supervisor would (curl waits out its 429s).
step "Trust list of MNG: the $keys signers, added through the gateway as $signer_manager where missing"
pg_superuser_psql -d juxta_health -c "select key_id from certificate_signer where state = 'MNG'" \
    >"$results/trusted-key-ids.txt"
jq -c --rawfile held "$results/trusted-key-ids.txt" \
    '($held | split("\n")) as $ids | select(.keyId as $id | $ids | index($id) | not) | del(.keyId)' \
    "$results/signers.jsonl" >"$results/missing-signers.jsonl"
if [ -s "$results/missing-signers.jsonl" ]; then
    signer_token=$("$JUXTA_ROOT/juxta" token "$signer_manager")
    while read -r signer; do
        answered=$(curl -sS --retry 10 -o "$results/signer-answer.json" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $signer_token" -H 'Content-Type: application/json' -d "$signer" \
            "http://localhost:$(registry .gateway.port)/api/health/certificates/signers")
        [ "$answered" = 201 ] || die "adding a signer answered $answered: $(cat "$results/signer-answer.json")"
    done <"$results/missing-signers.jsonl"
fi
key_ids=$(jq -r .keyId "$results/signers.jsonl" | sed "s/.*/'&'/" | paste -sd,)
trusted=$(pg_superuser_psql -d juxta_health -c "select count(*) from certificate_signer
    where state = 'MNG' and revoked_at is null and key_id in ($key_ids)")
[ "$trusted" = "$keys" ] || die "MNG trusts $trusted of the $keys signers"
ok "$keys signers trusted ($(wc -l <"$results/missing-signers.jsonl") added now);" \
    "MNG's trust list holds $(pg_superuser_psql -d juxta_health -c "select count(*) from certificate_signer
        where state = 'MNG' and revoked_at is null") trusted signers in all"

# --- One payload verified first: the data must be what the service accepts.
step "One certificate verified as $bench_user"
head -n 1 "$JUXTA_BENCH_PAYLOADS" | jq -R -c '{payload: .}' \
    | curl -sS -X POST -H "Authorization: Bearer $("$JUXTA_ROOT/juxta" token "$bench_user")" \
        -H 'Content-Type: application/json' -d @- "http://localhost:$health_port$path" >"$results/probe.json"
[ "$(jq -r .result "$results/probe.json")" = VALID ] || die "the first certificate was not VALID: $(cat "$results/probe.json")"
ok "VALID: $(jq -r .message "$results/probe.json")"

# --- PostgreSQL on its own, in a database with the service's real schema (its migrations): a
# verification's rows in copies of its tables without row-level security.
step "A database with the health service's schema ($bench_db), migrated as the service migrates its own"
bench_service_database health "$bench_db"
bench_psql_as juxta_bench_health_owner "$bench_db" -f "$bench_dir/health-certificates-schema.sql"
ok "migrated: the service's $(pg_superuser_psql -d "$bench_db" -c "select string_agg(version, ' ' order by installed_rank)
    from flyway_schema_history where success and type = 'SQL'")"

step "PostgreSQL alone: a verification's rows (verification and audit entry, one transaction), pgbench, $connections clients, ${duration}s"
bench_pgbench pgbench "$bench_dir/insert-certificate-verification.sql" juxta_bench_health_owner "$bench_db"
raw_tps=$pgbench_tps
ok "$(printf '%.0f' "$raw_tps") transactions/s, average latency $pgbench_latency ms"

# --- The full stack, then the service without the gateway. The statistics are refreshed after each
# warm-up, as autovacuum would have by then (this machine runs without it).
analyze_health() { pg_analyze juxta_health; }
step "Full stack: wrk through the gateway as $bench_user, $connections connections, ${duration}s (after ${warmup}s of warm-up)"
bench_wrk full-stack verify-certificate.lua "http://localhost:$gateway_port$path" analyze_health
stack_rps=$wrk_rps stack_p50=$wrk_p50 stack_p99=$wrk_p99

step "The health service called directly (no gateway), ${duration}s (after ${warmup}s of warm-up)"
bench_wrk direct verify-certificate.lua "http://localhost:$health_port$path" analyze_health
direct_rps=$wrk_rps direct_p50=$wrk_p50 direct_p99=$wrk_p99

bench_memory_report full-stack

if [ -n "$c2" ]; then
    step "The health service with C2 (a second instance on port $c2_port), called directly, ${duration}s (after ${warmup}s of warm-up)"
    bench_service_start health-c2 health "$c2_port" -XX:TieredStopAtLevel=4 -XX:ReservedCodeCacheSize=64m
    bench_processes="$bench_processes health-c2"
    bench_wrk direct-c2 verify-certificate.lua "http://localhost:$c2_port$path" analyze_health
    c2_rps=$wrk_rps c2_p50=$wrk_p50 c2_p99=$wrk_p99
    bench_memory_report direct-c2
fi

step "Result"
info "full stack $(printf '%.0f' "$stack_rps") verifications/s (target >= 2000), latency p50 $stack_p50, p99 $stack_p99"
info "the service directly: $(printf '%.0f' "$direct_rps")/s, p50 $direct_p50, p99 $direct_p99;" \
    "the gateway keeps $(bench_ratio "$stack_rps" "$direct_rps") of it"
[ -z "$c2" ] || info "the service directly with C2: $(printf '%.0f' "$c2_rps")/s, p50 $c2_p50, p99 $c2_p99"
info "PostgreSQL alone inserting a verification's rows: $(printf '%.0f' "$raw_tps")/s;" \
    "full stack / raw: $(bench_ratio "$stack_rps" "$raw_tps")"
info "kept in this run (warm-ups included): $(pg_superuser_psql -d juxta_health <<SQL
select coalesce(string_agg(result || ' ' || n, ', ' order by n desc), 'none') from (
    select result, count(*) as n from certificate_verification
    where state = 'MNG' and verified_at >= '$started_at' and verified_by = '$bench_user' group by result) counted
SQL
); audit entries: $(pg_superuser_psql -d juxta_health -c "select count(*) from audit_entry
    where state = 'MNG' and occurred_at >= '$started_at' and record_type = 'health certificate verification'")"
info "raw output in $results"
