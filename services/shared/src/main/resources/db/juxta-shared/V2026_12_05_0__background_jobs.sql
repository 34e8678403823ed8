-- Long jobs of every state (bulk imports, later any other): which instance runs each and when it last
-- showed it was alive, so that an instance can take over the jobs of one that stopped (BackgroundJobs).
-- No personal data: what a job does and reports stays in its own table, under row-level security.
-- Not segregated by state, like audit_chain: an instance must find every state's stalled jobs.
create table background_job (
    id           uuid primary key,
    state        text        not null check (state ~ '^[A-Z]{3}$'),
    kind         text        not null,
    status       text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    runner       text        not null,
    attempts     integer     not null default 1,
    started_at   timestamptz not null,
    heartbeat_at timestamptz not null,
    finished_at  timestamptz
);

create index background_job_running on background_job (heartbeat_at) where status = 'RUNNING';

grant select, insert on background_job to ${app_role};
grant update (status, runner, attempts, heartbeat_at, finished_at) on background_job to ${app_role};
