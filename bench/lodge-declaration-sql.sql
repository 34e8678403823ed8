-- pgbench script: the statements the customs service sends to lodge one declaration, as PostgreSQL's
-- statement log shows them (log_statement = all for the service's role, declarations lodged with an
-- Idempotency-Key while the state has rules in force): scope the transaction to the state and the
-- declarant, claim the Idempotency-Key, look up the state's national tariff lines of the items'
-- subheadings, check that the local reference is free, read the state's count of rule changes
-- (selectivity evaluates in memory while it has not moved), insert the declaration with its channel and
-- the rules that fired, and its first version, append a pending audit entry, commit. Against the service's own tables (its migrations), as the counterpart of the service's
-- role: row-level security applies to it, without Java, HTTP or tokens. Left out, as they are not
-- paid per lodging: registering the state's audit chain (once per instance), loading the rules and
-- trusted traders (after a change of them), sealing the audit entries (in batches, every second).
-- bench/declarations.sh replaces @CONTENT@ (the benchmark's declaration body), @SUBHEADINGS@ (its
-- items' HS subheadings), @CHANNEL@ and @SELECTIVITY@ (what the service stored for a declaration lodged
-- at the start of the run), @ITEMS@ and @VALUE@.
\set first random(1000000000, 9999999999)
\set second random(0, 999999999)
\set high random(0, 4611686018427387903)
\set low random(0, 4611686018427387903)
begin;
select set_config('juxta.state', 'MNG', true), set_config('juxta.declarant', 'MN4050012', true);
insert into idempotency_key (state, principal, key, operation, request_hash, resource_id)
values ('MNG', 'http://localhost:8180/realms/juxta#7e0fc4b7-4a12-49ae-b39d-9dd53a832bf4',
    'lodge-S' || :first || '-' || lpad(:second::text, 9, '0'), 'lodgeDeclaration',
    '\x04b488e025ccb7e9f7a46fc33a493e03cdb8579221a3e83c3c5e586417fc23b2',
    (lpad(to_hex(:high), 16, '0') || lpad(to_hex(:low), 16, '0'))::uuid)
on conflict do nothing;
select state, code, description, recorded_at, recorded_by, subheading, valid_from, valid_to from national_tariff_line
where subheading in (@SUBHEADINGS@) and valid_from <= current_date and (valid_to is null or valid_to > current_date)
order by code;
select count(*) from declaration
where declarant_id = 'MN4050012' and local_reference = 'S' || :first || '-' || lpad(:second::text, 9, '0');
select state, changes from selectivity_rule_set where state = 'MNG';
insert into declaration (cancellation_reason, cancelled_at, cancelled_by, channel, content, currency, decided_at,
    decided_by, decision, decision_reason, declarant_id, item_count, local_reference, lodged_at, lodged_by, post,
    presented_at, presented_by, referred_to, selectivity, state, status, total_customs_value,
    transport_identification, type, updated_at, version, id)
values (null, null, null, '@CHANNEL@', '@CONTENT@', 'USD', null, null, null, null, 'MN4050012', @ITEMS@,
    'S' || :first || '-' || lpad(:second::text, 9, '0'), now(), 'service-account-mng-broker-altai', 'zamyn-uud',
    null, null, null, '@SELECTIVITY@', 'MNG', 'LODGED', @VALUE@, '1234УБА', 'IMPORT', now(), 1,
    (lpad(to_hex(:high), 16, '0') || lpad(to_hex(:low), 16, '0'))::uuid);
insert into declaration_version (content, declarant_id, reason, recorded_at, recorded_by, state, declaration_id,
    version)
values ('@CONTENT@', 'MN4050012', null, now(), 'service-account-mng-broker-altai', 'MNG',
    (lpad(to_hex(:high), 16, '0') || lpad(to_hex(:low), 16, '0'))::uuid, 1);
insert into audit_entry (action, actor_issuer, actor_subject, actor_username, agency, client_id, content_mac,
    occurred_at, outcome, post, purpose, record_ids, record_type, request_id, roles, state, id)
values ('CREATE', 'http://localhost:8180/realms/juxta', '7e0fc4b7-4a12-49ae-b39d-9dd53a832bf4',
    'service-account-mng-broker-altai', 'trader', 'mng-broker-altai',
    '\x8fc6920ae7910d49e7c6f69b7ac647a7553842bea05a874b131c29f59329ea6f', now(), 'DONE', 'zamyn-uud',
    'customs control', array[(lpad(to_hex(:high), 16, '0') || lpad(to_hex(:low), 16, '0'))::uuid], 'declaration',
    '01a24e2e-bf2b-722d-9808-f31f16ac8b35', '{declarant}', 'MNG', gen_random_uuid());
commit;
