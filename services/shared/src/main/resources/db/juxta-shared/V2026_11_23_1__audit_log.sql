-- The append-only, hash-chained audit log of every service (one chain per state).
-- ${app_role} is the role the service connects as; it may read and append, nothing else.

create table audit_entry (
    id             uuid primary key,
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    sequence       bigint      not null check (sequence > 0),
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
    previous_hash  bytea       not null check (length(previous_hash) = 32),
    hash           bytea       not null check (length(hash) = 32),
    constraint audit_entry_chain_position unique (state, sequence)
);

-- "Who accessed this traveller's record?"
create index audit_entry_record_ids on audit_entry using gin (record_ids);

-- Append-only even for roles that hold more privileges than the application's (the owner included):
-- changing the log means disabling this trigger first, which is itself visible in the database.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

alter table audit_entry enable row level security;
alter table audit_entry force row level security;

-- The state is set per transaction from the caller's token; unset, it matches nothing (fails closed).
create policy audit_entry_own_state on audit_entry
    using (state = current_setting('juxta.state', true))
    with check (state = current_setting('juxta.state', true));

grant select, insert on audit_entry to ${app_role};
