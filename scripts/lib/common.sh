# Shared helpers of ./juxta: logging, JDK selection, the state folder, processes we started.
# Sourced, never run. Every function is safe to call twice (idempotent).

JUXTA_ROOT=${JUXTA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
# Where downloaded tools, logs and PID files live: outside the checkout, so a fresh clone (CI) reuses
# the unpacked Keycloak and the processes a previous `./juxta up` started.
JUXTA_HOME=${JUXTA_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/juxta}
JUXTA_RUN=$JUXTA_HOME/run
JUXTA_LOGS=$JUXTA_HOME/logs
mkdir -p "$JUXTA_RUN" "$JUXTA_LOGS"

# kubectl without a kubeconfig talks to localhost:8080, which is our gateway; never let it.
export KUBECONFIG=${KUBECONFIG:-/dev/null}

if [ -t 1 ]; then
    _bold=$'\e[1m' _dim=$'\e[2m' _red=$'\e[31m' _green=$'\e[32m' _yellow=$'\e[33m' _reset=$'\e[0m'
else
    _bold='' _dim='' _red='' _green='' _yellow='' _reset=''
fi

step() { printf '%s==>%s %s\n' "$_bold" "$_reset" "$*"; }
info() { printf '    %s\n' "$*"; }
ok() { printf '    %s✓%s %s\n' "$_green" "$_reset" "$*"; }
warn() { printf '    %s!%s %s\n' "$_yellow" "$_reset" "$*" >&2; }
# One line of ./juxta status: status_line <up|down|starting> <component> <text>
status_line() {
    local mark
    case $1 in
        up) mark="$_green✓$_reset" ;;
        starting) mark="$_yellow…$_reset" ;;
        *) mark="$_red✗$_reset" ;;
    esac
    printf '    %s %-12s %s\n' "$mark" "$2" "$3"
}
die() {
    printf '%serror:%s %s\n' "$_red" "$_reset" "$*" >&2
    exit 1
}

# Reads a property of the parent POM, e.g. pom_property keycloak.version: the POM is the one place
# versions are pinned.
pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$JUXTA_ROOT/pom.xml" | head -n 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    command -v apt-get >/dev/null || die "cannot install $* automatically: no apt-get. Install it and retry."
    info "installing $* (Debian packages)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >"$JUXTA_LOGS/apt.log" 2>&1 \
        || { as_root apt-get update -q >>"$JUXTA_LOGS/apt.log" 2>&1 \
            && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$JUXTA_LOGS/apt.log" 2>&1; } \
        || die "installing $* failed; see $JUXTA_LOGS/apt.log"
}

# node and npm run the contract lint (contracts/lint) in ./juxta test; Debian's packages are recent enough.
node_ensure() {
    command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
}

# Selects a JDK >= 21 for Maven and for the services, whatever java is first on the PATH:
# JAVA_HOME if it is recent enough, else the newest JDK under /usr/lib/jvm.
select_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -V -r); do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')
        if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME=$candidate
            export PATH=$JAVA_HOME/bin:$PATH
            return 0
        fi
    done
    die "Juxta needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm). Install one, e.g. Temurin 21+."
}

# Waits until a command succeeds, printing a dot every few seconds so the wait is visible.
# wait_until <seconds> <description> <command...>
wait_until() {
    local timeout=$1 what=$2 start=$SECONDS
    shift 2
    printf '    waiting for %s ' "$what"
    until "$@" >/dev/null 2>&1; do
        if [ $((SECONDS - start)) -ge "$timeout" ]; then
            printf '%sgave up after %ss%s\n' "$_red" "$timeout" "$_reset"
            return 1
        fi
        printf '.'
        sleep 2
    done
    printf ' %sready after %ss%s\n' "$_green" $((SECONDS - start)) "$_reset"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# PID files name the processes ./juxta started; down stops those and nothing else. A file holds the
# PID and the process's start time, so that a PID reused after a reboot is not taken for ours.
pid_file() { echo "$JUXTA_RUN/$1.pid"; }

# The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat).
process_start_time() { awk '{ sub(/.*\) /, ""); print $20 }' "/proc/$1/stat" 2>/dev/null; }

running_pid() {
    local file pid started
    file=$(pid_file "$1")
    [ -f "$file" ] || return 1
    read -r pid started <"$file"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(process_start_time "$pid")" = "$started" ]; then
        echo "$pid"
    else
        rm -f "$file"
        return 1
    fi
}

# start_process <name> <log file> <command...>: starts in its own session so that stopping it stops
# its children too, and records the PID. Only stdin, stdout and stderr reach the process: a descriptor
# it inherited would stay open for its whole life (a caller's `flock` lock would never be released).
start_process() {
    local name=$1 log=$2
    shift 2
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            [ "$fd" -gt 2 ] && eval "exec $fd>&-"
        done
        exec setsid "$@"
    ) >"$log" 2>&1 </dev/null &
    echo "$! $(process_start_time $!)" >"$(pid_file "$name")"
}

stop_process() {
    local name=$1 pid waited=0
    pid=$(running_pid "$name") || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    while kill -0 "$pid" 2>/dev/null && [ $waited -lt 30 ]; do
        sleep 1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$(pid_file "$name")"
    ok "stopped $name (pid $pid)"
}

# The service registry, services.json: the one list of Juxta's services (see docs/adding-a-service.md).
# Prints the jq filter's result over it, raw.
registry() {
    command -v jq >/dev/null || apt_install jq
    jq -r "$1" "$JUXTA_ROOT/services.json"
}
