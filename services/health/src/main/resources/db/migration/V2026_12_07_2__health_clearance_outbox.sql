-- The transactional outbox of health clearance decisions for OSBP passages: written with each final
-- decision on a declaration (a clearance; a referral, isolation or quarantine: not cleared), never changed.
-- It holds no health detail - the crossing, the post, cleared or not, and when - and is read in the order of
-- its position by the consumer (the one-stop border post service, to come).
create table health_clearance (
    position       bigint generated always as identity primary key,
    id             uuid        not null unique,
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    declaration_id uuid        not null references health_declaration (id),
    crossing_id    uuid,
    post           text        not null,
    clearance      text        not null check (clearance in ('CLEARED', 'NOT_CLEARED')),
    decided_at     timestamptz not null
);
select juxta_segregate_by_state('health_clearance');
grant select, insert on health_clearance to ${app_role};
