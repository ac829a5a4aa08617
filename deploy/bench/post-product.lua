-- wrk: POST a product listing with a bearer token (TOKEN from the environment)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local n = 0
request = function()
  n = n + 1
  local body = string.format(
    '{"name":"Khăn lụa bench %d","group":"HANDICRAFT","stars":4,"priceVnd":150000,"unit":"chiếc","certificate":{"decisionNumber":"1521/QĐ-UBND","issuingBody":"UBND TP Hà Nội","issuedOn":"2025-04-12"},"producerId":"htx-lua-van-phuc"}', n)
  return wrk.format(nil, nil, nil, body)
end
