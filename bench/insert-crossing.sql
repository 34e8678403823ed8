-- pgbench script: the same row the service stores for a crossing, inserted directly, one per
-- transaction (autocommit), with no row-level security, no audit and no HTTP.
insert into crossing_bench (id, state, post, direction, crossed_at, surname, given_names, nationality,
    date_of_birth, sex, document_type, document_number, document_issuing_state, document_expiry_date,
    recorded_at, recorded_by)
values (gen_random_uuid(), 'MNG', 'zamyn-uud', 'ENTRY', now(), 'Batbayar', 'Odgerel', 'MNG', '1988-04-12', 'F',
    'PASSPORT', 'B' || (random() * 1e9)::bigint, 'MNG', '2031-06-30', now(), 'pgbench');
