-- pgbench script: the row the health service stores for a traveller's declaration, its screening
-- included, inserted directly, one per transaction (autocommit), into a copy of the service's table
-- without row-level security (health_declaration_raw, made by bench/health-declarations.sh): no trail
-- step, no idempotency key, no audit and no HTTP. bench/health-declarations.sh replaces @DECLARATION@
-- (the benchmark's body), @ARRIVAL@, @STATUS@ and @SCREENING@ (what the service stored for a
-- declaration submitted at the start of the run).
insert into health_declaration_raw (id, state, declaration, arrival_date, post, status, status_changed_at,
    screening, submitted_at, submitted_by)
values (gen_random_uuid(), 'MNG', '@DECLARATION@', '@ARRIVAL@', 'zamyn-uud', '@STATUS@', now(), '@SCREENING@',
    now(), 'service-account-mng-health-declaration-app');
