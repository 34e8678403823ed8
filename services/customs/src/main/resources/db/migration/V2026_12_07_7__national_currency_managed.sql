-- A state's national currency is recorded by its tariff managers when the state is set up (it was only ever
-- inserted by V2026_12_07_5 for MNG and CHN); row-level security keeps each state to its own row.
grant insert, update (currency) on national_currency to ${app_role};
