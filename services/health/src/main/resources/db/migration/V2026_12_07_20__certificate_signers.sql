-- The trust list of each state's health agency: the document signer certificates (DSC) whose keys sign
-- the health certificates (EU DCC-style) its officers verify. A revoked signer is kept, revoked: its key
-- is never trusted again, and certificates it signed are answered as signed with a revoked key.

create table certificate_signer (
    id                uuid primary key,
    state             text        not null check (state ~ '^[A-Z]{3}$'),
    -- The key id in Base64, as COSE headers name the key.
    key_id            text        not null,
    country           text        not null check (country ~ '^[A-Z]{3}$'),
    subject           text        not null,
    key_algorithm     text        not null check (key_algorithm in ('EC', 'RSA')),
    valid_from        timestamptz not null,
    valid_until       timestamptz not null,
    -- The certificate's DER.
    certificate       bytea       not null,
    added_at          timestamptz not null,
    added_by          text        not null,
    revoked_at        timestamptz,
    revoked_by        text,
    revocation_reason text,
    unique (state, key_id),
    check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revocation_reason is null))
);
create index certificate_signer_newest_first on certificate_signer (state, added_at desc, id desc);
select juxta_segregate_by_state('certificate_signer');
grant select, insert on certificate_signer to ${app_role};
grant update (revoked_at, revoked_by, revocation_reason) on certificate_signer to ${app_role};

-- A counter per state, raised in the transaction of every change of its trust list: a change takes the
-- row's lock, so the counter goes up in the order the changes commit, and an instance whose in-memory
-- trust list is of an older count reloads it.
create table certificate_trust_list_revision (
    state    text primary key check (state ~ '^[A-Z]{3}$'),
    revision bigint not null check (revision >= 1)
);
select juxta_segregate_by_state('certificate_trust_list_revision');
grant select, insert on certificate_trust_list_revision to ${app_role};
grant update (revision) on certificate_trust_list_revision to ${app_role};
