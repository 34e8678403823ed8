-- The transactional outbox of where immigration stands on each crossing, for the one-stop border post:
-- written with the crossing, the resolution of its hits, the referral to secondary inspection and the
-- case's decision, each in its own step's transaction, and never changed. It holds no personal data - the
-- crossing, the case, the post, the direction, the step, the outcome for the passage and when - and is read
-- in the order of its position by the state's OSBP relay.
create table crossing_outcome (
    position    bigint generated always as identity primary key,
    id          uuid        not null unique,
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    crossing_id uuid        not null references crossing (id),
    case_id     uuid references inspection_case (id),
    post        text        not null,
    direction   text        not null check (direction in ('ENTRY', 'EXIT')),
    step        text        not null check (step in ('RECORDED', 'HITS_RESOLVED', 'REFERRED', 'ADMITTED', 'REFUSED',
                                                     'HANDED_OVER')),
    outcome     text        not null check (outcome in ('CLEARED', 'HELD', 'REFUSED')),
    decided_at  timestamptz not null
);
select juxta_segregate_by_state('crossing_outcome');
grant select, insert on crossing_outcome to ${app_role};
