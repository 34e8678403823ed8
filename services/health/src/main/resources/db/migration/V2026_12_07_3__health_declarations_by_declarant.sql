-- A traveller-facing health app (role health-declarant) reaches only the declarations it submitted: they carry
-- its declarant identifier (the token's declarant claim), and a restrictive policy on top of the state's shows
-- and accepts a row only in a transaction scoped to that declarant or to every declarant ('*': health
-- officers and supervisors). A declaration recorded at the post by an officer has none, so no app sees it.
alter table health_declaration add column declarant_id text;
select juxta_segregate_by_declarant('health_declaration', 'declarant_id');

alter table health_declaration_step add column declarant_id text;
select juxta_segregate_by_declarant('health_declaration_step', 'declarant_id');

-- An app's list is now its declarant's rows (the policy), not its submitter's.
drop index health_declaration_by_submitter;
create index health_declaration_by_declarant on health_declaration (state, declarant_id, submitted_at desc, id desc)
    where declarant_id is not null;
