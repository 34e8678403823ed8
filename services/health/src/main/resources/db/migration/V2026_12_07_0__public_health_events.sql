-- Public-health events declared by each state's health supervisors: the current version of each event
-- (what screening and officers read), and every version as it was given (the event's trail).

create table public_health_event (
    id           uuid primary key,
    state        text        not null check (state ~ '^[A-Z]{3}$'),
    version      integer     not null check (version >= 1),
    disease_name text        not null,
    -- The event as the API takes it (NewPublicHealthEvent), validity included.
    event        jsonb       not null,
    valid_from   timestamptz not null,
    valid_to     timestamptz,
    end_reason   text,
    created_at   timestamptz not null,
    created_by   text        not null,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    check (valid_to is null or valid_to > valid_from)
);
create index public_health_event_newest_first on public_health_event (state, created_at desc, id desc);
select juxta_segregate_by_state('public_health_event');
grant select, insert on public_health_event to ${app_role};
grant update (version, disease_name, event, valid_from, valid_to, end_reason, updated_at, updated_by)
    on public_health_event to ${app_role};

create table public_health_event_version (
    event_id    uuid        not null references public_health_event (id),
    version     integer     not null check (version >= 1),
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    event       jsonb       not null,
    end_reason  text,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (event_id, version)
);
select juxta_segregate_by_state('public_health_event_version');
grant select, insert on public_health_event_version to ${app_role};
