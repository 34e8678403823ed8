-- Each state's rule for the length of stays (e.g. at most 90 days in any 180), set by a supervisor.

create table stay_rule (
    state                text        primary key check (state ~ '^[A-Z]{3}$'),
    maximum_days         integer     not null check (maximum_days between 1 and 3650),
    window_days          integer     not null check (window_days between maximum_days and 3650),
    exempt_nationalities text[]      not null,
    time_zone            text        not null,
    updated_at           timestamptz not null,
    updated_by           text        not null
);

select juxta_segregate_by_state('stay_rule');

grant select, insert, update on stay_rule to ${app_role};

-- Stays are calculated per travel document: number and issuing state together.
drop index crossing_by_document;
create index crossing_by_document on crossing (state, document_number, document_issuing_state, crossed_at);
