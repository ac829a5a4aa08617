-- wrk: POST /api/orders as a signed-in customer (TOKEN and PRODUCT from the environment), one
-- delivery of one unit per order, each with an Idempotency-Key of its own: unique per run (RUN),
-- per wrk thread and per request, so no request is answered as a replay
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local run = os.getenv("RUN") or tostring(os.time())
local n = 0
local body = string.format(
  '{"lines":[{"productId":"%s","quantity":1}],'
    .. '"fulfilment":{"method":"DELIVERY","address":{"recipient":"Nguyễn Văn An","phone":"0912345678",'
    .. '"street":"12 Hàng Bạc","commune":"Phường Hàng Bạc","province":"Hà Nội"}},'
    .. '"contact":{"name":"Nguyễn Văn An","phone":"0912345678","email":"an.nguyen@example.vn"}}',
  os.getenv("PRODUCT"))

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

request = function()
  n = n + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%s-%s-%d", run, id, n)
  return wrk.format(nil, nil, nil, body)
end
