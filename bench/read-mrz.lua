-- wrk script: read the machine-readable zone of a passport (ICAO Doc 9303 specimen), a call that
-- checks the token and the role and computes, but touches no database: the fixed cost of a request.
-- The token comes from the environment (JUXTA_BENCH_TOKEN).
local token = os.getenv("JUXTA_BENCH_TOKEN")
local body = '{"lines":["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",'
    .. '"L898902C36UTO7408122F1204159ZE184226B<<<<<10"]}'

request = function()
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    }, body)
end

local failures = 0
response = function(status, headers, body)
    if status ~= 200 then
        failures = failures + 1
        if failures <= 3 then
            io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
        end
    end
end
