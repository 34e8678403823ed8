-- A declaration lodged before the goods arrive is presented to customs when its vehicle reaches the post
-- (POST /api/customs/arrivals): when, and by which officer.
alter table declaration add column presented_at timestamptz;
alter table declaration add column presented_by text;
alter table declaration add check ((presented_at is null) = (presented_by is null));
grant update (presented_at, presented_by) on declaration to ${app_role};

-- What an arrival looks for: the state's lodged declarations of a vehicle, not yet presented.
drop index declaration_transport;
create index declaration_awaiting_arrival on declaration (state, transport_identification, lodged_at)
    where status = 'LODGED' and presented_at is null;
