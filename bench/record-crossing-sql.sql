-- pgbench script: the SQL work the service does to record one crossing (scope the transaction to the
-- state, look up the document on the alert lists together with the state's last person version, insert
-- the crossing, append a pending audit entry), without Java, HTTP or tokens. Shows how much of the full
-- stack's cost is PostgreSQL's.
begin;
select set_config('juxta.state', 'MNG', true);
select id, list_id, document_type, document_number, document_number_key, document_issuing_state, null::bigint
from alert_entry_bench
where state = 'MNG' and document_number_key in ('B' || (random() * 1e9)::bigint) and withdrawn_at is null
union all
select null, null, null, null, null, null, version from alert_person_version_bench where state = 'MNG';
insert into crossing_bench (id, state, post, direction, crossed_at, surname, given_names, nationality,
    date_of_birth, sex, document_type, document_number, document_issuing_state, document_expiry_date,
    recorded_at, recorded_by)
values (gen_random_uuid(), 'MNG', 'zamyn-uud', 'ENTRY', now(), 'Batbayar', 'Odgerel', 'MNG', '1988-04-12', 'F',
    'PASSPORT', 'B' || (random() * 1e9)::bigint, 'MNG', '2031-06-30', now(), 'pgbench');
insert into audit_bench (id, state, occurred_at, actor_issuer, actor_subject, actor_username, client_id, agency,
    post, roles, action, record_type, record_ids, purpose, request_id)
values (gen_random_uuid(), 'MNG', now(), 'http://localhost:8180/realms/juxta', 'subject', 'service-account',
    'mng-border-system', 'immigration', 'zamyn-uud', '{immigration-officer}', 'CREATE', 'crossing',
    array[gen_random_uuid()], 'border control', 'request');
commit;
