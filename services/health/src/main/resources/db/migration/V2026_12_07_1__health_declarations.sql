-- Traveller health declarations: the declaration as given (personal data, kept in one document), the
-- columns lists filter on, the latest screening against the public-health events in force on the arrival
-- date, and the trail of every step taken on it (screenings and officers' decisions).

create table health_declaration (
    id                 uuid primary key,
    state              text        not null check (state ~ '^[A-Z]{3}$'),
    -- The declaration as the API takes it (NewHealthDeclaration).
    declaration        jsonb       not null,
    arrival_date       date        not null,
    post               text        not null,
    -- The immigration crossing it is for: a reference only, nothing of the crossing is copied.
    crossing_id        uuid,
    status             text        not null,
    status_changed_at  timestamptz not null,
    screening          jsonb       not null,
    submitted_at       timestamptz not null,
    -- The user name of the officer or of the traveller-facing system's service account; a system reads back
    -- only its own submissions by it.
    submitted_by       text        not null
);
create index health_declaration_newest_first on health_declaration (state, submitted_at desc, id desc);
create index health_declaration_by_submitter on health_declaration (state, submitted_by, submitted_at desc, id desc);
create index health_declaration_by_arrival on health_declaration (state, arrival_date);
create index health_declaration_by_crossing on health_declaration (state, crossing_id) where crossing_id is not null;
select juxta_segregate_by_state('health_declaration');
grant select, insert on health_declaration to ${app_role};
grant update (status, status_changed_at, screening) on health_declaration to ${app_role};

create table health_declaration_step (
    id             uuid primary key,
    declaration_id uuid        not null references health_declaration (id),
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    kind           text        not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    -- What the step decided or found (HealthDeclarationStep without kind, time and author).
    details        jsonb       not null
);
create index health_declaration_step_of_declaration on health_declaration_step (declaration_id, recorded_at, id);
select juxta_segregate_by_state('health_declaration_step');
grant select, insert on health_declaration_step to ${app_role};
