-- Each state's national subdivisions of the Harmonized System: the tariff lines (8 to 10 digits) its tariff
-- knows. Where a state has lines under an HS subheading, a declaration's goods of that subheading must name
-- one of them that is valid on the day of lodging; a subheading the state has not subdivided takes any line
-- that starts with it.
create table national_tariff_line (
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    code        text        not null check (code ~ '^[0-9]{8,10}$'),
    subheading  text        generated always as (left(code, 6)) stored,
    description text        not null check (length(description) between 1 and 500),
    valid_from  date        not null,
    valid_to    date,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (state, code),
    check (valid_to is null or valid_to > valid_from)
);
create index national_tariff_line_by_subheading on national_tariff_line (state, subheading);
select juxta_segregate_by_state('national_tariff_line');
grant select, insert on national_tariff_line to ${app_role};
grant update (description, valid_from, valid_to, recorded_at, recorded_by) on national_tariff_line to ${app_role};
