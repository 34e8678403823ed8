-- wrk script: read the machine-readable zone of a passport (ICAO Doc 9303 specimen), a call that
-- checks the token and the role and computes, but touches no database: the fixed cost of a request.
dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua")

local body = '{"lines":["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",'
    .. '"L898902C36UTO7408122F1204159ZE184226B<<<<<10"]}'

request = function()
    return wrk.format("POST", nil, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
    }, body)
end
