-- wrk script: submit a traveller's health declaration per request, as a traveller-facing system would:
-- the body of bench/health-declaration-body.jq read from the file named by JUXTA_BENCH_BODY, each request
-- with its own Idempotency-Key (a reused key would answer the first declaration again, unscreened). Every
-- answer must be 201.
dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua")
expected_status = 201

local file = assert(io.open(os.getenv("JUXTA_BENCH_BODY"), "r"))
local body = file:read("*a")
file:close()

-- The second this wrk run started: a later run starts in a later second, so its keys are new too.
local run = os.time()
local counter = 0

request = function()
    counter = counter + 1
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = string.format("health-%d-%d-%d", run, id, counter),
    }, body)
end
