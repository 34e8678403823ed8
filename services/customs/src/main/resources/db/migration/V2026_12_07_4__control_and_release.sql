-- The life of a declaration after lodging: controls of the goods (documentary checks, physical
-- inspections) with their findings, the final decision, and the clearance outcome each decision writes
-- to the outbox in the same transaction, for the one-stop border post to consume.

alter table declaration drop constraint declaration_status_check;
alter table declaration add constraint declaration_status_check check (status in ('LODGED', 'UNDER_CONTROL',
    'CONTROLLED', 'RELEASED', 'REJECTED', 'SEIZED', 'REFERRED', 'CANCELLED'));
alter table declaration add column decision        text check (decision in ('RELEASE', 'REJECT', 'SEIZE', 'REFER'));
alter table declaration add column decided_at      timestamptz;
alter table declaration add column decided_by      text;
alter table declaration add column decision_reason text;
alter table declaration add column referred_to     text;
alter table declaration add check ((decision is null) = (decided_at is null));
grant update (decision, decided_at, decided_by, decision_reason, referred_to) on declaration to ${app_role};

create table declaration_control (
    id             uuid primary key,
    declaration_id uuid        not null references declaration (id),
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    declarant_id   text        not null,
    kind           text        not null check (kind in ('DOCUMENTARY', 'PHYSICAL')),
    started_at     timestamptz not null,
    started_by     text        not null,
    completed_at   timestamptz,
    completed_by   text,
    -- The API's ControlCompletion: outcome, seals, discrepancies, seized goods, remarks.
    findings       jsonb,
    check ((completed_at is null) = (findings is null))
);
-- At most one open control per declaration.
create unique index declaration_control_open on declaration_control (declaration_id) where completed_at is null;
create index declaration_control_of on declaration_control (declaration_id, started_at);
select juxta_segregate_by_state('declaration_control');
select juxta_segregate_by_declarant('declaration_control', 'declarant_id');
grant select, insert on declaration_control to ${app_role};
grant update (completed_at, completed_by, findings) on declaration_control to ${app_role};

-- The transactional outbox of clearance outcomes: written with the decision, never changed. Rows are
-- read in the order of their position by the consumer (the one-stop border post service, to come).
create table clearance_outcome (
    position                 bigint generated always as identity primary key,
    id                       uuid        not null unique,
    state                    text        not null check (state ~ '^[A-Z]{3}$'),
    declaration_id           uuid        not null references declaration (id),
    post                     text        not null,
    transport_identification text        not null,
    decision                 text        not null,
    decided_at               timestamptz not null
);
select juxta_segregate_by_state('clearance_outcome');
grant select, insert on clearance_outcome to ${app_role};
