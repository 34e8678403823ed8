-- What the officer should know about the document at a crossing: flags (expired, failed MRZ check)
-- and, for a crossing recorded from the machine-readable zone, the findings of its checks.

alter table crossing
    add column flags        text[] not null default '{}',
    add column mrz_findings jsonb;
