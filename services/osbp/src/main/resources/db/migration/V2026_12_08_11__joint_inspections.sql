-- Joint inspections: one physical inspection of a passage's consignment or vehicle that both states'
-- customs carry out together. The booking, each side's attending officer and the one result are shared by
-- the passage's two parties; what each state found is its own, segregated by state: the other state never
-- reads it.

create table joint_inspection (
    id                uuid        primary key,
    passage_id        uuid        not null references passage (id),
    exit_state        text        not null,
    entry_state       text        not null,
    scheduled_at      timestamptz not null,
    place             text        not null,
    booked_at         timestamptz not null,
    booked_by         text        not null,
    booked_by_state   text        not null check (booked_by_state in (exit_state, entry_state)),
    outcome           text        check (outcome in ('MATCHES_DECLARATION', 'DISCREPANCY', 'PROHIBITED_GOODS_FOUND')),
    seals             jsonb,
    completed_at      timestamptz,
    result_by         text,
    result_by_state   text,
    check ((outcome is null) = (completed_at is null))
);
select osbp_share_between_parties('joint_inspection');
grant select, insert, update (outcome, seals, completed_at, result_by, result_by_state)
    on joint_inspection to ${app_role};
create index joint_inspection_by_passage on joint_inspection (passage_id);

-- Each state confirms its own officer: both parties read the attendance, only the row's state writes it.
create table joint_inspection_attendance (
    id            uuid        primary key,
    inspection_id uuid        not null references joint_inspection (id),
    exit_state    text        not null,
    entry_state   text        not null,
    state         text        not null check (state in (exit_state, entry_state)),
    officer       text        not null,
    confirmed_at  timestamptz not null,
    confirmed_by  text        not null,
    unique (inspection_id, state)
);
select osbp_share_between_parties('joint_inspection_attendance');
create policy own_state_confirms on joint_inspection_attendance as restrictive for insert
    with check (state = current_setting('juxta.state', true));
create policy own_state_changes on joint_inspection_attendance as restrictive for update
    using (state = current_setting('juxta.state', true))
    with check (state = current_setting('juxta.state', true));
grant select, insert, update (officer, confirmed_at, confirmed_by) on joint_inspection_attendance to ${app_role};

-- A state's own findings: read and written by that state only.
create table joint_inspection_findings (
    id            uuid        primary key,
    inspection_id uuid        not null references joint_inspection (id),
    state         text        not null check (state ~ '^[A-Z]{3}$'),
    findings      text        not null,
    refs          jsonb       not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    unique (inspection_id, state)
);
select juxta_segregate_by_state('joint_inspection_findings');
grant select, insert, update (findings, refs, recorded_at, recorded_by) on joint_inspection_findings to ${app_role};
