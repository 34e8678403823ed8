-- Passages through both states' controls in one stop. A passage is shared by the two states whose
-- controls it goes through, its parties: the state it leaves (exit_state) and the state it enters
-- (entry_state). Row-level security lets only a party read or write it; a third state sees nothing, and
-- an unset scope matches nothing (fails closed). Each table carries both states so that the policy needs
-- no join.

create function osbp_share_between_parties(shared regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', shared);
    execute format('alter table %s force row level security', shared);
    execute format('create policy parties on %s '
        'using (current_setting(''juxta.state'', true) in (exit_state, entry_state)) '
        'with check (current_setting(''juxta.state'', true) in (exit_state, entry_state))', shared);
end
$$;

revoke execute on function osbp_share_between_parties(regclass) from public;

-- The shared status of a passage and what it refers to (a plate, a travel document's type, number and
-- issuing state); names and the controls' details stay in the agencies' own services.
create table passage (
    id                     uuid        primary key,
    exit_state             text        not null check (exit_state ~ '^[A-Z]{3}$'),
    entry_state            text        not null check (entry_state ~ '^[A-Z]{3}$' and entry_state <> exit_state),
    lane_code              text        not null references lane (code),
    traffic_type           text        not null check (traffic_type in ('PEDESTRIAN', 'CAR', 'BUS', 'TRUCK')),
    vehicle_registration   text,
    document_type          text,
    document_number        text,
    document_issuing_state text,
    persons                integer     not null check (persons > 0),
    status                 text        not null check (status in ('OPEN', 'COMPLETED', 'REFUSED')),
    current_position       integer,
    arrived_at             timestamptz not null,
    ended_at               timestamptz,
    opened_at              timestamptz not null,
    opened_by              text        not null,
    opened_by_state        text        not null,
    check ((status = 'OPEN') = (ended_at is null)),
    check ((status = 'OPEN') = (current_position is not null))
);
select osbp_share_between_parties('passage');
grant select, insert, update (status, current_position, ended_at) on passage to ${app_role};
-- The list is newest first, by lane and status; the queue and the waiting times read by lane and time.
create index passage_by_arrival on passage (arrived_at desc, id desc);
create index passage_open_by_lane on passage (lane_code, arrived_at) where status = 'OPEN';
create index passage_ended on passage (ended_at) where ended_at is not null;

-- The steps of a passage: the exit state's controls, then the entry state's. Both parties read every step;
-- only the step's own state changes it (the restrictive policy below), so that no state can clear, hold
-- or refuse in the other state's name, whatever the service does. The step's ready time is the passage's
-- arrival for the first step and the previous step's decision for the others.
create table passage_step (
    id          uuid        primary key,
    passage_id  uuid        not null references passage (id),
    exit_state  text        not null,
    entry_state text        not null,
    position    integer     not null check (position between 1 and 16),
    state       text        not null check (state in (exit_state, entry_state)),
    agency      text        not null check (agency in ('immigration', 'customs', 'health')),
    direction   text        not null check (direction in ('EXIT', 'ENTRY')),
    status      text        not null check (status in ('PENDING', 'IN_PROGRESS', 'CLEARED', 'HELD', 'REFUSED')),
    started_at  timestamptz,
    decided_at  timestamptz,
    decided_by  text,
    reference   text,
    reason      text,
    unique (passage_id, position)
);
select osbp_share_between_parties('passage_step');
create policy own_state_decides on passage_step as restrictive for update
    using (state = current_setting('juxta.state', true))
    with check (state = current_setting('juxta.state', true));
grant select, insert, update (status, started_at, decided_at, decided_by, reference, reason)
    on passage_step to ${app_role};

-- Every transition of a passage, never changed: its timeline.
create table passage_event (
    id          uuid        primary key,
    passage_id  uuid        not null references passage (id),
    exit_state  text        not null,
    entry_state text        not null,
    kind        text        not null check (kind in ('OPENED', 'STEP_STARTED', 'STEP_CLEARED', 'STEP_HELD',
                                                     'STEP_REFUSED', 'COMPLETED', 'REFUSED')),
    position    integer,
    state       text        not null,
    occurred_at timestamptz not null,
    made_by     text        not null
);
select osbp_share_between_parties('passage_event');
grant select, insert on passage_event to ${app_role};
create index passage_event_by_passage on passage_event (passage_id, occurred_at, id);
