-- wrk script: POST a new crossing per request, each with its own document number, as an agency's
-- e-gate system would. Every answer must be 201.
dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua")
expected_status = 201

local counter = 0

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
