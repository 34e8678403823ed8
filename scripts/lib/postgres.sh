# PostgreSQL for ./juxta: installed if missing, started if down, and the databases and roles of every
# service created. Sourced, never run; every function is idempotent.
#
# Each service gets two roles (see docs/security.md):
#   juxta_<service>_owner  owns the schema and runs the Flyway migrations;
#   juxta_<service>_app    what the service connects as: NOSUPERUSER NOBYPASSRLS, owns nothing,
#                          so row-level security always applies to it.

JUXTA_PG_HOST=${JUXTA_PG_HOST:-127.0.0.1}
JUXTA_PG_PORT=${JUXTA_PG_PORT:-5432}
# Passwords of the local development roles; a real deployment takes them from a Secret.
JUXTA_PG_DEV_PASSWORD=${JUXTA_PG_DEV_PASSWORD:-juxta-dev-only}

# Runs psql as a superuser, whichever way this machine allows: trust on 127.0.0.1, a password in
# JUXTA_PG_SUPERUSER_PASSWORD, or peer authentication as the postgres OS user on the socket.
pg_superuser_psql() {
    if PGPASSWORD=${JUXTA_PG_SUPERUSER_PASSWORD:-} psql -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U postgres -w \
        -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
        PGPASSWORD=${JUXTA_PG_SUPERUSER_PASSWORD:-} psql -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT" -U postgres -w \
            -v ON_ERROR_STOP=1 -Atq "$@"
    elif [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
        (cd / && as_root runuser -u postgres -- psql -p "$JUXTA_PG_PORT" -v ON_ERROR_STOP=1 -Atq "$@")
    else
        die "cannot reach PostgreSQL as a superuser: set JUXTA_PG_SUPERUSER_PASSWORD or allow sudo"
    fi
}

pg_accepting() { pg_isready -q -h "$JUXTA_PG_HOST" -p "$JUXTA_PG_PORT"; }

# Refreshes the planner's statistics of a database, as production's autovacuum keeps them: a benchmark's
# PostgreSQL may run without it (this project's CI machines do), and with the statistics of empty tables
# a manifest's hits were read by a scan of the whole table.
pg_analyze() { pg_superuser_psql -d "$1" -c "analyze" >/dev/null; }

postgres_ensure() {
    step "PostgreSQL"
    if ! command -v pg_ctlcluster >/dev/null || ! command -v psql >/dev/null; then
        apt_install postgresql postgresql-contrib
    fi
    if ! pg_accepting; then
        local cluster
        cluster=$(pg_lsclusters --no-header 2>/dev/null | awk -v port="$JUXTA_PG_PORT" '$3 == port {print $1" "$2; exit}')
        if [ -z "$cluster" ]; then
            local version
            version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
            info "creating cluster $version/main on port $JUXTA_PG_PORT"
            as_root pg_createcluster --port "$JUXTA_PG_PORT" "$version" main >/dev/null
            cluster="$version main"
        fi
        info "starting cluster $cluster"
        # shellcheck disable=SC2086
        as_root pg_ctlcluster --skip-systemctl-redirect $cluster start
        echo "$cluster" >"$JUXTA_RUN/postgres.started"
        wait_until 60 "PostgreSQL" pg_accepting || die "PostgreSQL did not start; see /var/log/postgresql/"
    fi
    ok "PostgreSQL accepts connections on $JUXTA_PG_HOST:$JUXTA_PG_PORT"

    local service database
    while read -r service database; do
        postgres_ensure_service "$service" "$database"
    done < <(registry '.services[] | select(.database) | "\(.name) \(.database)"')
}

# Roles and databases of one service: <database> for ./juxta up, <database>_test for tests.
postgres_ensure_service() {
    local service=$1 database=$2 owner="juxta_$1_owner" app="juxta_$1_app" db
    postgres_service_roles "$owner" "$app"
    for db in "$database" "${database}_test"; do
        if [ -z "$(pg_superuser_psql -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
            pg_superuser_psql -d postgres -c "create database $db owner $owner" >/dev/null
            info "created database $db"
        fi
        postgres_service_grants "$db" "$owner" "$app"
    done
    ok "databases $database and ${database}_test with roles $owner and $app"
}

# postgres_service_roles <owner> <app>: a service's two roles, with the local development password.
postgres_service_roles() {
    local owner=$1 app=$2
    pg_superuser_psql -d postgres >/dev/null <<SQL
do \$\$
begin
    if not exists (select from pg_roles where rolname = '$owner') then
        create role $owner login;
    end if;
    if not exists (select from pg_roles where rolname = '$app') then
        create role $app login;
    end if;
end
\$\$;
alter role $owner with login nosuperuser nocreatedb nocreaterole nobypassrls password '$JUXTA_PG_DEV_PASSWORD';
alter role $app with login nosuperuser nocreatedb nocreaterole nobypassrls noinherit password '$JUXTA_PG_DEV_PASSWORD';
SQL
}

# postgres_service_grants <database> <owner> <app>: the owner migrates the public schema, the app role
# only connects and uses what the migrations grant it.
postgres_service_grants() {
    local db=$1 owner=$2 app=$3
    pg_superuser_psql -d "$db" >/dev/null <<SQL
revoke all on database $db from public;
grant connect, temporary on database $db to $app;
grant connect, create, temporary on database $db to $owner;
alter schema public owner to $owner;
revoke create on schema public from public;
grant usage on schema public to $app;
SQL
}

# Stops the cluster only if ./juxta started it.
postgres_stop() {
    [ -f "$JUXTA_RUN/postgres.started" ] || return 0
    local cluster
    cluster=$(cat "$JUXTA_RUN/postgres.started")
    # shellcheck disable=SC2086
    as_root pg_ctlcluster --skip-systemctl-redirect $cluster stop && ok "stopped PostgreSQL $cluster"
    rm -f "$JUXTA_RUN/postgres.started"
}

postgres_status() {
    if pg_accepting; then
        if [ -f "$JUXTA_RUN/postgres.started" ]; then
            status_line up postgresql "running on $JUXTA_PG_HOST:$JUXTA_PG_PORT (started by ./juxta)"
        else
            status_line up postgresql "running on $JUXTA_PG_HOST:$JUXTA_PG_PORT (not started by ./juxta)"
        fi
    else
        status_line down postgresql "not running"
    fi
}
