-- Counts the changes of a state's public-health events: an instance reloads the events it screens
-- declarations against when the count moves, so that every instance screens with what was committed
-- without reading every event in force at every declaration.
create table public_health_event_set (
    state   text   primary key check (state ~ '^[A-Z]{3}$'),
    changes bigint not null
);
select juxta_segregate_by_state('public_health_event_set');
grant select, insert, update (changes) on public_health_event_set to ${app_role};
