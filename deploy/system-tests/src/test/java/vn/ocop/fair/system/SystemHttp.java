package vn.ocop.fair.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.fair.local.LocalSystem;

/** Plain HTTP against the running system: GETs, demo accounts' tokens, a product listing, a field of a JSON answer. */
final class SystemHttp {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Long enough for a cold service's first answer; a request never waits forever. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SystemHttp() {}

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A token from the gateway's local issuer for a demo account (README.md). */
    static String token(LocalSystem system, String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/auth/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo123"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return field(answer.body(), "access_token");
    }

    /**
     * Listing a silk scarf of Vạn Phúc's (with its OCOP certificate) through the gateway: the request,
     * to which a caller adds its own headers (a token, a request id).
     */
    static HttpRequest.Builder productListing(LocalSystem system, String name, long priceVnd) {
        String product = """
            {"producerId":"htx-lua-van-phuc","name":"%s","group":"HANDICRAFT",
             "stars":4,"priceVnd":%d,"unit":"chiếc",
             "certificate":{"decisionNumber":"1521/QĐ-UBND","issuingBody":"UBND TP Hà Nội","issuedOn":"2025-04-12"}}
            """.formatted(name, priceVnd);
        return HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/api/catalog/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(product));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }
}
