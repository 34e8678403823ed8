-- Secondary inspection: cases opened by a referral, the examinations of the questioned document, and
-- the decision (admitted, refused entry, handed over). The traveller and document are kept as they
-- were when the case was opened.

create table inspection_case (
    id                     uuid primary key,
    state                  text        not null check (state ~ '^[A-Z]{3}$'),
    post                   text        not null,
    reason                 text        not null check (reason in ('ALERT_HIT', 'DOCUMENT_CHECK', 'OFFICER_DECISION')),
    crossing_id            uuid references crossing (id),
    hit_id                 uuid,
    surname                text        not null,
    given_names            text,
    nationality            text        not null,
    date_of_birth          date        not null,
    sex                    text        not null,
    document_type          text        not null,
    document_number        text        not null,
    document_issuing_state text        not null,
    summary                text        not null,
    opened_at              timestamptz not null,
    opened_by              text        not null,
    decision               text check (decision in ('ADMITTED', 'REFUSED', 'HANDED_OVER')),
    refusal_reasons        text[],
    handed_over_to         text,
    decision_notes         text,
    decided_at             timestamptz,
    decided_by             text,
    constraint inspection_case_decided_at_once check ((decision is null) = (decided_at is null)),
    constraint inspection_case_refusal_has_reasons check (
        (decision = 'REFUSED') = (coalesce(cardinality(refusal_reasons), 0) > 0))
);

create index inspection_case_by_time on inspection_case (state, opened_at desc, id desc);
create index inspection_case_refusals on inspection_case (state, decided_at desc) where decision = 'REFUSED';

create table case_examination (
    id                uuid primary key,
    state             text        not null check (state ~ '^[A-Z]{3}$'),
    case_id           uuid        not null references inspection_case (id),
    fraud_type        text        not null,
    security_features text[]      not null,
    notes             text,
    examined_at       timestamptz not null,
    examined_by       text        not null
);

create index case_examination_of_case on case_examination (case_id, examined_at);
create index case_examination_by_time on case_examination (state, examined_at);

-- A decided case is final: the decision is written once, nothing changes after it.
create function inspection_case_refuse_change() returns trigger
    language plpgsql as $$
begin
    if old.decision is null and new.decision is not null
        and to_jsonb(new) - array['decision', 'refusal_reasons', 'handed_over_to', 'decision_notes', 'decided_at', 'decided_by']
            = to_jsonb(old) - array['decision', 'refusal_reasons', 'handed_over_to', 'decision_notes', 'decided_at', 'decided_by'] then
        return new;
    end if;
    raise exception 'inspection_case: only the decision of an open case may be written'
        using errcode = 'insufficient_privilege';
end
$$;

create trigger inspection_case_decided_once
    before update or delete on inspection_case
    for each row execute function inspection_case_refuse_change();

select juxta_segregate_by_state('inspection_case');
select juxta_segregate_by_state('case_examination');

grant select, insert on inspection_case, case_examination to ${app_role};
grant update (decision, refusal_reasons, handed_over_to, decision_notes, decided_at, decided_by)
    on inspection_case to ${app_role};
