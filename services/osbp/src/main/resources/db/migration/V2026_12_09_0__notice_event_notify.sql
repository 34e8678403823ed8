-- The notification of a participant's new event comes from the database itself, with the event's insert: a
-- writer cannot forget it, and it costs the writer no statement of its own. PostgreSQL sends it when the
-- transaction commits, never before and never if it rolls back, in commit order. The channel is
-- NoticeEvents.CHANNEL; only the service's own roles may connect to this database and so listen.
--
-- The notification carries the event (unless it is too long for one) and the position of the participant's
-- event before it. A stream that has sent exactly that previous position knows it has missed nothing and
-- sends the event without reading it back; any other stream reads from its position.
--
-- The writer's own scope shows it none of the recipient's events, so the function reads that one position
-- in the scope of the background work and then restores the writer's: a position, never content. (A SET
-- clause on the function would be neater, but PostgreSQL lets only a superuser declare one for a custom
-- setting; an error in between aborts the transaction, scope and all.)
create function notice_event_notify() returns trigger language plpgsql as $$
declare
    writer_scope text := current_setting('juxta.participant', true);
    previous bigint;
begin
    perform set_config('juxta.participant', '*', true);
    select max(e.position) into previous from notice_event e
        where e.participant = new.participant and e.position < new.position;
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
