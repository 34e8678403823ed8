# Keycloak for ./juxta: the distribution from Maven Central, started in dev mode outside the checkout,
# and the test realm (keycloak-realm/juxta-realm.json, the production realm, with
# keycloak-realm/test-overlay.json merged onto it) imported through the admin REST API.
# Sourced after common.sh, never run. Every function is safe to call twice (idempotent).

KEYCLOAK_PORT=8180
# Management interface (health, metrics): not 9000, Keycloak's default, nor any port of our services.
KEYCLOAK_MANAGEMENT_PORT=9180
KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT
KEYCLOAK_REALM=juxta
KEYCLOAK_REALM_FILE=$JUXTA_ROOT/keycloak-realm/juxta-realm.json
# What local use and tests add to the production realm: test users, client secrets, the password grant.
KEYCLOAK_REALM_OVERLAY=$JUXTA_ROOT/keycloak-realm/test-overlay.json
# The bootstrap admin of the master realm that ./juxta creates; override for a Keycloak started otherwise.
KEYCLOAK_ADMIN_USER=${KEYCLOAK_ADMIN_USER:-admin}
KEYCLOAK_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
# The realm attribute recording the SHA-256 of the merged realm the running realm was imported from.
KEYCLOAK_REALM_HASH_ATTRIBUTE=juxtaRealmFileSha256

# True when a Keycloak answers on KEYCLOAK_PORT (its master realm's discovery document), whoever started it.
# (jq 1.6's -e exits 0 on empty input, so the results below are tested as strings, never by jq -e.)
_keycloak_answers() {
    local issuer
    issuer=$(curl -fsS --max-time 3 "$KEYCLOAK_URL/realms/master/.well-known/openid-configuration" 2>/dev/null \
        | jq -r '.issuer // empty' 2>/dev/null) || true
    [[ $issuer == */realms/master ]]
}

_keycloak_ready() { http_ok "http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready" 2>/dev/null; }

# A Keycloak started without --hostname takes the issuer from each request's host: tokens fetched via
# 127.0.0.1 would then be rejected by services that expect http://localhost:8180. Warn about it.
_keycloak_check_hostname() {
    local issuer
    issuer=$(curl -fsS --max-time 3 "http://127.0.0.1:$KEYCLOAK_PORT/realms/master/.well-known/openid-configuration" 2>/dev/null \
        | jq -r '.issuer // empty' 2>/dev/null) || true
    [ "$issuer" = "$KEYCLOAK_URL/realms/master" ] \
        || warn "that Keycloak was not started with --hostname=$KEYCLOAK_URL (issuer via 127.0.0.1: ${issuer:-none}); tokens may be rejected"
}

# True when the Keycloak we started is ready, or when it has died (the caller tells which): lets
# wait_until stop early instead of waiting minutes for a process that is gone.
_keycloak_ready_or_dead() {
    running_pid keycloak >/dev/null || return 0
    _keycloak_ready
}

