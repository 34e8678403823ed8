-- Entries and exits of travellers, one row per crossing, owned by the state that recorded it.

create table crossing (
    id                     uuid primary key,
    state                  text        not null check (state ~ '^[A-Z]{3}$'),
    post                   text        not null,
    direction              text        not null check (direction in ('ENTRY', 'EXIT')),
    crossed_at             timestamptz not null,
    surname                text        not null,
    given_names            text,
    nationality            text        not null,
    date_of_birth          date        not null,
    sex                    text        not null check (sex in ('F', 'M', 'X')),
    document_type          text        not null,
    document_number        text        not null,
    document_issuing_state text        not null,
    document_expiry_date   date        not null,
    recorded_at            timestamptz not null,
    recorded_by            text        not null
);

-- Lists are newest first and paged by (crossed_at, id); a document number is the usual search.
create index crossing_by_time on crossing (state, crossed_at desc, id desc);
create index crossing_by_document on crossing (state, document_number, crossed_at desc);

select juxta_segregate_by_state('crossing');

-- Crossings are facts: the application records and reads them, it never rewrites or deletes them.
grant select, insert on crossing to ${app_role};
