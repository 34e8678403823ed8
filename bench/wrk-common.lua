-- What every wrk script of bench/ shares, loaded with dofile(os.getenv("JUXTA_BENCH_DIR") .. "/wrk-common.lua"):
-- the token from the environment (JUXTA_BENCH_TOKEN), a number per thread (id) so that each thread
-- makes its own unique values, and a check of every answer against the status the script expects
-- (expected_status, set by the script): the first three others are written to stderr, and their count
-- is printed after wrk's figures as "Unexpected answers: N".
token = os.getenv("JUXTA_BENCH_TOKEN")
expected_status = 200

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
end

unexpected = 0

function response(status, headers, body)
    if status ~= expected_status then
        unexpected = unexpected + 1
        if unexpected <= 3 then
            io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
        end
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("unexpected")
    end
    io.write("Unexpected answers: " .. total .. "\n")
end
