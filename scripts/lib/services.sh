# Juxta's own services for ./juxta up: built with the Maven wrapper, run from their Quarkus jars in the
# production profile with their configuration in the environment, as in Kubernetes.
# Sourced after common.sh, postgres.sh and keycloak.sh, never run.

# name:port:module of every process, from the registry (services.json), in start order: the gateway
# last, as it fronts the others. Each serves health and metrics on its management port, port + 1000.
_processes() {
    registry '(.services[] | "\(.name):\(.port):\(.module)"), "gateway:\(.gateway.port):\(.gateway.module)"'
}
# Each service must stay under 256 MB of memory under load (docs/benchmarks.md): small heaps with
# compact object headers and two malloc arenas. A service with persistence runs C1 only (C2's arenas
# and code would take it over 256 MB); the gateway, with far fewer classes, affords C2, whose
# intrinsics halve the cost of checking each token's RSA signature. Metaspace up to 128 MB: the OSBP service
# ran out of 100 MB under load. The Helm chart uses the same.
JUXTA_SERVICE_JAVA_OPTS=${JUXTA_SERVICE_JAVA_OPTS:--Xms48m -Xmx80m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=40m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError}
JUXTA_GATEWAY_JAVA_OPTS=${JUXTA_GATEWAY_JAVA_OPTS:--Xms32m -Xmx64m -XX:MaxMetaspaceSize=80m -XX:ReservedCodeCacheSize=48m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:CICompilerCount=2 -Xss512k -XX:+ExitOnOutOfMemoryError}

services_build() {
    local modules=() entry
    for entry in $(_processes); do
        modules+=("${entry##*:}")
    done
    step "Building the services (a few minutes the first time, while Maven downloads)"
    (cd "$JUXTA_ROOT" && ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" -am \
        >"$JUXTA_LOGS/build.log" 2>&1) || {
        tail -n 30 "$JUXTA_LOGS/build.log" >&2
        die "the build failed; see $JUXTA_LOGS/build.log"
    }
    ok "built ${modules[*]}"
}

