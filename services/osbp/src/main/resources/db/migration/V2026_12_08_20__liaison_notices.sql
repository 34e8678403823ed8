-- Liaison notices: from one state's agency (a participant, STATE:agency) to agencies of the other state. A
-- notice crosses the state line by design, so its rows are not segregated by state but by participant: each
-- row carries the participants who may see it (participants[1] is always the sender), and a transaction sees
-- a row only when it is scoped to one of them (juxta.participant, set by @StateScoped from the token), or to
-- '*', the service's own background work (escalation, delivery), which no caller can be scoped to. Unset or
-- empty, the setting matches nothing: a forgotten scope fails closed. Each policy compares the row's own
-- columns only, so no policy reads another table's policy (no recursion).

create function osbp_share_among_participants(shared regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', shared);
    execute format('alter table %s force row level security', shared);
    execute format('create policy participants_read on %s for select '
        'using (current_setting(''juxta.participant'', true) = any (participants) '
        'or current_setting(''juxta.participant'', true) = ''*'')', shared);
    execute format('create policy sender_writes on %s for insert '
        'with check (participants[1] = current_setting(''juxta.participant'', true))', shared);
end
$$;

revoke execute on function osbp_share_among_participants(regclass) from public;

create table notice (
    id           uuid        primary key,
    thread_id    uuid        not null,
    reply_to     uuid        references notice (id),
    sender       text        not null check (sender ~ '^[A-Z]{3}:[a-z][a-z0-9-]{0,31}$'),
    participants text[]      not null check (participants[1] = sender and cardinality(participants) >= 2),
    type         text        not null check (type in ('ALERT', 'REQUEST_FOR_INFORMATION', 'REPLY',
        'HANDOVER_PERSON', 'HANDOVER_CONSIGNMENT', 'HEALTH_ALERT', 'DOCUMENT_FRAUD_ALERT', 'OPERATIONAL_NOTICE')),
    priority     text        not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    passage_id   uuid,
    case_agency  text,
    case_id      text,
    language     text        not null,
    title        text        not null,
    body         text        not null,
    sent_at      timestamptz not null,
    sent_by      text        not null,
    check ((case_agency is null) = (case_id is null))
);
create index notice_thread on notice (thread_id, sent_at);
create index notice_sender on notice (sender, sent_at desc, id desc);
select osbp_share_among_participants('notice');
grant select, insert on notice to ${app_role};

-- One row per recipient: its delivery, acknowledgement and escalation. Every participant of the notice sees
-- every recipient's row (the notice shows them all); only the recipient itself, or the background work,
-- changes its row.
create table notice_recipient (
    notice_id       uuid        not null references notice (id),
    recipient       text        not null check (recipient ~ '^[A-Z]{3}:[a-z][a-z0-9-]{0,31}$'),
    participants    text[]      not null check (recipient = any (participants)),
    sent_at         timestamptz not null,
    acknowledge_by  timestamptz not null,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by text,
    escalated_at    timestamptz,
    primary key (notice_id, recipient)
);
create index notice_recipient_inbox on notice_recipient (recipient, sent_at desc, notice_id desc);
-- The escalation task's scan: overdue recipients not acknowledged nor escalated yet.
create index notice_recipient_due on notice_recipient (acknowledge_by)
    where acknowledged_at is null and escalated_at is null;
select osbp_share_among_participants('notice_recipient');
create policy recipient_updates on notice_recipient for update
    using (recipient = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*')
    with check (recipient = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*');
grant select, insert, update (delivered_at, failed_at, acknowledged_at, acknowledged_by, escalated_at)
    on notice_recipient to ${app_role};

create table notice_attachment (
    id           uuid    primary key,
    notice_id    uuid    not null references notice (id),
    participants text[]  not null,
    name         text    not null,
    media_type   text    not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png', 'text/plain')),
    size         integer not null check (size between 0 and 1048576),
    content      bytea   not null check (octet_length(content) = size)
);
create index notice_attachment_notice on notice_attachment (notice_id);
select osbp_share_among_participants('notice_attachment');
grant select, insert on notice_attachment to ${app_role};
