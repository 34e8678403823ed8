-- Webhooks: a participant (a state's agency) subscribes one https endpoint, to which the service POSTs each of
-- the participant's outbox events, signed with the subscription's secret. Every delivery's state is in the
-- database (pending with its next attempt, delivered, dead-lettered), so deliveries survive restarts and any
-- instance takes up what another left. Both tables are the participant's own: a transaction scoped to it
-- sees and changes only its rows; the dispatcher works in the '*' scope.

create table webhook_subscription (
    participant     text        primary key check (participant ~ '^[A-Z]{3}:[a-z][a-z0-9-]{0,31}$'),
    url             text        not null,
    -- The HMAC key itself: the service needs it to sign each call (it is shown to the subscriber only once).
    secret          text        not null,
    -- The outbox position after which the participant's events are delivered: the newest when subscribing.
    delivered_after bigint      not null,
    created_at      timestamptz not null,
    created_by      text        not null
);
alter table webhook_subscription enable row level security;
alter table webhook_subscription force row level security;
create policy own_subscription on webhook_subscription
    using (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*')
    with check (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*');
grant select, insert, update (url, secret, delivered_after, created_at, created_by), delete
    on webhook_subscription to ${app_role};

create table webhook_delivery (
    id              uuid        primary key,
    position        bigint      not null unique references notice_event (position),
    participant     text        not null check (participant ~ '^[A-Z]{3}:[a-z][a-z0-9-]{0,31}$'),
    notice_id       uuid        not null,
    kind            text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'DEAD_LETTER')),
    attempts        integer     not null check (attempts >= 0),
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz not null
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_participant on webhook_delivery (participant, state, position desc);
alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy own_deliveries on webhook_delivery
    using (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*')
    with check (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*');
grant select, insert, update (state, attempts, next_attempt_at, last_attempt_at, last_error)
    on webhook_delivery to ${app_role};
