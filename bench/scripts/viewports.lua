-- wrk script: each request asks for a different viewport of the dataset, like planners panning
-- the map. Set by web-load.sh: DATASET, BBOX (minLon,minLat,maxLon,maxLat of the data), MODE
-- (areas | districts | mixed | whatif).
local dataset = os.getenv("DATASET")
local mode = os.getenv("MODE") or "mixed"
local minLon, minLat, maxLon, maxLat = string.match(os.getenv("BBOX"), "([^,]+),([^,]+),([^,]+),([^,]+)")
minLon, minLat, maxLon, maxLat = tonumber(minLon), tonumber(minLat), tonumber(maxLon), tonumber(maxLat)
local categories = { "elderly_care", "childcare", "convenience" }
local counter = 0
-- what-if proposals go to points known to be near a walkable way (POINTS: "lon lat;lon lat;...")
local points = {}
for lon, lat in string.gmatch(os.getenv("POINTS") or "", "([%d%.%-]+) ([%d%.%-]+)") do
  table.insert(points, { tonumber(lon), tonumber(lat) })
end

local function viewport()
  -- a view of about 1.5 x 1 km somewhere in the data, at zoom 15 or 16
  local w, h = 0.016, 0.009
  local lon = minLon + math.random() * math.max(0, (maxLon - minLon) - w)
  local lat = minLat + math.random() * math.max(0, (maxLat - minLat) - h)
  return string.format("%.6f,%.6f,%.6f,%.6f", lon, lat, lon + w, lat + h), 15 + (counter % 2)
end

request = function()
  counter = counter + 1
  local category = categories[(counter % 3) + 1]
  if mode == "whatif" then
    local point = points[(counter % #points) + 1]
    local lon, lat = point[1], point[2]
    local body = string.format('{"category":"%s","proposals":[{"category":"%s","name":"p","lon":%.6f,"lat":%.6f}]}',
      category, category, lon, lat)
    return wrk.format("POST", "/api/datasets/" .. dataset .. "/whatif", { ["Content-Type"] = "application/json" }, body)
  end
  if mode == "districts" or (mode == "mixed" and counter % 2 == 0) then
    return wrk.format("GET", "/api/datasets/" .. dataset .. "/districts?category=" .. category)
  end
  local bbox, zoom = viewport()
  return wrk.format("GET", "/api/datasets/" .. dataset .. "/areas?bbox=" .. bbox .. "&zoom=" .. zoom)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
    .. "socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
