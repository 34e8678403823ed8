#!/usr/bin/env bash
# Bulk import of an alert list (docs/benchmarks.md): a generated CSV of document entries, some lines
# deliberately invalid, posted through the gateway as a supervisor would, followed to its end; then a
# crossing with a listed number, to see that the list screens at once.
#
#   ./juxta bench import [--entries 1000000] [--invalid-every 10000]
#
# Needs the platform: starts it with ./juxta up if the gateway does not answer. Each run adds a list
# to the local database (juxta_immigration): drop that database to start afresh, ./juxta up recreates
# it. Prints the figures; records nothing by itself.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"

entries=1000000
invalid_every=10000
while [ $# -gt 0 ]; do
    case $1 in
        --entries) entries=$2; shift 2 ;;
        --invalid-every) invalid_every=$2; shift 2 ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
api=http://localhost:8080/api/immigration
results=$JUXTA_LOGS/bench-import-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"

if ! http_ok http://localhost:9080/q/health/ready; then
    "$JUXTA_ROOT/juxta" up
fi

step "Machine"
info "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"

step "A CSV of $entries document entries, every ${invalid_every}th with an issuing state that does not exist"
csv=$results/entries.csv
run_id=$(date +%s)
awk -v n="$entries" -v bad="$invalid_every" -v run="$run_id" 'BEGIN {
    print "number,issuingState,type,reason,reference"
    for (i = 1; i <= n; i++) {
        state = (i % bad == 0) ? "QQQ" : "MNG"
        printf "B%06d%08d,%s,PASSPORT,STOLEN,bench-%d\n", run % 1000000, i, state, i
    }
}' >"$csv"
invalid=$((entries / invalid_every))
info "$(du -h "$csv" | cut -f1), $invalid lines to be rejected"

token=$("$JUXTA_ROOT/juxta" token mng-immigration-supervisor)
list=$(curl -fsS -X POST "$api/alert-lists" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\": \"Import benchmark $run_id\", \"kind\": \"DOCUMENT\"}" | jq -r .id)

seconds() { awk -v from="$1" -v to="$2" -v digits="$3" 'BEGIN { printf "%.*f", digits, to - from }'; }

# Resident memory of the service, sampled every second while the import runs.
sample_memory() {
    local pid
    while sleep 1; do
        pid=$(running_pid immigration) || continue
        ps -o rss= -p "$pid" 2>/dev/null
    done
}
sample_memory >"$results/memory.txt" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

step "Upload through the gateway"
started=$(date +%s.%N)
curl -fsS -X POST "$api/alert-lists/$list/imports" -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary "@$csv" -o /dev/null -D "$results/upload-headers.txt"
uploaded=$(date +%s.%N)
location=$(tr -d '\r' <"$results/upload-headers.txt" | sed -n 's/^[Ll]ocation: *//p')
case $location in /*) location=http://localhost:8080$location ;; esac
info "accepted in $(seconds "$started" "$uploaded" 1) s: $location"

step "Import, followed to its end"
while :; do
    # A supervisor's token lives five minutes; the import may take longer.
    token=$("$JUXTA_ROOT/juxta" token mng-immigration-supervisor)
    report=$(curl -fsS "$location" -H "Authorization: Bearer $token")
    status=$(jq -r .status <<<"$report")
    [ "$status" = RUNNING ] || break
    info "$(jq -r '"\(.linesRead) lines read, \(.accepted) accepted, \(.rejected) rejected"' <<<"$report")"
    sleep 10
done
finished=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
jq . <<<"$report" >"$results/report.json"
info "$status after $(seconds "$started" "$finished" 0) s from the upload's start:" \
    "$(jq -r '"\(.linesRead) lines read, \(.accepted) accepted, \(.rejected) rejected"' <<<"$report")"
info "first rejection: $(jq -r '.rejections[0] | "line \(.line): \(.reason)"' <<<"$report")"
info "immigration service resident memory: at most $(sort -n "$results/memory.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}') MB"
[ "$status" = DONE ] || die "the import did not succeed: $(jq -r '.failure // empty' <<<"$report")"
[ "$(jq .rejected <<<"$report")" -eq "$invalid" ] || die "expected $invalid rejected lines"

step "A crossing with a listed number, and one with a number not listed"
officer=$("$JUXTA_ROOT/juxta" token mng-immigration-officer)
crossing() {
    curl -fsS -X POST "$api/crossings" -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
        -o "$results/crossing-$2.json" -w '%{http_code} in %{time_total} s' -d "{\"direction\": \"ENTRY\",
        \"traveller\": {\"surname\": \"Bench\", \"givenNames\": \"Import\", \"nationality\": \"MNG\",
                        \"dateOfBirth\": \"1980-01-01\", \"sex\": \"F\"},
        \"document\": {\"type\": \"PASSPORT\", \"number\": \"$1\", \"issuingState\": \"MNG\",
                       \"expiryDate\": \"2031-06-30\"}}"
}
listed=$(printf 'B%06d%08d' $((run_id % 1000000)) 1)
info "listed:   $(crossing "$listed" listed), $(jq '.hits | length' "$results/crossing-listed.json") hit"
info "unlisted: $(crossing "N${run_id}" unlisted), $(jq '.hits | length' "$results/crossing-unlisted.json") hits"
info "results in $results"
