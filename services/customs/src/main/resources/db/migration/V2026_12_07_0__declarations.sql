-- Goods declarations (WCO Data Model): the declaration as it stands now, and every version of its
-- content, the one lodged and each amendment, kept for good.
--
-- Both tables are segregated twice: by state, like every table, and by declarant, so that a trader's or
-- broker's client reaches only the declarations it lodged (juxta_segregate_by_declarant).

create table declaration (
    id                  uuid primary key,
    state               text        not null check (state ~ '^[A-Z]{3}$'),
    post                text        not null,
    declarant_id        text        not null check (declarant_id ~ '^[A-Z]{2}[A-Z0-9]{1,15}$'),
    -- The declarant's own reference number (LRN): one declaration per reference and declarant.
    local_reference     text        not null,
    type                text        not null check (type in ('IMPORT', 'EXPORT', 'TRANSIT')),
    status              text        not null check (status in ('LODGED', 'CANCELLED')),
    version             integer     not null check (version >= 1),
    -- The border transport means, to match a declaration lodged before arrival to the vehicle.
    transport_identification text   not null,
    currency            text        not null check (currency ~ '^[A-Z]{3}$'),
    -- Minor units of the currency; never floating point.
    total_customs_value bigint      not null check (total_customs_value >= 0),
    item_count          integer     not null check (item_count between 1 and 999),
    -- The current version's content, as the API takes it (NewDeclaration).
    content             jsonb       not null,
    lodged_at           timestamptz not null,
    lodged_by           text        not null,
    updated_at          timestamptz not null,
    cancelled_at        timestamptz,
    cancelled_by        text,
    cancellation_reason text,
    unique (state, declarant_id, local_reference),
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create index declaration_newest_first on declaration (state, lodged_at desc, id desc);
create index declaration_transport on declaration (state, transport_identification) where status = 'LODGED';
select juxta_segregate_by_state('declaration');
select juxta_segregate_by_declarant('declaration', 'declarant_id');
grant select, insert on declaration to ${app_role};
-- An amendment or a cancellation changes these; the identity, owner and lodging never change.
grant update (status, version, transport_identification, currency, total_customs_value, item_count, content,
    updated_at, cancelled_at, cancelled_by, cancellation_reason) on declaration to ${app_role};

create table declaration_version (
    declaration_id uuid        not null references declaration (id),
    version        integer     not null check (version >= 1),
    state          text        not null check (state ~ '^[A-Z]{3}$'),
    declarant_id   text        not null,
    content        jsonb       not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    -- Why it was amended; null for the version lodged.
    reason         text,
    primary key (declaration_id, version)
);
select juxta_segregate_by_state('declaration_version');
select juxta_segregate_by_declarant('declaration_version', 'declarant_id');
-- Versions are never changed or removed.
grant select, insert on declaration_version to ${app_role};
