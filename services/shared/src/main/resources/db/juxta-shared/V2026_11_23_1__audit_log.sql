-- The append-only, hash-chained audit log of every service, one chain per state.
--
-- A request appends its entry unsealed, in its own transaction, without waiting for anyone; the
-- sealer (AuditSealer) then chains the pending entries of each state in batches: it gives each its
-- position (sequence), the previous entry's hash and its own hash. Sealing is the only change an
-- entry ever sees, and a sealed entry never changes again.
-- ${app_role} is the role the service connects as.

create table audit_entry (
    id             uuid primary key,
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    occurred_at    timestamptz not null,
    actor_issuer   text        not null,
    actor_subject  text        not null,
    actor_username text,
    client_id      text,
    agency         text,
    post           text,
    roles          text[]      not null,
    action         text        not null,
    record_type    text        not null,
    record_ids     uuid[]      not null,
    purpose        text,
    request_id     text,
    -- Set together, once, by the sealer.
    sequence       bigint check (sequence > 0),
    previous_hash  bytea check (length(previous_hash) = 32),
    hash           bytea check (length(hash) = 32),
    sealed_at      timestamptz,
    constraint audit_entry_sealed_at_once check (
        (sequence is null) = (hash is null) and (hash is null) = (previous_hash is null)
        and (hash is null) = (sealed_at is null)),
    constraint audit_entry_chain_position unique (state, sequence)
);

-- Listing in time order; finding the pending entries of a state; "who accessed this record?".
create index audit_entry_by_time on audit_entry (state, occurred_at, id);
create index audit_entry_pending on audit_entry (state, occurred_at, id) where hash is null;
create index audit_entry_record_ids on audit_entry using gin (record_ids);

-- Append-only, for every role including the owner: changing the log means disabling these triggers
-- first, which is itself visible in the database. The only update allowed seals a pending entry.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
        and to_jsonb(new) - array['sequence', 'previous_hash', 'hash', 'sealed_at']
            = to_jsonb(old) - array['sequence', 'previous_hash', 'hash', 'sealed_at'] then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % is not allowed (only sealing a pending entry is)', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

select juxta_segregate_by_state('audit_entry');

grant select, insert on audit_entry to ${app_role};
grant update (sequence, previous_hash, hash, sealed_at) on audit_entry to ${app_role};

-- The states that have a chain, for the sealer to visit: state codes only, no personal data, so not
-- subject to row-level security.
create table audit_chain (
    state      text primary key check (state ~ '^[A-Z]{3}$'),
    created_at timestamptz not null default now()
);

grant select, insert on audit_chain to ${app_role};
