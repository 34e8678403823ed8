-- The application role appends audit entries and nothing else. Until now it could insert and update
-- the seal columns (sequence, hashes) itself; from here on:
--
-- * it inserts the record's columns only, with a MAC of the content computed with the service's key
--   (content_mac), and an outcome (DONE, or NOT_FOUND for an access to a record not found in the
--   caller's state);
-- * it seals only through juxta_audit_seal, owned by the owner role, which accepts exactly the next
--   positions of the scoped state's chain for pending entries, and never changes a sealed one;
-- * hashes from here on are HMACs keyed by a secret outside the database (AuditHasher, version 2).
--
-- Entries sealed before this migration were hashed without a key (version 1). They stay as they are;
-- each chain records here how far they go (unkeyed_through, and the hash of that entry), and the
-- service attests that boundary with its key at its first start (boundary_mac, juxta_audit_attest).
-- Verification checks the unkeyed prefix with version 1 and requires the attested boundary.

alter table audit_entry
    add column outcome     text  not null default 'DONE' check (outcome in ('DONE', 'NOT_FOUND')),
    add column content_mac bytea check (length(content_mac) = 32);

revoke insert, update on audit_entry from ${app_role};
grant insert (id, state, occurred_at, actor_issuer, actor_subject, actor_username, client_id, agency, post, roles,
    action, record_type, record_ids, purpose, request_id, outcome, content_mac) on audit_entry to ${app_role};

alter table audit_chain
    add column unkeyed_through bigint check (unkeyed_through > 0),
    add column unkeyed_head    bytea check (length(unkeyed_head) = 32),
    add column boundary_mac    bytea check (length(boundary_mac) = 32),
    add constraint audit_chain_boundary check ((unkeyed_through is null) = (unkeyed_head is null));

revoke insert on audit_chain from ${app_role};
grant insert (state) on audit_chain to ${app_role};

-- The boundary of each existing chain: its last sealed entry. audit_entry's row-level security binds
-- the owner too, so each state is read in its own scope.
do $$
declare
    chain record;
begin
    for chain in select state from audit_chain loop
        perform set_config('juxta.state', chain.state, true);
        update audit_chain set (unkeyed_through, unkeyed_head) = (
            select sequence, hash from audit_entry
            where state = chain.state and sequence is not null order by sequence desc limit 1)
        where state = chain.state;
    end loop;
    perform set_config('juxta.state', '', true);
end
$$;

-- Seals pending entries of the scoped state's chain: p_ids (comma-separated, in chain order) become
-- positions p_first_sequence, p_first_sequence + 1, ..., after the chain's head, whose hash must be
-- p_previous_hash; p_hashes is their hashes, 32 bytes each, in the same order. Anything else is
-- refused: another position, a sealed entry, an entry of another state.
create function juxta_audit_seal(p_ids text, p_first_sequence bigint, p_previous_hash bytea, p_hashes bytea,
                                 p_sealed_at timestamptz) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    chain_state text := nullif(current_setting('juxta.state', true), '');
    ids uuid[] := string_to_array(p_ids, ',')::uuid[];
    head_sequence bigint;
    head_hash bytea;
begin
    if chain_state is null then
        raise exception 'juxta_audit_seal needs a transaction scoped to a state' using errcode = 'insufficient_privilege';
    end if;
    if coalesce(cardinality(ids), 0) = 0 or length(p_hashes) <> 32 * cardinality(ids) then
        raise exception 'juxta_audit_seal needs one 32-byte hash per entry' using errcode = 'invalid_parameter_value';
    end if;
    perform pg_advisory_xact_lock(hashtextextended('juxta.audit.' || chain_state, 0));
    select sequence, hash into head_sequence, head_hash from audit_entry
        where state = chain_state and sequence is not null order by sequence desc limit 1;
    if p_first_sequence <> coalesce(head_sequence, 0) + 1
        or p_previous_hash is distinct from coalesce(head_hash, decode(repeat('00', 32), 'hex')) then
        raise exception 'the chain of % ends at % : entries must be sealed right after it', chain_state,
            coalesce(head_sequence, 0) using errcode = 'serialization_failure';
    end if;
    for i in 1 .. cardinality(ids) loop
        update audit_entry
        set sequence      = p_first_sequence + i - 1,
            previous_hash = case when i = 1 then p_previous_hash else substring(p_hashes from (i - 2) * 32 + 1 for 32) end,
            hash          = substring(p_hashes from (i - 1) * 32 + 1 for 32),
            sealed_at     = p_sealed_at
        where id = ids[i] and state = chain_state and hash is null;
        if not found then
            raise exception 'audit entry % is not a pending entry of %', ids[i], chain_state
                using errcode = 'insufficient_privilege';
        end if;
    end loop;
    return cardinality(ids);
end
$$;

-- Attests the scoped state's unkeyed boundary once: a MAC, computed by the service with its key, over
-- the boundary this migration recorded. Never overwrites one.
create function juxta_audit_attest(p_boundary_mac bytea) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    attested integer;
begin
    update audit_chain set boundary_mac = p_boundary_mac
    where state = nullif(current_setting('juxta.state', true), '') and unkeyed_through is not null
      and boundary_mac is null;
    get diagnostics attested = row_count;
    return attested;
end
$$;

revoke execute on function juxta_audit_seal(text, bigint, bytea, bytea, timestamptz) from public;
revoke execute on function juxta_audit_attest(bytea) from public;
grant execute on function juxta_audit_seal(text, bigint, bytea, bytea, timestamptz) to ${app_role};
grant execute on function juxta_audit_attest(bytea) to ${app_role};
