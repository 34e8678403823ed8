-- Records that a trader or customs broker lodges (goods declarations) are segregated a second time, by
-- declarant: a restrictive policy, on top of the state's, that shows and accepts a row only in a
-- transaction scoped to every declarant of the state (a caller acting for the agency: juxta.declarant
-- is '*', which no declarant identifier can be) or to the row's own declarant (set by @StateScoped from
-- the token's declarant claim). Unset, the setting matches nothing: a forgotten scope fails closed.

create function juxta_segregate_by_declarant(segregated regclass, declarant_column name) returns void
    language plpgsql as $$
declare
    own_declarant text := format('current_setting(''juxta.declarant'', true) = ''*'' '
        'or %I = current_setting(''juxta.declarant'', true)', declarant_column);
begin
    execute format('create policy own_declarant on %s as restrictive using (%s) with check (%s)',
        segregated, own_declarant, own_declarant);
end
$$;

-- For migrations only.
revoke execute on function juxta_segregate_by_declarant(regclass, name) from public;
