-- An import is continued by whichever instance takes it over (background_job), which must know how to
-- read its staged upload.
alter table alert_import add column format text check (format in ('CSV', 'JSON_LINES'));

-- Imports left running by a release that could not resume them never end by themselves. The owner
-- steps out of row-level security for this one statement, to reach the imports of every state.
alter table alert_import no force row level security;
update alert_import
set status      = 'FAILED',
    finished_at = now(),
    failure     = 'the service stopped during the import, before imports could be resumed; import the lines after line '
                      || lines_read || ' again'
where status = 'RUNNING';
alter table alert_import force row level security;
