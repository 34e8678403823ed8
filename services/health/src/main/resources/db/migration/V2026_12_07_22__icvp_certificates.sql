-- Yellow-fever certificates of vaccination (ICVP, IHR Annexes 6 and 7) that health officers record as
-- travellers present them on paper. Personal data: every access is audited.

create table icvp_certificate (
    id                     uuid primary key,
    state                  text        not null check (state ~ '^[A-Z]{3}$'),
    post                   text,
    family_name            text        not null,
    given_names            text,
    date_of_birth          date        not null,
    document_number        text        not null,
    document_issuing_state text        not null,
    vaccine_product        text        not null,
    vaccine_manufacturer   text        not null,
    vaccine_batch          text        not null,
    vaccinated_on          date        not null check (vaccinated_on >= date_of_birth),
    certificate_number     text        not null,
    issuing_centre         text        not null,
    issuing_country        text        not null check (issuing_country ~ '^[A-Z]{3}$'),
    clinician              text        not null,
    recorded_at            timestamptz not null,
    recorded_by            text        not null
);
select juxta_segregate_by_state('icvp_certificate');
grant select, insert on icvp_certificate to ${app_role};
