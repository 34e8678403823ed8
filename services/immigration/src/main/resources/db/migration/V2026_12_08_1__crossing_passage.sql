-- The one-stop border post's passage a crossing was recorded in, a reference given by the officer, copied
-- into the crossing's outbox rows so that the state's OSBP relay matches each outcome to its passage.
alter table crossing add column passage_id uuid;
alter table crossing_outcome add column passage_id uuid;
