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

select juxta_segregate_by_state('idempotency_key');

grant select, insert on idempotency_key to ${app_role};
