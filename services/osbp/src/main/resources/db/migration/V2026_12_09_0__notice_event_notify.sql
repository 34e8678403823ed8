-- The notification of a participant's new event comes from the database itself, with the event's insert: a
-- writer cannot forget it, and it costs the writer no statement of its own. PostgreSQL sends it when the
-- transaction commits, never before and never if it rolls back, in commit order. The channel is
-- NoticeEvents.CHANNEL; only the service's own roles may connect to this database and so listen.
--
-- The notification carries the event (unless it is too long for one) and the position of the participant's
-- event before it. A stream that has sent exactly that previous position knows it has missed nothing and
-- sends the event without reading it back; any other stream reads from its position.

-- Each participant's newest event, so that the previous position is one row away, however many events the
-- participant has. Written only by the trigger below, under the outbox's advisory lock (NoticeEvents): one
-- writer at a time. Segregated like the events: a participant sees its own row; the background work all.
create table notice_event_newest (
    participant text   primary key,
    position    bigint not null
);
alter table notice_event_newest enable row level security;
alter table notice_event_newest force row level security;
create policy own_newest on notice_event_newest for all
    using (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*')
    with check (participant = current_setting('juxta.participant', true)
        or current_setting('juxta.participant', true) = '*');
grant select, insert, update on notice_event_newest to ${app_role};

select set_config('juxta.participant', '*', true);
insert into notice_event_newest (participant, position)
    select participant, max(position) from notice_event group by participant;

-- The writer's own scope shows it none of the recipient's rows, so the function works in the scope of the
-- background work and then restores the writer's: positions only, never content. (A SET clause on the
-- function would be neater, but PostgreSQL lets only a superuser declare one for a custom setting; an error in
-- between aborts the transaction, scope and all.)
create function notice_event_notify() returns trigger language plpgsql as $$
declare
    writer_scope text := current_setting('juxta.participant', true);
    previous bigint;
begin
    perform set_config('juxta.participant', '*', true);
    select position into previous from notice_event_newest where participant = new.participant;
    insert into notice_event_newest (participant, position) values (new.participant, new.position)
        on conflict (participant) do update set position = excluded.position;
    perform set_config('juxta.participant', coalesce(writer_scope, ''), true);
    perform pg_notify('juxta_notice_events', json_build_object(
        'participant', new.participant,
        'position', new.position,
        'previous', previous,
        -- A notification holds at most 8,000 bytes: a longer event is read back instead.
        'event', case when octet_length(new.payload) <= 7000 then new.payload end)::text);
    return null;
end
$$;

create trigger notice_event_notify after insert on notice_event
    for each row execute function notice_event_notify();
