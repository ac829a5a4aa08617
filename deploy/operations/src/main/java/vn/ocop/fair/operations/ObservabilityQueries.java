package vn.ocop.fair.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The queries of {@code deploy/observability}: every dashboard panel's and every rule's. */
public final class ObservabilityQueries {

    private final Path root;

    /** @param root the repository root */
    public ObservabilityQueries(Path root) {
        this.root = root;
    }

    public Path observability() {
        return root.resolve("deploy/observability");
    }

    public List<Path> dashboards() {
        return files(observability().resolve("grafana/dashboards"), ".json");
    }

    public List<Path> ruleFiles() {
        return files(observability().resolve("prometheus/rules"), ".yml");
    }

    public List<Query> dashboardQueries() {
        JsonMapper json = JsonMapper.builder().build();
        List<Query> queries = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = json.readTree(file.toFile());
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new Query(
                            file.getFileName().toString(),
                            panel.path("title").asString(),
                            target.path("expr").asString()));
                }
            }
        }
        return queries;
    }

    /** Every rule, as parsed YAML: {@code alert} or {@code record}, {@code expr}, annotations. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : ruleFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                Map<String, Object> doc = new Yaml().load(in);
                for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
                    rules.addAll((List<Map<String, Object>>) group.get("rules"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rules;
    }

    public List<Query> ruleQueries() {
        return rules().stream()
                .map(rule -> new Query(
                        "rules",
                        String.valueOf(rule.getOrDefault("alert", rule.get("record"))),
                        String.valueOf(rule.get("expr"))))
                .toList();
    }

    public List<Query> all() {
        List<Query> all = new ArrayList<>(dashboardQueries());
        all.addAll(ruleQueries());
        return all;
    }

    /** What the services must expose: every name queried, minus the rules' own recordings and {@code up}. */
    public Set<String> metricNamesNeeded() {
        Set<String> recorded = new TreeSet<>();
        rules().stream()
                .filter(rule -> rule.containsKey("record"))
                .forEach(rule -> recorded.add(String.valueOf(rule.get("record"))));
        Set<String> needed = new TreeSet<>();
        all().forEach(query -> needed.addAll(PromQl.metricNames(query.expression())));
        needed.removeAll(recorded);
        needed.remove("up"); // Prometheus' own, per target
        return needed;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