# " (<process> pid <n>)" of the program listening on a port, when ss can tell (it needs root for others').
_port_owner() {
    local owner
    owner=$(ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 pid \2/p' | head -n 1) || true
    [ -z "$owner" ] || printf ' (%s)' "$owner"
}

# Where Maven keeps its local repository: -Dmaven.repo.local, settings.xml, or the default.
_keycloak_maven_repo() {
    local repo
    repo=$(printf '%s\n' "${MAVEN_OPTS:-}" "${MAVEN_ARGS:-}" | tr ' ' '\n' | sed -n 's/^-Dmaven\.repo\.local=//p' | tail -n 1)
    if [ -z "$repo" ] && [ -f "$HOME/.m2/settings.xml" ]; then
        repo=$(sed -n 's:.*<localRepository>\(.*\)</localRepository>.*:\1:p' "$HOME/.m2/settings.xml" | head -n 1)
        repo=${repo//\$\{user.home\}/$HOME}
    fi
    echo "${repo:-$HOME/.m2/repository}"
}

# Unpacks the distribution once into $JUXTA_HOME/keycloak-<version>, shared by every clone and run.
_keycloak_install() {
    local version=$1 home=$JUXTA_HOME/keycloak-$1 zip tmp
    [ -x "$home/bin/kc.sh" ] && return 0
    zip=$(_keycloak_maven_repo)/org/keycloak/keycloak-quarkus-dist/$version/keycloak-quarkus-dist-$version.zip
    if [ ! -f "$zip" ]; then
        info "downloading Keycloak $version from Maven Central (about 180 MB)"
        # Run outside the checkout: dependency:get needs no project, and must not depend on the POMs' state.
        (cd "$JUXTA_HOME" && "$JUXTA_ROOT/mvnw" -q -B \
            "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version):get" \
            "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" -Dtransitive=false) \
            || die "could not download org.keycloak:keycloak-quarkus-dist:$version:zip"
        [ -f "$zip" ] || die "Maven downloaded Keycloak, but not to $zip (a custom local repository?)"
    fi
    command -v unzip >/dev/null || apt_install unzip
    info "unpacking Keycloak $version into $home"
    # Unpack beside the target and move it in at once: an interrupted unzip leaves no half installation.
    tmp=$(mktemp -d "$JUXTA_HOME/.keycloak-unpack.XXXXXX")
    unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unpack $zip"; }
    mv "$tmp/keycloak-$version" "$home" || { rm -rf "$tmp"; die "unexpected layout of $zip"; }
    rm -rf "$tmp"
}

_keycloak_start() {
    local version home
    version=$(pom_property keycloak.version)
    [ -n "$version" ] || die "keycloak.version is not set in $JUXTA_ROOT/pom.xml"
    home=$JUXTA_HOME/keycloak-$version
    select_jdk
    _keycloak_install "$version"
    if port_in_use "$KEYCLOAK_MANAGEMENT_PORT"; then
        die "port $KEYCLOAK_MANAGEMENT_PORT (Keycloak's management interface) is used by another program$(_port_owner "$KEYCLOAK_MANAGEMENT_PORT"); stop it and retry"
    fi
    info "starting Keycloak $version on $KEYCLOAK_URL (JDK $JAVA_HOME, log $JUXTA_LOGS/keycloak.log)"
    # --hostname fixes the issuer: without it dev mode takes it from each request's host, and a token
    # fetched via localhost would be rejected by a service that knows Keycloak as 127.0.0.1.
    start_process keycloak "$JUXTA_LOGS/keycloak.log" env \
        JAVA_HOME="$JAVA_HOME" \
        KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" \
        KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
        "$home/bin/kc.sh" start-dev \
        --http-port="$KEYCLOAK_PORT" \
        --hostname="$KEYCLOAK_URL" \
        --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
        --health-enabled=true
}

# Starts Keycloak unless one already answers on port 8180, then makes the realm `juxta` exactly the
# checked-in file.
keycloak_ensure() {
    local pid
    step "Keycloak"
    command -v jq >/dev/null || apt_install jq
    command -v curl >/dev/null || apt_install curl
    if pid=$(running_pid keycloak); then
        # Ours: ready, or still booting from an earlier run.
        if _keycloak_ready; then
            ok "Keycloak already running on $KEYCLOAK_URL (pid $pid)"
        else
            info "Keycloak is starting (pid $pid, log $JUXTA_LOGS/keycloak.log)"
        fi
    elif _keycloak_answers; then
        ok "reusing the Keycloak already running on $KEYCLOAK_URL (not started by ./juxta)"
        _keycloak_check_hostname
    elif port_in_use "$KEYCLOAK_PORT"; then
        die "port $KEYCLOAK_PORT is used by a program that is not Keycloak$(_port_owner "$KEYCLOAK_PORT"); stop it and retry"
    else
        _keycloak_start
    fi
    if running_pid keycloak >/dev/null && ! _keycloak_ready; then
        wait_until 180 "Keycloak (15-30 s; about a minute the first time in a new folder)" _keycloak_ready_or_dead
        if ! running_pid keycloak >/dev/null; then
            tail -n 20 "$JUXTA_LOGS/keycloak.log" >&2
            die "Keycloak stopped while starting; see $JUXTA_LOGS/keycloak.log"
        fi
        _keycloak_ready || die "Keycloak is not ready after 180 s; see $JUXTA_LOGS/keycloak.log"
        ok "Keycloak ready on $KEYCLOAK_URL"
    fi
    keycloak_realm_sync
}

# An access token of the master realm's admin, for the admin REST API.
_keycloak_admin_token() {
    local token
    token=$(curl -fsS --max-time 10 "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" \
        -d grant_type=password -d client_id=admin-cli \
        --data-urlencode "username=$KEYCLOAK_ADMIN_USER" --data-urlencode "password=$KEYCLOAK_ADMIN_PASSWORD" \
        | jq -r '.access_token // empty' 2>/dev/null) || true
    [ -n "$token" ] && echo "$token"
}

# Merges the overlay onto a realm: objects key by key, arrays of named objects (clients, users, scope
# mappings, roles, flows, mappers) entry by entry, matched by clientId, username, client, clientScope,
# alias or name, new entries appended; any other value of the overlay replaces the realm's.
_KEYCLOAK_MERGE='
def key: if type == "object" then (.clientId // .username // .client // .clientScope // .alias // .name) else null end;
def merge($a; $b):
  if ($a | type) == "object" and ($b | type) == "object" then
    reduce ($b | keys_unsorted[]) as $k ($a; .[$k] = (if has($k) then merge(.[$k]; $b[$k]) else $b[$k] end))
  elif ($a | type) == "array" and ($b | type) == "array" and ($b | length) > 0 and all($b[]; key != null) then
    reduce $b[] as $item ($a; (map(key) | index($item | key)) as $i
      | if $i == null then . + [$item] else .[$i] = merge(.[$i]; $item) end)
  else $b end;
merge(.[0]; .[1])'

# Prints the test realm: the production realm with the test overlay merged onto it.
keycloak_test_realm() {
    local file
    for file in "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_REALM_OVERLAY"; do
        [ -f "$file" ] || die "missing $file"
        jq -e 'type == "object"' "$file" >/dev/null 2>&1 || die "$file is not a JSON object"
    done
    jq -s "$_KEYCLOAK_MERGE" "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_REALM_OVERLAY"
}

# Makes the realm in the running Keycloak exactly the test realm (keycloak_test_realm): when the realm
# is missing, or was imported from another version of the production realm or of the overlay (a realm
# attribute records the SHA-256 of the merged realm), deletes it and imports the merged realm. The
# admin API is the only import path: --import-realm at startup skips a realm that exists, so an
# outdated realm would survive.
# Set JUXTA_REALM_REIMPORT=1 to re-import regardless (e.g. after changes in the admin console).
keycloak_realm_sync() {
    local token wanted current code response realm
    realm=$(keycloak_test_realm) || exit 1
    [ "$(jq -r .realm <<<"$realm")" = "$KEYCLOAK_REALM" ] \
        || die "$KEYCLOAK_REALM_FILE is not the realm $KEYCLOAK_REALM"
    wanted=$(sha256sum <<<"$realm" | cut -d ' ' -f 1)
    token=$(_keycloak_admin_token) \
        || die "cannot log in to Keycloak's admin API as $KEYCLOAK_ADMIN_USER (set KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD for a Keycloak not started by ./juxta)"
    response=$(curl -sS --max-time 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" \
        "$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM")
    code=${response##*$'\n'}
    case $code in
        200) current=$(printf '%s' "${response%$'\n'*}" | jq -r --arg a "$KEYCLOAK_REALM_HASH_ATTRIBUTE" '.attributes[$a] // empty') ;;
        404) current='' ;;
        *) die "Keycloak answered HTTP $code when asked for realm $KEYCLOAK_REALM" ;;
    esac
    if [ "$current" = "$wanted" ] && [ "${JUXTA_REALM_REIMPORT:-0}" != 1 ]; then
        ok "realm $KEYCLOAK_REALM up to date (${wanted:0:12})"
        return 0
    fi
    if [ "$code" = 200 ]; then
        if [ -n "$current" ]; then
            info "realm $KEYCLOAK_REALM was imported from another version of the realm or overlay (${current:0:12}); re-importing"
        else
            info "realm $KEYCLOAK_REALM exists but was not imported by ./juxta; re-importing"
        fi
        curl -fsS --max-time 60 -X DELETE -H "Authorization: Bearer $token" \
            "$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM" || die "could not delete realm $KEYCLOAK_REALM"
    fi
    # The hash goes in with the import itself (one transaction): a failed import leaves no realm that
    # claims to be up to date.
    response=$(jq --arg a "$KEYCLOAK_REALM_HASH_ATTRIBUTE" --arg h "$wanted" '.attributes += {($a): $h}' <<<"$realm" \
        | curl -sS --max-time 120 -w '\n%{http_code}' -X POST -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' --data-binary @- "$KEYCLOAK_URL/admin/realms")
    code=${response##*$'\n'}
    [ "$code" = 201 ] || die "Keycloak refused the test realm (HTTP $code): ${response%$'\n'*}
    (an unknown field, or a description over 255 characters? see keycloak-realm/README.md; details in $JUXTA_LOGS/keycloak.log)"
    ok "realm $KEYCLOAK_REALM imported from keycloak-realm/juxta-realm.json + test-overlay.json (${wanted:0:12})"
}

keycloak_stop() {
    stop_process keycloak
}

keycloak_status() {
    local pid
    if pid=$(running_pid keycloak); then
        if _keycloak_ready; then
            status_line up keycloak "running on $KEYCLOAK_URL (started by ./juxta, pid $pid)"
        else
            status_line starting keycloak "starting or unhealthy (pid $pid; log $JUXTA_LOGS/keycloak.log)"
        fi
    elif _keycloak_answers; then
        status_line up keycloak "running on $KEYCLOAK_URL (not started by ./juxta)"
    else
        status_line down keycloak "not running"
    fi
}

# Prints an access token of a test user of the realm (password = user name unless given), through
# juxta-cli's password grant, which exists for local use and tests only.
# keycloak_token <user> [password]
keycloak_token() {
    local user=${1:?usage: keycloak_token <user> [password]} response token
    response=$(curl -sS --max-time 10 "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" \
        -d grant_type=password -d client_id=juxta-cli \
        --data-urlencode "username=$user" --data-urlencode "password=${2:-$user}") \
        || die "Keycloak does not answer on $KEYCLOAK_URL"
    token=$(printf '%s' "$response" | jq -r '.access_token // empty' 2>/dev/null)
    [ -n "$token" ] \
        || die "no token for $user: $(printf '%s' "$response" | jq -r '.error_description // .error // .' 2>/dev/null)"
    echo "$token"
}

# Starts Keycloak without waiting for it, so that its boot overlaps the build; keycloak_ensure then
# waits for it and syncs the realm.
keycloak_start_in_background() {
    running_pid keycloak >/dev/null && return 0
    _keycloak_answers && return 0
    port_in_use "$KEYCLOAK_PORT" && return 0
    _keycloak_start
}
