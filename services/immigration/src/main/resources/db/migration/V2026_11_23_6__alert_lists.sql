-- Alert lists of a state (lost, stolen and revoked documents; persons of interest), their entries,
-- bulk imports, and the hits of screening crossings against them.

create table alert_list (
    id          uuid primary key,
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    name        text        not null,
    kind        text        not null check (kind in ('DOCUMENT', 'PERSON')),
    description text,
    source      text,
    created_at  timestamptz not null,
    created_by  text        not null,
    constraint alert_list_name unique (state, name)
);

create table alert_entry (
    id                     uuid primary key,
    state                  text        not null check (state ~ '^[A-Z]{3}$'),
    list_id                uuid        not null references alert_list (id),
    document_type          text,
    document_number        text,
    -- The number with characters that documents and readers confuse folded together (O and 0, I and 1...):
    -- the lookup key of document screening.
    document_number_key    text,
    document_issuing_state text,
    document_reason        text,
    surname                text,
    given_names            text,
    other_names            text[],
    birth_year             integer,
    birth_month            integer,
    birth_day              integer,
    nationality            text,
    sex                    text,
    person_category        text,
    reference              text,
    remarks                text,
    created_at             timestamptz not null,
    created_by             text        not null,
    withdrawn_at           timestamptz,
    constraint alert_entry_document_or_person check ((document_number is null) <> (surname is null))
);

create index alert_entry_by_list on alert_entry (state, list_id, created_at desc, id desc);
create index alert_entry_document on alert_entry (state, document_number_key)
    where withdrawn_at is null and document_number_key is not null;

create table alert_import (
    id          uuid primary key,
    state       text        not null check (state ~ '^[A-Z]{3}$'),
    list_id     uuid        not null references alert_list (id),
    status      text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    lines_read  bigint      not null default 0,
    accepted    bigint      not null default 0,
    rejected    bigint      not null default 0,
    rejections  jsonb       not null default '{"lines": []}',
    failure     text,
    started_at  timestamptz not null,
    finished_at timestamptz,
    started_by  text        not null
);

create table hit (
    id                uuid primary key,
    state             text        not null check (state ~ '^[A-Z]{3}$'),
    post              text        not null,
    crossing_id       uuid references crossing (id),
    list_id           uuid        not null references alert_list (id),
    entry_id          uuid        not null references alert_entry (id),
    score             double precision not null check (score > 0 and score <= 1),
    matched_fields    jsonb       not null,
    created_at        timestamptz not null,
    decision          text check (decision in ('CONFIRMED', 'FALSE_POSITIVE')),
    resolution_reason text,
    resolved_at       timestamptz,
    resolved_by       text,
    case_id           uuid references inspection_case (id),
    constraint hit_resolved_at_once check ((decision is null) = (resolved_at is null))
);

create index hit_by_time on hit (state, created_at desc, id desc);
create index hit_of_crossing on hit (crossing_id);

-- A resolution is final, like a case's decision.
create function hit_refuse_change() returns trigger
    language plpgsql as $$
begin
    if old.decision is null and new.decision is not null
        and to_jsonb(new) - array['decision', 'resolution_reason', 'resolved_at', 'resolved_by', 'case_id']
            = to_jsonb(old) - array['decision', 'resolution_reason', 'resolved_at', 'resolved_by', 'case_id'] then
        return new;
    end if;
    raise exception 'hit: only the resolution of an open hit may be written'
        using errcode = 'insufficient_privilege';
end
$$;

create trigger hit_resolved_once
    before update or delete on hit
    for each row execute function hit_refuse_change();

select juxta_segregate_by_state('alert_list');
select juxta_segregate_by_state('alert_entry');
select juxta_segregate_by_state('alert_import');
select juxta_segregate_by_state('hit');

grant select, insert on alert_list, alert_entry, alert_import, hit to ${app_role};
grant update (withdrawn_at) on alert_entry to ${app_role};
grant update (status, lines_read, accepted, rejected, rejections, failure, finished_at) on alert_import to ${app_role};
grant update (decision, resolution_reason, resolved_at, resolved_by, case_id) on hit to ${app_role};
