-- An access refused by a rule about the caller and the content (a carrier reporting another carrier's
-- flight) is in the log too, with the outcome REFUSED.
alter table audit_entry
    drop constraint audit_entry_outcome_check,
    add constraint audit_entry_outcome_check check (outcome in ('DONE', 'NOT_FOUND', 'REFUSED'));
