-- pgbench script: the rows the health service inserts for a verification that showed the holder's data,
-- inserted directly in one transaction into copies of its tables without row-level security
-- (bench/health-certificates-schema.sql): the verification (result VALID, its key id and signer) and the
-- audit entry of the read, pending its seal. No revision read, no HTTP, no token, no signature check.
-- Ids are time-ordered like the service's UUIDv7 (PostgreSQL 15 has no uuidv7()).
\set high random(0, 4611686018427387903)
\set low random(0, 4611686018427387903)
begin;
insert into certificate_verification_raw (id, state, post, verified_at, verified_by, result, failed_step, key_id,
    signer_id)
values ((lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
        || lpad(to_hex(:high), 16, '0') || '0000')::uuid,
    'MNG', 'zamyn-uud', now(), 'mng-health-officer', 'VALID', null, 'jFgJ1wAVJCg=',
    (lpad(to_hex(:low), 16, '0') || lpad(to_hex(:high), 16, '0'))::uuid);
insert into audit_entry_raw (action, actor_issuer, actor_subject, actor_username, agency, client_id, content_mac,
    occurred_at, outcome, post, purpose, record_ids, record_type, request_id, roles, state, id)
values ('READ', 'http://localhost:8180/realms/juxta', '0b7c3a55-7d61-4c1e-9a0f-3d2e5c8b1a47', 'mng-health-officer',
    'health', 'juxta-cli', '\x8fc6920ae7910d49e7c6f69b7ac647a7553842bea05a874b131c29f59329ea6f', now(), 'DONE',
    'zamyn-uud', 'health certificate verification',
    array[(lpad(to_hex(:low), 16, '0') || lpad(to_hex(:high), 16, '0'))::uuid], 'health certificate verification',
    '01a24e2e-bf2b-722d-9808-f31f16ac8b35', '{health-officer}', 'MNG', gen_random_uuid());
commit;
