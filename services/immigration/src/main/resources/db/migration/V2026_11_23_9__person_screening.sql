-- Person screening runs against an in-memory index of each state's person entries in every instance of
-- the service. To catch up with exactly the entries it has not seen, person entries are numbered in the
-- order their transactions commit: a transaction adding persons first takes the next number of its
-- state (holding the row's lock until it commits, so no later number can commit before it), then
-- stamps its entries with it.

create table alert_person_version (
    state   text   primary key check (state ~ '^[A-Z]{3}$'),
    version bigint not null
);

alter table alert_entry add column person_version bigint;

create index alert_entry_by_person_version on alert_entry (state, person_version)
    where person_version is not null;

select juxta_segregate_by_state('alert_person_version');

grant select, insert, update (version) on alert_person_version to ${app_role};
