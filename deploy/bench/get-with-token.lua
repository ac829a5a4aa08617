-- wrk: GET with a bearer token (TOKEN from the environment), as a signed-in customer browses
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
