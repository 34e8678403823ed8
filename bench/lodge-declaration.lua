-- wrk script: lodge a new goods declaration per request, as a broker's system would: the body of
-- bench/declaration-body.jq read from the file named by JUXTA_BENCH_BODY, each request with its own
-- local reference (the service answers 409 to a reused one) and its own Idempotency-Key. Every answer
-- must be 201.
dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua")
expected_status = 201

local file = assert(io.open(os.getenv("JUXTA_BENCH_BODY"), "r"))
local template = file:read("*a")
file:close()
local at = assert(template:find("@LRN@", 1, true), "no @LRN@ in the body")
local before, after = template:sub(1, at - 1), template:sub(at + 5)

-- The second this wrk run started: a later run starts in a later second, so its references are new too.
local run = os.time()
local counter = 0

request = function()
    counter = counter + 1
    -- L, ten digits, thread, seven digits: 21 characters, within the contract's 22.
    local reference = string.format("L%010d-%d-%07d", run, id, counter)
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = "lodge-" .. reference,
    }, before .. reference .. after)
end
