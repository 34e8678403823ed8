-- The transactional outbox of notices: each notice, acknowledgement and escalation writes one event per
-- participant it concerns, in the transaction that makes it happen, so an event exists if and only if what
-- it tells committed. The stream and the webhooks read events by position.
--
-- Positions come from a sequence, whose values can commit out of order: a reader that has read position 12
-- must never later find 11. Writers therefore take the transaction-level advisory lock NOTICE_EVENTS
-- (NoticeEvents.java) just before they take their positions, as the last statement of their transaction: the
-- lock is held to the commit, so positions commit in order and a reader reading in position order skips none.
create table notice_event (
    position        bigint      generated always as identity primary key,
    participant     text        not null check (participant ~ '^[A-Z]{3}:[a-z][a-z0-9-]{0,31}$'),
    kind            text        not null check (kind in ('NOTICE', 'ACKNOWLEDGEMENT', 'ESCALATION')),
    notice_id       uuid        not null references notice (id),
    payload         text        not null,
    created_at      timestamptz not null
);
create index notice_event_participant on notice_event (participant, position);

alter table notice_event enable row level security;
alter table notice_event force row level security;
-- A participant reads its own events only; the background work reads all.
create policy own_events on notice_event for select
    using (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*');
-- An event is written about a notice the writer can see (notice's policy, not this one's: no recursion):
-- its sender's, a recipient acknowledging, or the escalation task.
create policy events_of_visible_notices on notice_event for insert
    with check (exists (select 1 from notice n where n.id = notice_id));
grant select, insert on notice_event to ${app_role};
