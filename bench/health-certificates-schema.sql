-- What bench/health-certificates.sh adds, as the schema's owner, to the health service's schema that the
-- service's own migrations made in the benchmark's database (bench_service_database in
-- scripts/lib/bench.sh): copies of the tables a verification writes to, as the migrations leave them
-- (columns, defaults, checks, indexes), without row-level security and foreign keys, which "like" does
-- not copy: what PostgreSQL alone inserts (bench/insert-certificate-verification.sql).
create table certificate_verification_raw (like certificate_verification including all);
create table audit_entry_raw (like audit_entry including all);
