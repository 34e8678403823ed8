-- Conveyance health declarations (IHR Annexes 8 and 9, and land vehicles at a post): the declaration as given
-- (ill persons' symptoms are health data, kept in one document), the columns lists filter on, the latest
-- screening against the public-health events in force on the arrival date, and the trail of every step taken
-- on it (the screening and the officers' outcomes). An operator's system (role health-declarant) reaches only
-- its own submissions, as with traveller declarations: the rows carry its declarant identifier, and the
-- restrictive policy shows them only to it or to the state's health officers ('*').

create table conveyance_declaration (
    id                 uuid primary key,
    state              text        not null check (state ~ '^[A-Z]{3}$'),
    -- The declaration as the API takes it (NewConveyanceDeclaration).
    declaration        jsonb       not null,
    kind               text        not null,
    arrival_date       date        not null,
    post               text        not null,
    status             text        not null,
    status_changed_at  timestamptz not null,
    screening          jsonb       not null,
    submitted_at       timestamptz not null,
    submitted_by       text        not null,
    -- The declarant identifier of the operator's system that submitted it; null when an officer recorded it.
    declarant_id       text
);
create index conveyance_declaration_newest_first on conveyance_declaration (state, submitted_at desc, id desc);
create index conveyance_declaration_by_arrival on conveyance_declaration (state, arrival_date);
create index conveyance_declaration_by_declarant on conveyance_declaration (state, declarant_id, submitted_at desc, id desc)
    where declarant_id is not null;
select juxta_segregate_by_state('conveyance_declaration');
select juxta_segregate_by_declarant('conveyance_declaration', 'declarant_id');
grant select, insert on conveyance_declaration to ${app_role};
grant update (status, status_changed_at) on conveyance_declaration to ${app_role};

create table conveyance_declaration_step (
    id             uuid primary key,
    declaration_id uuid        not null references conveyance_declaration (id),
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    kind           text        not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    declarant_id   text,
    -- What the step decided or found (ConveyanceStep).
    details        jsonb       not null
);
create index conveyance_declaration_step_of_declaration on conveyance_declaration_step (declaration_id, recorded_at, id);
select juxta_segregate_by_state('conveyance_declaration_step');
select juxta_segregate_by_declarant('conveyance_declaration_step', 'declarant_id');
grant select, insert on conveyance_declaration_step to ${app_role};