# The key of a service's audit chain on this machine, made once and kept with its data: in Kubernetes
# it comes from a Secret, and the service refuses to start without one.
_audit_key() {
    local file=$JUXTA_HOME/audit-keys/$1
    if [ ! -s "$file" ]; then
        mkdir -p "$(dirname "$file")"
        (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
    fi
    cat "$file"
}

# The environment of a service: what a Kubernetes Deployment sets from its ConfigMap and Secret.
_service_environment() {
    local name=$1 port=$2
    echo "QUARKUS_HTTP_PORT=$port"
    echo "QUARKUS_MANAGEMENT_PORT=$((port + 1000))"
    # Only the gateway is reached from outside this machine; services and management ports listen on
    # loopback (in Kubernetes, NetworkPolicies do the same).
    if [ "$name" != gateway ]; then
        echo "QUARKUS_HTTP_HOST=127.0.0.1"
    fi
    echo "QUARKUS_MANAGEMENT_HOST=127.0.0.1"
    echo "QUARKUS_OIDC_AUTH_SERVER_URL=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
    if [ "$name" = gateway ]; then
        # Routes come from the registry inside the gateway; only the URLs are this machine's.
        registry '.services[] | "JUXTA_GATEWAY_ROUTES_\(.name | ascii_upcase)_URL=http://127.0.0.1:\(.port)"'
        return
    fi
    local database
    database=$(_database_of "$name")
    if [ -n "$database" ]; then
        echo "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$JUXTA_PG_HOST:$JUXTA_PG_PORT/$database"
        echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$JUXTA_PG_HOST:$JUXTA_PG_PORT/$database"
        echo "QUARKUS_DATASOURCE_PASSWORD=$JUXTA_PG_DEV_PASSWORD"
        echo "JUXTA_AUDIT_HMAC_KEY=$(_audit_key "$name")"
    fi
    echo "JUXTA_JOBS_STAGING_DIRECTORY=$JUXTA_HOME/staging/$name"
    registry ".services[] | select(.name == \"$name\") | .localEnvironment // {} | to_entries[] | \"\\(.key)=\\(.value)\""
}

_service_ready() { http_ok "http://localhost:$(($1 + 1000))/q/health/ready"; }

# Whether a service is not ready only because it is loading person indexes as it starts
# (JUXTA_SCREENING_WARM_UP_STATES): a minute or more for a million persons.
_service_warming_up() {
    curl -sS --max-time 3 "http://localhost:$(($1 + 1000))/q/health/ready" 2>/dev/null \
        | jq -e '[.checks[] | select(.status == "DOWN") | .name] == ["person-index-warm-up"]' >/dev/null 2>&1
}

# Waits until a service is ready: 90 s, and on (for up to 30 minutes) while it is only loading its
# person indexes, showing how far each load has come every half minute.
service_await_ready() {
    local name=$1 port=$2 start=$SECONDS shown=$SECONDS
    printf '    waiting for %s on port %s ' "$name" "$port"
    until _service_ready "$port" 2>/dev/null; do
        if [ $((SECONDS - start)) -ge 1800 ] || { [ $((SECONDS - start)) -ge 90 ] && ! _service_warming_up "$port"; }; then
            printf '%sgave up after %ss%s\n' "$_red" $((SECONDS - start)) "$_reset"
            return 1
        fi
        if [ $((SECONDS - shown)) -ge 30 ] && _service_warming_up "$port"; then
            printf '\n    %s is loading person indexes: %s ' "$name" "$(curl -sS --max-time 3 \
                "http://localhost:$(($port + 1000))/q/health/ready" | jq -c '.checks[] | select(.status == "DOWN") | .data')"
            shown=$SECONDS
        fi
        printf '.'
        sleep 2
    done
    printf ' %sready after %ss%s\n' "$_green" $((SECONDS - start)) "$_reset"
}

# The database of a service in the registry, or nothing for one without.
_database_of() { registry ".services[] | select(.name == \"$1\") | .database // empty"; }

# The migration step, as the chart's hook Job runs it: the same jar, as the owner role, migrating and
# exiting before the service starts; only this process is given the owner's password.
# _service_migrate <name> <port> <jar> <java options> <log> [VARIABLE=value ...]: the variables are added
# to (and override) the service's environment, e.g. another database for a benchmark.
_service_migrate() {
    local name=$1 port=$2 jar=$3 java_opts=$4 log=$5
    shift 5
    info "migrating $name's database as its owner role"
    # shellcheck disable=SC2046,SC2086
    env MALLOC_ARENA_MAX=2 $(_service_environment "$name" "$port") QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0 \
        QUARKUS_FLYWAY_PASSWORD="$JUXTA_PG_DEV_PASSWORD" JUXTA_DATABASE_MIGRATE_AND_EXIT=true \
        QUARKUS_OIDC_TENANT_ENABLED=false "$@" "$JAVA_HOME/bin/java" $java_opts -jar "$jar" \
        >"$log" 2>&1 </dev/null || {
        tail -n 30 "$log" >&2
        die "migrating $name's database failed; see $log"
    }
}

services_start() {
    local entry name port module jar pid java_opts
    for entry in $(_processes); do
        IFS=: read -r name port module <<<"$entry"
        step "Service $name"
        if pid=$(running_pid "$name"); then
            ok "$name already running on http://localhost:$port (pid $pid)"
            continue
        fi
        if port_in_use "$port"; then
            die "port $port (for $name) is used by another program; stop it and retry"
        fi
        jar=$JUXTA_ROOT/$module/target/quarkus-app/quarkus-run.jar
        [ -f "$jar" ] || die "$jar is missing: the build did not produce it"
        java_opts=$JUXTA_SERVICE_JAVA_OPTS
        [ "$name" = gateway ] && java_opts=$JUXTA_GATEWAY_JAVA_OPTS
        if [ -n "$(_database_of "$name")" ]; then
            _service_migrate "$name" "$port" "$jar" "$java_opts" "$JUXTA_LOGS/$name-migration.log"
        fi
        # shellcheck disable=SC2046,SC2086
        start_process "$name" "$JUXTA_LOGS/$name.log" env MALLOC_ARENA_MAX=2 $(_service_environment "$name" "$port") \
            "$JAVA_HOME/bin/java" $java_opts -jar "$jar"
        service_await_ready "$name" "$port" || {
            tail -n 30 "$JUXTA_LOGS/$name.log" >&2
            die "$name did not become ready; see $JUXTA_LOGS/$name.log"
        }
        ok "$name ready on http://localhost:$port"
    done
}

services_stop() {
    local entry
    # Reverse order: the gateway first, so nothing is routed to a service that is going away.
    for entry in $(_processes | tac); do
        stop_process "${entry%%:*}"
    done
}

services_status() {
    local entry name port module pid
    for entry in $(_processes); do
        IFS=: read -r name port module <<<"$entry"
        if pid=$(running_pid "$name"); then
            if _service_ready "$port"; then
                status_line up "$name" "running on http://localhost:$port (pid $pid)"
            else
                status_line starting "$name" "started (pid $pid) but not ready on port $port; see $JUXTA_LOGS/$name.log"
            fi
        else
            status_line down "$name" "not running"
        fi
    done
}
