-- Every table holding records of a state is segregated the same way, by this one definition: row-level
-- security enabled and forced (the owner is bound too), and a policy that shows and accepts only the
-- rows of the state the transaction is scoped to (juxta.state, set by @StateScoped). Unset, the
-- setting matches nothing: a forgotten scope fails closed.

create function juxta_segregate_by_state(segregated regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', segregated);
    execute format('alter table %s force row level security', segregated);
    execute format('create policy own_state on %s '
        'using (state = current_setting(''juxta.state'', true)) '
        'with check (state = current_setting(''juxta.state'', true))', segregated);
end
$$;

-- For migrations only.
revoke execute on function juxta_segregate_by_state(regclass) from public;
