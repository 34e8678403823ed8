-- Advance passenger information: the manifests carriers submit (UN/EDIFACT PAXLST), one row per
-- message, and their travellers, screened against the state's alert lists before arrival.

-- One submission of a carrier: the report of what was rejected, and the manifests it held; a retry with
-- the same Idempotency-Key answers from it.
create table manifest_submission (
    id           uuid primary key,
    state        text        not null check (state ~ '^[A-Z]{3}$'),
    received_at  timestamptz not null,
    submitted_by text        not null,
    issues       jsonb       not null
);

create table manifest (
    id                    uuid primary key,
    state                 text        not null check (state ~ '^[A-Z]{3}$'),
    submission_id         uuid        not null references manifest_submission (id),
    kind                  text        not null,
    message_reference     text        not null,
    transaction_reference text,
    -- Empty when the message had no flight (TDT), which the submission's report says.
    journey_identifier    text        not null,
    carrier_code          text,
    flight_number         text,
    -- The leg that arrives in the state; local times at the airports, as carriers send them.
    arrival_airport       text,
    arrival_local         timestamp,
    legs                  jsonb       not null,
    -- What a later manifest of the same flight replaces: the same flight arriving the same day, the
    -- same list (passengers or crew) and the same part of it; null without a flight.
    flight_list_key       text,
    traveller_count       integer     not null,
    received_at           timestamptz not null,
    submitted_by          text        not null,
    superseded_by         uuid references manifest (id)
);

create index manifest_of_submission on manifest (submission_id);
create index manifest_by_reception on manifest (state, received_at desc, id desc);
create index manifest_current_of_flight on manifest (state, flight_list_key) where superseded_by is null and flight_list_key is not null;

create table manifest_traveller (
    id                    uuid primary key,
    state                 text    not null check (state ~ '^[A-Z]{3}$'),
    manifest_id           uuid    not null references manifest (id),
    ordinal               integer not null,
    type                  text    not null,
    surname               text    not null,
    given_names           text,
    birth_year            integer,
    birth_month           integer,
    birth_day             integer,
    sex                   text,
    nationality           text,
    port_of_embarkation   text,
    port_of_debarkation   text,
    seat                  text,
    reservation_reference text,
    documents             jsonb   not null,
    -- Copied from the manifest, so that expected arrivals are one index range.
    arrival_local         timestamp,
    constraint manifest_traveller_ordinal unique (manifest_id, ordinal)
);

create index manifest_traveller_by_arrival on manifest_traveller (state, arrival_local, id);

alter table hit
    add column manifest_id uuid references manifest (id),
    add column manifest_traveller_id uuid references manifest_traveller (id),
    add constraint hit_of_one_subject check (
        (crossing_id is null) <> (manifest_traveller_id is null)
        and (manifest_id is null) = (manifest_traveller_id is null));

create index hit_of_manifest_traveller on hit (manifest_traveller_id) where manifest_traveller_id is not null;

select juxta_segregate_by_state('manifest_submission');
select juxta_segregate_by_state('manifest');
select juxta_segregate_by_state('manifest_traveller');

grant select, insert on manifest_submission, manifest, manifest_traveller to ${app_role};
grant update (superseded_by) on manifest to ${app_role};
