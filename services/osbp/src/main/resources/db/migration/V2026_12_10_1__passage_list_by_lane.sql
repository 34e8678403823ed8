-- A lane's passages, newest first (GET /api/osbp/passages?lane=...), read along this index and stopped at the
-- page's end; along passage_by_arrival a quiet lane's few passages would be looked for among every lane's.
create index passage_by_lane on passage (lane_code, arrived_at desc, id desc);
