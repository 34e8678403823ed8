-- Tariff, valuation and duties: each state's tariff measures and exemptions, its exchange rates and national
-- currency, the assessments of its declarations and the payments made against them.
--
-- Measures, exemptions and rates are never edited in place: a new rate is a new measure from a date, and a
-- measure's validity may only be ended (valid_to), so that any past assessment can be recomputed.

create table national_currency (
    state    text primary key check (state ~ '^[A-Z]{3}$'),
    currency text not null check (currency ~ '^[A-Z]{3}$')
);
-- Before the table is segregated: row-level security is forced on its owner too.
insert into national_currency (state, currency) values ('MNG', 'MNT'), ('CHN', 'CNY');
select juxta_segregate_by_state('national_currency');
grant select on national_currency to ${app_role};

create table tariff_measure (
    id                     uuid primary key,
    state                  text        not null check (state ~ '^[A-Z]{3}$'),
    tax_type               text        not null check (tax_type in ('DUTY', 'EXCISE', 'VAT')),
    -- The start of the tariff lines covered: 0 (all goods) to 10 digits.
    goods_code             text        not null check (goods_code ~ '^[0-9]{0,10}$'),
    valid_from             date        not null,
    valid_to               date,
    -- The rate as the API takes it (TariffRate): percent, specific, minimum, maximum.
    rate                   jsonb       not null,
    -- Alpha-3 codes, and the codes of the documents proving them, comma-separated and sorted; both empty
    -- for a general measure.
    preferential_origins   text        not null check (preferential_origins ~ '^([A-Z]{3}(,[A-Z]{3})*)?$'),
    origin_proof_documents text        not null check (origin_proof_documents ~ '^([A-Z0-9]{4}(,[A-Z0-9]{4})*)?$'),
    description            text,
    recorded_at            timestamptz not null,
    recorded_by            text        not null,
    ended_at               timestamptz,
    ended_by               text,
    check (valid_to is null or valid_to > valid_from),
    check ((preferential_origins = '') = (origin_proof_documents = ''))
);
create index tariff_measure_by_goods_code on tariff_measure (state, goods_code, valid_from);
select juxta_segregate_by_state('tariff_measure');
grant select, insert on tariff_measure to ${app_role};
-- Ending a measure's validity is the only change.
grant update (valid_to, ended_at, ended_by) on tariff_measure to ${app_role};

create table tariff_exemption (
    id                        uuid primary key,
    state                     text        not null check (state ~ '^[A-Z]{3}$'),
    -- The tax types relieved, comma-separated, e.g. DUTY,VAT.
    relieved                  text        not null check (relieved ~ '^(DUTY|EXCISE|VAT)(,(DUTY|EXCISE|VAT)){0,2}$'),
    procedure_code            text        check (procedure_code ~ '^[0-9]{4}$'),
    additional_procedure_code text        check (additional_procedure_code ~ '^[A-Z0-9]{3}$'),
    valid_from                date        not null,
    valid_to                  date,
    description               text,
    recorded_at               timestamptz not null,
    recorded_by               text        not null,
    check (procedure_code is not null or additional_procedure_code is not null),
    check (valid_to is null or valid_to > valid_from)
);
select juxta_segregate_by_state('tariff_exemption');
grant select, insert on tariff_exemption to ${app_role};

create table exchange_rate (
    state       text          not null check (state ~ '^[A-Z]{3}$'),
    currency    text          not null check (currency ~ '^[A-Z]{3}$'),
    valid_from  date          not null,
    valid_to    date,
    -- Units of the national currency per unit of the currency, in major units.
    rate        numeric(24, 10) not null check (rate > 0),
    recorded_at timestamptz   not null,
    recorded_by text          not null,
    primary key (state, currency, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
select juxta_segregate_by_state('exchange_rate');
grant select, insert on exchange_rate to ${app_role};
-- A rate published for a day may be corrected (PUT replaces it).
grant update (valid_to, rate, recorded_at, recorded_by) on exchange_rate to ${app_role};

create table assessment (
    id                  uuid primary key,
    state               text        not null check (state ~ '^[A-Z]{3}$'),
    declaration_id      uuid        not null references declaration (id),
    declarant_id        text        not null,
    declaration_version integer     not null check (declaration_version >= 1),
    calculation_date    date        not null,
    -- The whole assessment as the API shows it (Assessment): items, tax lines with their rules, totals.
    content             jsonb       not null,
    -- Minor units of the national currency.
    total               bigint      not null check (total >= 0),
    currency            text        not null check (currency ~ '^[A-Z]{3}$'),
    assessed_at         timestamptz not null,
    assessed_by         text        not null
);
create index assessment_latest_first on assessment (declaration_id, assessed_at desc, id desc);
select juxta_segregate_by_state('assessment');
select juxta_segregate_by_declarant('assessment', 'declarant_id');
-- Assessments are kept for good: a new one supersedes, never replaces.
grant select, insert on assessment to ${app_role};

create table payment (
    id                uuid primary key,
    state             text        not null check (state ~ '^[A-Z]{3}$'),
    declaration_id    uuid        not null references declaration (id),
    declarant_id      text        not null,
    -- Minor units of the national currency.
    amount            bigint      not null check (amount > 0),
    currency          text        not null check (currency ~ '^[A-Z]{3}$'),
    -- The bank's or treasury's receipt: one payment per receipt in a state.
    receipt_reference text        not null,
    paid_at           timestamptz not null,
    recorded_by       text        not null,
    constraint payment_receipt_once unique (state, receipt_reference)
);
create index payment_of_declaration on payment (declaration_id, paid_at, id);
select juxta_segregate_by_state('payment');
select juxta_segregate_by_declarant('payment', 'declarant_id');
grant select, insert on payment to ${app_role};
