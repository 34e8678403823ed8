-- wrk script: verify a health certificate's QR code per request, as a health officer's scanner would:
-- the payloads of bench/health-certificates.py read from the file named by JUXTA_BENCH_PAYLOADS, one a
-- line, each thread going through all of them from its own starting point. Every answer must be 200
-- with the result VALID: a 200 with another result counts as unexpected too.
dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua")

local bodies = {}
for line in io.lines(os.getenv("JUXTA_BENCH_PAYLOADS")) do
    table.insert(bodies, '{"payload":"' .. line .. '"}')
end
assert(#bodies > 0, "no payloads in " .. os.getenv("JUXTA_BENCH_PAYLOADS"))

local next_body

request = function()
    if next_body == nil then
        -- Threads start a prime stride apart, so they do not send the same payloads at the same time.
        next_body = ((id - 1) * 997) % #bodies + 1
    end
    local body = bodies[next_body]
    next_body = next_body % #bodies + 1
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    }, body)
end

local check_status = response
response = function(status, headers, body)
    if status == expected_status and not body:find('"result":"VALID"', 1, true) then
        unexpected = unexpected + 1
        if unexpected <= 3 then
            io.stderr:write("not VALID: " .. body .. "\n")
        end
        return
    end
    check_status(status, headers, body)
end
