-- The tables of bench/declarations.sh in the benchmarks' database (juxta_bench), made anew each run.
--
-- declaration_bench: a table shaped like the customs service's declaration (the same columns,
-- checks, unique local reference and indexes), without row-level security: what PostgreSQL alone
-- inserts (bench/insert-declaration.sql).
--
-- Schema customs_bench: the service's four tables that a lodging writes (declaration,
-- declaration_version, idempotency_key, audit_entry) as its migrations make them, row-level security
-- forced on their owner with the service's policies (segregated by state, and by declarant), for the
-- service's own SQL (bench/lodge-declaration-sql.sql). Grants, the audit chain's functions and its
-- append-only triggers (they fire on update and delete only) are left out.
drop table if exists declaration_bench;
create table declaration_bench (
    id uuid primary key,
    state text not null check (state ~ '^[A-Z]{3}$'),
    post text not null,
    declarant_id text not null check (declarant_id ~ '^[A-Z]{2}[A-Z0-9]{1,15}$'),
    local_reference text not null,
    type text not null check (type in ('IMPORT', 'EXPORT', 'TRANSIT')),
    status text not null check (status in ('LODGED', 'CANCELLED')),
    version integer not null check (version >= 1),
    transport_identification text not null,
    currency text not null check (currency ~ '^[A-Z]{3}$'),
    total_customs_value bigint not null check (total_customs_value >= 0),
    item_count integer not null check (item_count between 1 and 999),
    content jsonb not null,
    lodged_at timestamptz not null,
    lodged_by text not null,
    updated_at timestamptz not null,
    cancelled_at timestamptz,
    cancelled_by text,
    cancellation_reason text,
    presented_at timestamptz,
    presented_by text,
    unique (state, declarant_id, local_reference),
    check ((status = 'CANCELLED') = (cancelled_at is not null)),
    check ((presented_at is null) = (presented_by is null))
);
create index on declaration_bench (state, lodged_at desc, id desc);
create index on declaration_bench (state, transport_identification, lodged_at)
    where status = 'LODGED' and presented_at is null;

drop schema if exists customs_bench cascade;
create schema customs_bench;
create table customs_bench.declaration (like declaration_bench including all);
create table customs_bench.declaration_version (
    declaration_id uuid not null references customs_bench.declaration (id),
    version integer not null check (version >= 1),
    state text not null check (state ~ '^[A-Z]{3}$'),
    declarant_id text not null,
    content jsonb not null,
    recorded_at timestamptz not null,
    recorded_by text not null,
    reason text,
    primary key (declaration_id, version)
);
create table customs_bench.idempotency_key (
    state text not null check (state ~ '^[A-Z]{3}$'),
    principal text not null,
    key text not null,
    operation text not null,
    request_hash bytea not null,
    resource_id uuid not null,
    created_at timestamptz not null default now(),
    primary key (state, principal, key)
);
create table customs_bench.audit_entry (
    id uuid primary key,
    state text not null check (state ~ '^[A-Z]{3}$'),
    occurred_at timestamptz not null,
    actor_issuer text not null,
    actor_subject text not null,
    actor_username text,
    client_id text,
    agency text,
    post text,
    roles text[] not null,
    action text not null,
    record_type text not null,
    record_ids uuid[] not null,
    purpose text,
    request_id text,
    sequence bigint check (sequence > 0),
    previous_hash bytea check (length(previous_hash) = 32),
    hash bytea check (length(hash) = 32),
    sealed_at timestamptz,
    outcome text not null default 'DONE' check (outcome in ('DONE', 'NOT_FOUND', 'REFUSED')),
    content_mac bytea check (length(content_mac) = 32),
    unique (state, sequence),
    check ((sequence is null) = (hash is null) and (hash is null) = (previous_hash is null)
        and (hash is null) = (sealed_at is null))
);
create index on customs_bench.audit_entry (state, occurred_at, id);
create index on customs_bench.audit_entry (state, occurred_at, id) where hash is null;
create index on customs_bench.audit_entry using gin (record_ids);

do $$
declare
    segregated text;
begin
    foreach segregated in array array['declaration', 'declaration_version', 'idempotency_key', 'audit_entry'] loop
        execute format('alter table customs_bench.%I enable row level security', segregated);
        execute format('alter table customs_bench.%I force row level security', segregated);
        execute format('create policy own_state on customs_bench.%I'
            || ' using (state = current_setting(''juxta.state'', true))'
            || ' with check (state = current_setting(''juxta.state'', true))', segregated);
    end loop;
    foreach segregated in array array['declaration', 'declaration_version'] loop
        execute format('create policy own_declarant on customs_bench.%I as restrictive'
            || ' using (current_setting(''juxta.declarant'', true) = ''*'''
            || ' or declarant_id = current_setting(''juxta.declarant'', true))'
            || ' with check (current_setting(''juxta.declarant'', true) = ''*'''
            || ' or declarant_id = current_setting(''juxta.declarant'', true))', segregated);
    end loop;
end
$$;
