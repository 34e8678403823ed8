-- IHR (2005) Annex 2 assessments of the National IHR Focal Point and the health supervisors: the case or
-- cluster with the four questions answered as given, the instrument's outcome, and the focal point's decision.

create table ihr_assessment (
    id              uuid primary key,
    state           text        not null check (state ~ '^[A-Z]{3}$'),
    -- The assessment as the API takes it (NewIhrAssessment): never changed.
    assessment      jsonb       not null,
    -- The instrument's outcome (IhrOutcome), computed when the assessment was made.
    outcome         jsonb       not null,
    notify          boolean     not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    decision        text check (decision in ('NOTIFY', 'DO_NOT_NOTIFY')),
    decision_reason text,
    decided_at      timestamptz,
    decided_by      text,
    check ((decision is null) = (decided_at is null)),
    check (decision is null or (decision = 'NOTIFY') = notify)
);
create index ihr_assessment_newest_first on ihr_assessment (state, created_at desc, id desc);
select juxta_segregate_by_state('ihr_assessment');
grant select, insert on ihr_assessment to ${app_role};
grant update (decision, decision_reason, decided_at, decided_by) on ihr_assessment to ${app_role};
