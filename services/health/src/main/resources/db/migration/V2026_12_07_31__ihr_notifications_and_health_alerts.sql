-- Notifications to WHO drafted from the assessments the IHR focal point decided to notify, tracked from
-- draft to sent to acknowledged; and the outbox of cross-border health alerts for the neighbouring state.

create table ihr_notification (
    id                        uuid primary key,
    state                     text        not null check (state ~ '^[A-Z]{3}$'),
    -- An assessment is notified once.
    assessment_id             uuid        not null unique references ihr_assessment (id),
    -- What is notified (IhrNotificationContent), generated from the assessment: never changed.
    content                   jsonb       not null,
    status                    text        not null check (status in ('DRAFT', 'SENT', 'ACKNOWLEDGED')),
    created_at                timestamptz not null,
    created_by                text        not null,
    sent_at                   timestamptz,
    sent_by                   text,
    acknowledged_at           timestamptz,
    acknowledged_by           text,
    acknowledgement_reference text,
    check ((status = 'DRAFT') = (sent_at is null)),
    check ((status = 'ACKNOWLEDGED') = (acknowledged_at is not null)),
    check ((acknowledged_at is null) = (acknowledgement_reference is null))
);
select juxta_segregate_by_state('ihr_notification');
grant select, insert on ihr_notification to ${app_role};
grant update (status, sent_at, sent_by, acknowledged_at, acknowledged_by, acknowledgement_reference)
    on ihr_notification to ${app_role};

alter table ihr_assessment add column notification_id uuid references ihr_notification (id);
grant update (notification_id) on ihr_assessment to ${app_role};

-- The transactional outbox of cross-border health alerts: written in the transaction of the notification's
-- sending (or of the focal point's request), never changed (the application role may only insert and read).
-- Only what the neighbouring state's health agency may see: no description, no personal data. Rows are read
-- in the order of their position by the one-stop border post's liaison notices (to come).
create table health_alert (
    position        bigint generated always as identity primary key,
    id              uuid        not null unique,
    state           text        not null check (state ~ '^[A-Z]{3}$'),
    assessment_id   uuid        not null references ihr_assessment (id),
    cause           text        not null check (cause in ('NOTIFICATION_SENT', 'FOCAL_POINT_REQUEST')),
    -- The disease as the API gives it (Disease: name and ICD code).
    disease         jsonb       not null,
    cases           integer     not null check (cases >= 1),
    deaths          integer     not null check (deaths >= 0 and deaths <= cases),
    post            text        not null,
    first_onset     date        not null,
    last_onset      date,
    summary         text        not null,
    prepared_at     timestamptz not null,
    unique (assessment_id, cause)
);
select juxta_segregate_by_state('health_alert');
grant select, insert on health_alert to ${app_role};
