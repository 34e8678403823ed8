-- wrk script: POST a new crossing per request, each with its own document number, as an agency's
-- e-gate system would. The token comes from the environment (JUXTA_BENCH_TOKEN).
local token = os.getenv("JUXTA_BENCH_TOKEN")
local counter = 0
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("id", thread_id)
end

function init(args)
    math.randomseed(os.time() + id)
end

request = function()
    counter = counter + 1
    local number = string.format("B%02d%09d", id, counter)
    local body = '{"direction":"ENTRY","traveller":{"surname":"Batbayar","givenNames":"Odgerel",'
        .. '"nationality":"MNG","dateOfBirth":"1988-04-12","sex":"F"},"document":{"type":"PASSPORT",'
        .. '"number":"' .. number .. '","issuingState":"MNG","expiryDate":"2031-06-30"}}'
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    }, body)
end

local failures = 0
response = function(status, headers, body)
    if status ~= 201 then
        failures = failures + 1
        if failures <= 3 then
            io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
        end
    end
end
