-- Idempotency-Key of creates: a retried request replays the first result instead of storing twice.

create table idempotency_key (
    state        text        not null check (state ~ '^[A-Z]{3}$'),
    principal    text        not null,
    key          text        not null,
    operation    text        not null,
    request_hash bytea       not null,
    resource_id  uuid        not null,
    created_at   timestamptz not null default now(),
    primary key (state, principal, key)
);

alter table idempotency_key enable row level security;
alter table idempotency_key force row level security;

create policy idempotency_key_own_state on idempotency_key
    using (state = current_setting('juxta.state', true))
    with check (state = current_setting('juxta.state', true));

grant select, insert on idempotency_key to ${app_role};
