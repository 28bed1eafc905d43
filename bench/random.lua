-- wrk script: each request takes a random path from the file given after "--" (one path a
-- line), so a run spreads over the whole set, as crawlers and search referrals do.
local paths = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads * 7919 + os.time())
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

dofile("bench/report.lua")
