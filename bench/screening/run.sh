#!/usr/bin/env bash
# Screening benchmark (issue 3): builds the name-matching library and this module, then runs the benchmark.
#
#   ./juxta bench screening                  # 1,000,000 entries, 2,000 queries, pg_trgm side by side
#   ./juxta bench screening --entries 10000  # smoke run
#   ./juxta bench screening --real-variants  # the real-variant evaluation (issue 10), pg_trgm beside it
#   ./juxta bench screening --help           # options (this script takes the same)
#
# JAVA_HOME selects the JDK (21 or newer; Temurin 25 here by default); BENCH_HEAP the heap (default 4g).
# PostgreSQL: JUXTA_BENCH_PG_URL, JUXTA_BENCH_PG_USER, JUXTA_BENCH_PG_PASSWORD (default: postgres on
# 127.0.0.1:5432 without password, database juxta_bench_screening, created with pg_trgm if missing).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$root" && ./mvnw -q -B package -pl bench/screening -am -DskipTests)

module="$root/bench/screening/target"
exec "$java" -Xms"${BENCH_HEAP:-4g}" -Xmx"${BENCH_HEAP:-4g}" -XX:+UseParallelGC \
  -cp "$module/classes:$(cat "$module/classpath.txt")" \
  org.juxta.bench.screening.ScreeningBenchmark "$@"
