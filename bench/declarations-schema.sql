-- What bench/declarations.sh adds, as the schema's owner, to the customs service's schema that the
-- service's own migrations made in the benchmark's database (bench_service_database in
-- scripts/lib/bench.sh). Run with psql -v changes=<the state's count of rule changes>.
--
-- declaration_raw: the service's declaration table as its migrations leave it (columns, defaults,
-- checks, the unique local reference, indexes), without row-level security, which "like" does not
-- copy: what PostgreSQL alone inserts (bench/insert-declaration.sql).
create table declaration_raw (like declaration including all);

-- The state's count of changes of its rules, which the service reads at every lodging to know that
-- its evaluator is current (bench/lodge-declaration-sql.sql): as many as on the platform. Row-level
-- security is forced on the owner too, so the row is written in the state's scope.
select set_config('juxta.state', 'MNG', false);
insert into selectivity_rule_set (state, changes) values ('MNG', :changes);
