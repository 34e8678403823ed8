-- pgbench script: the row the customs service stores for a declaration, its channel and the rules
-- that fired included, inserted directly, one per transaction (autocommit), into a copy of the
-- service's table without row-level security (bench/declarations-schema.sql): no version, no audit
-- and no HTTP. bench/declarations.sh replaces @CONTENT@ (the benchmark's declaration body),
-- @CHANNEL@ and @SELECTIVITY@ (what the service stored for a declaration lodged at the start of the
-- run), @ITEMS@ and @VALUE@.
\set first random(1000000000, 9999999999)
\set second random(0, 999999999)
insert into declaration_raw (id, state, post, declarant_id, local_reference, type, status, version,
    transport_identification, currency, total_customs_value, item_count, content, lodged_at, lodged_by, updated_at,
    channel, selectivity)
values (gen_random_uuid(), 'MNG', 'zamyn-uud', 'MN4050012', 'R' || :first || '-' || lpad(:second::text, 9, '0'),
    'IMPORT', 'LODGED', 1, '1234УБА', 'USD', @VALUE@, @ITEMS@, '@CONTENT@', now(),
    'service-account-mng-broker-altai', now(), '@CHANNEL@', '@SELECTIVITY@');
