#!/usr/bin/env bash
# One-stop border post benchmark (docs/benchmarks.md, issue 13): liaison notices from the sender's request
# to the recipient's Server-Sent Events stream, both through the gateway, against a raw PostgreSQL insert +
# pg_notify received by LISTEN, measured in the same run and paced alike, one at a time; then notices from
# several senders at once, each the next as soon as its last arrived (notices delivered per second); then
# passages advanced through both states' controls per second: concurrent workers each open a truck's passage
# as MNG's coordinator and have every step started and cleared by its own agency's officer of its own state.
# The concurrent notices and the passages go through a gateway of the benchmark's own whose rate limit does
# not cap the senders or the officers (port 8098, stopped afterwards). The facility gets an open truck lane
# towards CHN and both states' truck sequences, as ./juxta demo configures them, unless it has them already.
#
#   ./juxta bench osbp [--notices 1000] [--warmup 200] [--pause-ms 20] [--senders 4] [--sender-seconds 15]
#                      [--passage-seconds 30] [--passage-workers 8] [--passage-warmup 5] [--profile]
#
# --sender-seconds 0 skips the concurrent notices, --passage-seconds 0 the passages. The platform is started
# if the gateway does not answer. --profile records a JDK Flight Recorder file of the OSBP service while the
# benchmark runs and prints where its CPU went. Prints the figures; records nothing.
set -euo pipefail

JUXTA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$JUXTA_ROOT/scripts/lib/common.sh"
source "$JUXTA_ROOT/scripts/lib/postgres.sh"
source "$JUXTA_ROOT/scripts/lib/keycloak.sh"
source "$JUXTA_ROOT/scripts/lib/services.sh"
source "$JUXTA_ROOT/scripts/lib/bench.sh"

arguments=()
profile=
passage_seconds=30
sender_seconds=15
gateway_port=8098
while [ $# -gt 0 ]; do
    case $1 in
        --notices | --warmup | --pause-ms | --senders | --passage-workers | --passage-warmup)
            arguments+=("$1" "$2"); shift 2 ;;
        --passage-seconds) passage_seconds=$2; shift 2 ;;
        --sender-seconds) sender_seconds=$2; shift 2 ;;
        --profile) profile=1; shift ;;
        *) die "unknown option $1 (see the header of $0)" ;;
    esac
done
select_jdk
results=$JUXTA_LOGS/bench-osbp-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"

bench_prepare
bench_machine
bench_database

step "Building the benchmark"
(cd "$JUXTA_ROOT" && ./mvnw -q -B package -pl bench/osbp -am -DskipTests >"$results/build.log" 2>&1) \
    || die "the build failed; see $results/build.log"
module=$JUXTA_ROOT/bench/osbp/target

osbp_pid=$(running_pid osbp) || die "the OSBP service does not run: ./juxta up"
# The notices and passages of earlier runs stay: with the statistics of the tables' first rows, a desk's inbox or
# a lane's queue would be planned as for empty tables.
pg_analyze juxta_osbp && info "analyzed juxta_osbp, as autovacuum would"
if [ "$passage_seconds" != 0 ] || [ "$sender_seconds" != 0 ]; then
    # The gateway allows each caller 50 requests a second: one officer per agency, two requests per step, would
    # cap the post at 25 passages a second, far below what the stack advances, and one liaison desk's notices at
    # 50. These go through a gateway of its own (the same jar, JVM options and environment) that gives the test
    # users' client an e-gate's limits, as a post with an officer at every booth would not meet a per-officer
    # limit.
    step "A gateway for the load on port $gateway_port, juxta-cli's users allowed 5000 requests/s and 200 at once"
    trap 'stop_process gateway-load >/dev/null' EXIT
    bench_gateway_start gateway-load "$gateway_port" \
        -Djuxta.gateway.rate-limit.clients.juxta-cli.requests-per-second=5000 \
        -Djuxta.gateway.rate-limit.clients.juxta-cli.burst=5000 \
        -Djuxta.gateway.rate-limit.clients.juxta-cli.concurrent-requests=200
fi
if [ -n "$profile" ]; then
    "$JAVA_HOME/bin/jcmd" "$osbp_pid" JFR.start name=bench settings=profile >/dev/null
fi
"$JAVA_HOME/bin/java" -Xmx512m -cp "$module/classes:$(cat "$module/classpath.txt")" \
    org.juxta.bench.osbp.OsbpBenchmark "${arguments[@]}" --gateway http://localhost:8080 \
    --sender-seconds "$sender_seconds" --passage-seconds "$passage_seconds" \
    --load-gateway "http://localhost:$gateway_port" \
    --realm "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" \
    --pg-url "jdbc:postgresql://$JUXTA_PG_HOST:$JUXTA_PG_PORT/juxta_bench" --pg-user juxta_bench \
    --pg-password "$JUXTA_PG_DEV_PASSWORD"
# The budget is 256 MB a service under load (docs/benchmarks.md); the passages and notices load the most classes.
info "OSBP service after the run: $(($(ps -o rss= -p "$osbp_pid") / 1024)) MB resident, metaspace $("$JAVA_HOME/bin/jcmd" "$osbp_pid" VM.metaspace | sed -n 's/^ *Both: .*committed, *\([0-9.]* [KM]B\) .*used.*/\1/p' | head -n 1) used"
if [ -n "$profile" ]; then
    "$JAVA_HOME/bin/jcmd" "$osbp_pid" JFR.stop name=bench filename="$results/osbp.jfr" >/dev/null
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$results/osbp.jfr" \
        | "$JUXTA_ROOT/bench/jfr-breakdown.py" >"$results/osbp-breakdown.txt"
    step "Where the OSBP service's CPU went while measured ($results/osbp.jfr)"
    sed 's/^/    /' "$results/osbp-breakdown.txt"
fi
info "results in $results"
