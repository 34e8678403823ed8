-- The OSBP relay: each state's relay reads its own state's three agency feeds (immigration's crossing
-- outcomes, customs' clearance outcomes, health's clearances) and advances the passages' steps of that
-- state. Everything it knows is here, segregated by the state it acts for, so that any instance can take
-- over and a restart loses nothing.

-- Where the relay stands in each feed of a state: the position of the last entry applied, advanced in the
-- transaction that applies the page, locked (for update skip locked) by the one instance reading it.
create table relay_cursor (
    feed            text        not null check (feed in ('immigration', 'customs', 'health')),
    state           text        not null check (state ~ '^[A-Z]{3}$'),
    position        bigint      not null default 0 check (position >= 0),
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    primary key (feed, state)
);
select juxta_segregate_by_state('relay_cursor');
grant select, insert, update (position, last_success_at, last_error, last_error_at) on relay_cursor to ${app_role};

-- Every entry read from a feed, once (its feed, state and position), and what became of it: PENDING while
-- it matches no passage yet or its step is not current, APPLIED, SUPERSEDED (the step was decided already,
-- or the passage ended), UNMATCHED (no passage found in time, or none named). Nothing personal: the agency's
-- record ids and the vehicle as customs compares it.
create table relay_item (
    id                       uuid        primary key,
    feed                     text        not null check (feed in ('immigration', 'customs', 'health')),
    state                    text        not null check (state ~ '^[A-Z]{3}$'),
    position                 bigint      not null check (position > 0),
    record_id                uuid        not null,
    crossing_id              uuid,
    transport_identification text,
    decision                 text        not null,
    outcome                  text        not null check (outcome in ('CLEARED', 'HELD', 'REFUSED')),
    decided_at               timestamptz not null,
    received_at              timestamptz not null,
    passage_id               uuid,
    status                   text        not null check (status in ('PENDING', 'APPLIED', 'SUPERSEDED', 'UNMATCHED')),
    resolved_at              timestamptz,
    detail                   text,
    unique (feed, state, position)
);
select juxta_segregate_by_state('relay_item');
grant select, insert, update (passage_id, status, resolved_at, detail) on relay_item to ${app_role};
create index relay_item_pending on relay_item (feed, state, position) where status = 'PENDING';

-- Each traveller's latest outcome per agency (immigration, health), keyed by immigration's crossing id: the
-- crossing's passage comes from immigration, and a bus's step is decided from all its travellers' outcomes.
create table relay_traveller (
    agency       text        not null check (agency in ('immigration', 'health')),
    crossing_id  uuid        not null,
    state        text        not null check (state ~ '^[A-Z]{3}$'),
    passage_id   uuid        not null,
    record_id    uuid        not null,
    outcome      text        not null check (outcome in ('CLEARED', 'HELD', 'REFUSED')),
    position     bigint      not null,
    primary key (agency, crossing_id)
);
select juxta_segregate_by_state('relay_traveller');
grant select, insert, update (record_id, outcome, position) on relay_traveller to ${app_role};
create index relay_traveller_by_passage on relay_traveller (passage_id, agency);
