-- The shared facility of a one-stop border post: each state configures its own side (its lanes and
-- control sequences), and both states read both sides. Row-level security says so: every state the
-- transaction is scoped to reads every row, and writes only its own state's rows. Unset, the scope
-- matches nothing: a forgotten scope still fails closed.

create function osbp_share_with_the_other_side(shared regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', shared);
    execute format('alter table %s force row level security', shared);
    execute format('create policy both_sides_read on %s for select '
        'using (current_setting(''juxta.state'', true) ~ ''^[A-Z]{3}$'')', shared);
    execute format('create policy own_side_inserts on %s for insert '
        'with check (state = current_setting(''juxta.state'', true))', shared);
    execute format('create policy own_side_updates on %s for update '
        'using (state = current_setting(''juxta.state'', true)) '
        'with check (state = current_setting(''juxta.state'', true))', shared);
end
$$;

revoke execute on function osbp_share_with_the_other_side(regclass) from public;

-- A side's revision moves with each configuration, so that a coordinator's change based on an older
-- read is refused (409) instead of silently overwriting a colleague's.
create table facility_side (
    state             text        primary key check (state ~ '^[A-Z]{3}$'),
    revision          integer     not null check (revision > 0),
    control_sequences jsonb       not null,
    configured_at     timestamptz not null,
    configured_by     text        not null
);
select osbp_share_with_the_other_side('facility_side');
grant select, insert, update (revision, control_sequences, configured_at, configured_by)
    on facility_side to ${app_role};

-- Lanes are never deleted: passages refer to them, and a closed lane keeps its history.
create table lane (
    code         text    primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
    state        text    not null references facility_side (state),
    name         text    not null,
    traffic_type text    not null check (traffic_type in ('PEDESTRIAN', 'CAR', 'BUS', 'TRUCK')),
    towards      text    not null check (towards ~ '^[A-Z]{3}$'),
    open         boolean not null
);
select osbp_share_with_the_other_side('lane');
grant select, insert, update (name, traffic_type, towards, open) on lane to ${app_role};
