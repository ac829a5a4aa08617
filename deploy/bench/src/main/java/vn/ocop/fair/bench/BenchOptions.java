package vn.ocop.fair.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run does; every value has a flag ({@code --name=value}), {@code --quick} lowers the defaults.
 *
 * @param keyFile the JWK the gateway's local issuer signs with (the bench signs customers' tokens with it)
 * @param gateway the gateway's base URL; {@code catalog}, {@code order} the services' own
 * @param notificationActuator notification-service's management URL (its {@code /actuator/prometheus} is read)
 * @param mongo the wire server every service uses
 * @param connections connections of the closed-loop HTTP and driver runs
 * @param seconds length of each measured closed-loop run
 * @param warmup length of each warm-up run (before the first pass only)
 * @param saturationConnections clients placing orders as fast as they can for placed vs final orders/s
 * @param saturationSeconds how long they place orders
 * @param rate orders/s offered by the open loop
 * @param sagaSeconds how long the open loop offers them
 * @param stored stored orders before the second pass (seeded by insertMany up to this many)
 * @param buyers distinct customers in the flash sale
 * @param units flash-deal units (and the flash product's whole stock)
 * @param raceThreads clients sending the flash sale's orders at once
 * @param settleTimeout how long to wait for the saga (and the notification backlog) between phases
 * @param notificationTimeout how long to wait for the notifications of every order at the end
 */
record BenchOptions(
        Path keyFile,
        String gateway,
        String catalog,
        String order,
        String notificationActuator,
        String mongo,
        int connections,
        Duration seconds,
        Duration warmup,
        int saturationConnections,
        Duration saturationSeconds,
        int rate,
        Duration sagaSeconds,
        int stored,
        int buyers,
        int units,
        int raceThreads,
        Duration settleTimeout,
        Duration notificationTimeout) {

    static final String USAGE = """
            fair-day bench options (--name=value):
              --quick                     shorter runs: 8 s closed loops, 15 s warm-up, 20 s open loop,
                                          10 s saturation, 2,000 flash buyers
              --connections=8             closed-loop connections (HTTP and raw driver)
              --seconds=20                each closed-loop run
              --warmup=30                 each warm-up run (first pass only)
              --saturation-connections=32 --saturation-seconds=30
              --rate=100 --saga-seconds=60   the open loop (orders/s offered, for how long)
              --stored=50000              stored orders before the second pass (seeded)
              --buyers=10000 --units=100 --race-threads=64   the flash sale
              --settle-timeout=120 --notification-timeout=600   seconds
              --key=FILE --gateway=URL --catalog=URL --order=URL --notification=URL --mongo=URI
            """;

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "\n" + USAGE);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", "");
        values.put("gateway", "http://localhost:8080");
        values.put("catalog", "http://localhost:8081");
        values.put("order", "http://localhost:8082");
        values.put("notification", "http://localhost:8094"); // its management port
        values.put("mongo", "mongodb://127.0.0.1:27017");
        values.put("connections", "8");
        values.put("seconds", quick ? "8" : "20");
        values.put(
                "warmup",
                quick
                        ? "15"
                        : "30"); // C2 keeps compiling for minutes after start: pass 1 ran half as fast as pass 2 with 4
        // s
        values.put("saturation-connections", "32");
        values.put("saturation-seconds", quick ? "10" : "30");
        values.put("rate", "100");
        values.put("saga-seconds", quick ? "20" : "60");
        values.put("stored", "50000");
        values.put("buyers", quick ? "2000" : "10000");
        values.put("units", "100");
        values.put("race-threads", "64");
        values.put("settle-timeout", "120");
        values.put("notification-timeout", "600");
        for (Map.Entry<String, String> g : given.entrySet()) {
            if (!values.containsKey(g.getKey())) {
                throw new IllegalArgumentException("Unknown option --" + g.getKey() + "\n" + USAGE);
            }
            values.put(g.getKey(), g.getValue());
        }
        if (values.get("key").isEmpty()) {
            throw new IllegalArgumentException("--key=FILE is required: the local issuer's signing key\n" + USAGE);
        }
        BenchOptions options = new BenchOptions(
                Path.of(values.get("key")),
                values.get("gateway"),
                values.get("catalog"),
                values.get("order"),
                values.get("notification"),
                values.get("mongo"),
                positive(values, "connections"),
                Duration.ofSeconds(positive(values, "seconds")),
                Duration.ofSeconds(Integer.parseInt(values.get("warmup"))),
                positive(values, "saturation-connections"),
                Duration.ofSeconds(positive(values, "saturation-seconds")),
                positive(values, "rate"),
                Duration.ofSeconds(positive(values, "saga-seconds")),
                Integer.parseInt(values.get("stored")),
                positive(values, "buyers"),
                positive(values, "units"),
                positive(values, "race-threads"),
                Duration.ofSeconds(positive(values, "settle-timeout")),
                Duration.ofSeconds(positive(values, "notification-timeout")));
        if (options.buyers() <= options.units()) {
            throw new IllegalArgumentException("--buyers must be more than --units: it is a race");
        }
        return options;
    }

    private static int positive(Map<String, String> values, String name) {
        int value = Integer.parseInt(values.get(name));
        if (value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive");
        }
        return value;
    }
}
