-- Each state's relay delivers its health agency's cross-border health alerts (the health service's IHR
-- outbox, GET /api/health/ihr/alerts) to the other state's health agency as liaison notices. Where it stands
-- in that outbox: the position of the last alert delivered, advanced in the transaction that writes the
-- notices, locked (for update skip locked) by the one instance reading it, as relay_cursor is for the
-- passages' feeds.
create table health_alert_cursor (
    state           text        primary key check (state ~ '^[A-Z]{3}$'),
    position        bigint      not null default 0 check (position >= 0),
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz
);
select juxta_segregate_by_state('health_alert_cursor');
grant select, insert, update (position, last_success_at, last_error, last_error_at) on health_alert_cursor
    to ${app_role};
