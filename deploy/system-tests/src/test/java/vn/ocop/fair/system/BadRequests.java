package vn.ocop.fair.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests for an operation, drawn from one seeded {@link Random}: wrong types and huge values in
 * path and query parameters, operator-like parameter names, percent-encoded and double-encoded path
 * segments, broken or wrong-typed bodies and wrong content types. Ids in paths are random, never
 * those of stored data, and a body is never one the operation could accept, so nothing is changed.
 */
final class BadRequests {

    static final String TOO_LONG = "a".repeat(100_000);
    static final String LONG_MAX_PLUS_ONE = "9223372036854775808";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> PATH_WRONG_TYPES = List.of(
            "-1", "0", "1.5", "true", "null", "undefined", "NaN", "fuzz%20x", "%E1%BA%A1", "%7Bid%7D", "*", "'");
    private static final List<String> HUGE_VALUES = List.of(
            "1e30",
            LONG_MAX_PLUS_ONE,
            "-9223372036854775809",
            "9".repeat(400),
            "1e-400",
            "a".repeat(6_000),
            "b".repeat(20_000));
    private static final List<String> ENCODED_SEGMENTS = List.of(
            "%2e%2e",
            "%2e",
            "..%2f..%2factuator",
            "%252e%252e%252fadmin",
            "%2F",
            "%5C",
            "%00",
            "%25",
            "a%3Bb",
            "%2561",
            "%3Fx%3D1",
            "%23frag",
            "%C0%AE",
            "%FF",
            "%0d%0aX-Injected:%201");
    private static final List<String> OPERATOR_NAMES = List.of(
            "q.x",
            "q[$ne]",
            "size[0]",
            "$where",
            "page[size]",
            "sort[$gt]",
            "status[$regex]",
            "__proto__[x]",
            "constructor.prototype.x",
            "filter[$or][0][x]");
    private static final List<String> OPERATOR_VALUES =
            List.of("1", "{\"$gt\":\"\"}", "sleep(1000)", "this.a==1", ".*", "[]", "true");
    private static final List<String> WRONG_NUMBERS = List.of("abc", "1.5", "", "true", "0x10", "1,2", "-0", "NaN");
    private static final List<String> WRONG_BOOLEANS = List.of("maybe", "2", "", "yes please");
    private static final List<String> WRONG_STRINGS = List.of("NOT_A_VALUE", "", "\u0000", "2026-13-45", "' OR 1=1");

    private final Random random;

    BadRequests(Random random) {
        this.random = random;
    }

    /** {@code count} bad requests by {@code account}, each kind in turn, and one sent anonymously. */
    List<BadRequest> forOperation(ApiOperation operation, String account, int count) {
        List<Function<ApiOperation, Draft>> kinds = kindsFor(operation);
        List<BadRequest> requests = new ArrayList<>();
        requests.add(pick(kinds).apply(operation).by(operation, null));
        int first = random.nextInt(kinds.size());
        for (int i = 0; i < count; i++) {
            requests.add(kinds.get((first + i) % kinds.size()).apply(operation).by(operation, account));
        }
        return requests;
    }

    private List<Function<ApiOperation, Draft>> kindsFor(ApiOperation operation) {
        List<Function<ApiOperation, Draft>> kinds = new ArrayList<>();
        if (!operation.pathParameters().isEmpty()) {
            kinds.add(op -> pathValue(op, "path wrong type", pick(PATH_WRONG_TYPES)));
            kinds.add(op -> pathValue(op, "path huge value", pick(HUGE_VALUES)));
            kinds.add(op -> pathValue(op, "path encoded segment", pick(ENCODED_SEGMENTS)));
        }
        if (!operation.queryParameters().isEmpty()) {
            kinds.add(this::queryWrongType);
            kinds.add(this::queryHugeValue);
        }
        kinds.add(this::operatorNames);
        if (operation.hasBody()) {
            kinds.add(this::truncatedBody);
            kinds.add(this::wrongRootType);
            kinds.add(this::deeplyNestedBody);
            kinds.add(this::longStrings);
            kinds.add(this::wrongFieldType);
            kinds.add(this::hugeNumbers);
            kinds.add(this::wrongContentType);
        }
        return kinds;
    }

    // --- path and query

    private Draft pathValue(ApiOperation op, String kind, String value) {
        ApiOperation.Parameter parameter = pick(op.pathParameters());
        Map<String, String> values = randomIds(op);
        values.put(parameter.name(), value);
        return new Draft(
                kind, parameter.name() + "=" + value, path(op, values) + requiredQuery(op, null), harmlessBody(op));
    }

    private Draft queryWrongType(ApiOperation op) {
        ApiOperation.Parameter parameter = pick(op.queryParameters());
        String value = pick(wrongValuesFor(op.schemas().resolve(parameter.schema())));
        return queryDraft(op, "query wrong type", parameter.name(), value);
    }

    private Draft queryHugeValue(ApiOperation op) {
        ApiOperation.Parameter parameter = pick(op.queryParameters());
        return queryDraft(op, "query huge value", parameter.name(), pick(HUGE_VALUES));
    }

    private Draft queryDraft(ApiOperation op, String kind, String name, String value) {
        String query = requiredQuery(op, name);
        query += (query.isEmpty() ? "?" : "&") + encode(name) + "=" + encode(value);
        return new Draft(kind, name + "=" + value, path(op, randomIds(op)) + query, harmlessBody(op));
    }

    private Draft operatorNames(ApiOperation op) {
        StringBuilder query = new StringBuilder(requiredQuery(op, null));
        StringBuilder detail = new StringBuilder();
        List<String> names = new ArrayList<>(OPERATOR_NAMES);
        op.queryParameters().forEach(p -> names.add(p.name() + "[$ne]"));
        for (int i = 0; i < 2; i++) {
            String name = pick(names);
            String value = pick(OPERATOR_VALUES);
            query.append(query.length() == 0 ? '?' : '&')
                    .append(encode(name))
                    .append('=')
                    .append(encode(value));
            detail.append(detail.length() == 0 ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(value);
        }
        return new Draft("query operator names", detail.toString(), path(op, randomIds(op)) + query, harmlessBody(op));
    }

    private List<String> wrongValuesFor(JsonNode schema) {
        String type = type(schema);
        return switch (type) {
            case "integer", "number" -> WRONG_NUMBERS;
            case "boolean" -> WRONG_BOOLEANS;
            default -> WRONG_STRINGS;
        };
    }

    /** The required query parameters with plausible values, except {@code except}. */
    private String requiredQuery(ApiOperation op, String except) {
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter p : op.queryParameters()) {
            if (p.name().equals(except) || !p.required()) {
                continue;
            }
            JsonNode sample = sample(op, p.schema(), 0);
            query.append(query.length() == 0 ? '?' : '&')
                    .append(encode(p.name()))
                    .append('=')
                    .append(encode(sample.isValueNode() ? sample.asString() : "fuzz"));
        }
        return query.toString();
    }

    private Map<String, String> randomIds(ApiOperation op) {
        Map<String, String> values = new LinkedHashMap<>();
        op.pathParameters().forEach(p -> values.put(p.name(), "fuzz-" + Long.toHexString(random.nextLong())));
        return values;
    }

    private static String path(ApiOperation op, Map<String, String> values) {
        String path = op.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    // --- bodies

    private Draft truncatedBody(ApiOperation op) {
        String whole = json(sample(op, op.bodySchema(), 0));
        String cut = whole.substring(0, 1 + random.nextInt(Math.max(1, whole.length() - 1)));
        return bodyDraft(op, "body truncated JSON", cut, jsonType(op), cut);
    }

    private Draft wrongRootType(ApiOperation op) {
        JsonNode sample = sample(op, op.bodySchema(), 0);
        List<String> wrong = sample.isArray()
                ? List.of("{}", "\"fuzz\"", "42")
                : List.of("[" + json(sample) + "]", "\"fuzz\"", "42", "null", "[]", "true");
        String body = pick(wrong);
        return bodyDraft(op, "body wrong root type", body, jsonType(op), body);
    }

    private Draft deeplyNestedBody(ApiOperation op) {
        int depth = 2_000 + random.nextInt(3_000);
        String field = firstField(op).orElse("x");
        String body = random.nextBoolean()
                ? ("{\"" + field + "\":").repeat(depth) + "1" + "}".repeat(depth)
                : "[".repeat(depth) + "]".repeat(depth);
        return bodyDraft(op, "body nested deep", depth + " levels of " + body.substring(0, 10), jsonType(op), body);
    }

    private Draft longStrings(ApiOperation op) {
        JsonNode sample = sample(op, op.bodySchema(), 0);
        List<Leaf> strings = leaves(sample, JsonNode::isString);
        if (strings.isEmpty()) {
            return bodyDraft(
                    op, "body 100k-char strings", "as the whole body", jsonType(op), json(NODES.stringNode(TOO_LONG)));
        }
        // at most five long fields, to stay below the gateway's body limit (1 MB)
        List<Leaf> longOnes = strings.subList(0, Math.min(5, strings.size()));
        longOnes.forEach(leaf -> leaf.replaceWith(NODES.stringNode(TOO_LONG)));
        return bodyDraft(op, "body 100k-char strings", longOnes.size() + " fields", jsonType(op), json(sample));
    }

    private Draft wrongFieldType(ApiOperation op) {
        JsonNode sample = sample(op, op.bodySchema(), 0);
        List<Leaf> fields = leaves(sample, node -> true);
        if (fields.isEmpty()) {
            return wrongRootType(op);
        }
        Leaf leaf = pick(fields);
        JsonNode wrong = unconvertible(leaf.current());
        leaf.replaceWith(wrong);
        return bodyDraft(op, "body wrong field type", leaf.name() + "=" + json(wrong), jsonType(op), json(sample));
    }

    private Draft hugeNumbers(ApiOperation op) {
        JsonNode sample = sample(op, op.bodySchema(), 0);
        List<Leaf> numbers = leaves(sample, JsonNode::isNumber);
        String huge = pick(List.of("1e30", LONG_MAX_PLUS_ONE, "-9223372036854775809", "1e400"));
        if (numbers.isEmpty()) {
            return bodyDraft(op, "body huge numbers", huge + " as the whole body", jsonType(op), huge);
        }
        for (Leaf leaf : numbers) {
            leaf.replaceWith(NODES.stringNode("@huge@"));
        }
        String text = json(sample).replace("\"@huge@\"", huge);
        return bodyDraft(op, "body huge numbers", numbers.size() + " fields = " + huge, jsonType(op), text);
    }

    private Draft wrongContentType(ApiOperation op) {
        String sample = json(sample(op, op.bodySchema(), 0));
        String type = pick(List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/json; charset=ebcdic-fuzz",
                "multipart/form-data",
                "multipart/form-data; boundary=fuzz",
                "text/csv",
                "application/json-patch+json",
                "image/png"));
        String body = switch (type) {
            case "application/xml" -> "<fuzz><a>1</a></fuzz>";
            case "application/x-www-form-urlencoded" -> "a=1&b[$ne]=2";
            case "multipart/form-data; boundary=fuzz" ->
                "--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
                        + sample.substring(0, sample.length() / 2);
            case "text/csv" -> "\"unterminated,quote\n" + "x,".repeat(50);
            default -> sample.substring(0, Math.max(1, sample.length() - 1));
        };
        return bodyDraft(op, "body wrong content type", type, type, body);
    }

    private Draft bodyDraft(ApiOperation op, String kind, String detail, String contentType, String body) {
        return new Draft(kind, detail, path(op, randomIds(op)) + requiredQuery(op, null), new Body(contentType, body));
    }

    /** The operation's JSON media type, or its first one (a body kind then also has the wrong type). */
    private static String jsonType(ApiOperation op) {
        return op.bodyMediaTypes().stream()
                .filter(t -> t.contains("json"))
                .findFirst()
                .orElse("application/json");
    }

    /** An empty JSON object for an operation that reads a body: refused for its missing fields. */
    private static Body harmlessBody(ApiOperation op) {
        return op.hasBody() ? new Body(jsonType(op), "{}") : null;
    }

    private static JsonNode unconvertible(JsonNode node) {
        if (node.isObject()) {
            return NODES.booleanNode(true);
        }
        if (node.isArray()) {
            return NODES.objectNode().put("$ne", "");
        }
        if (node.isString()) {
            return NODES.objectNode().put("$gt", "");
        }
        return NODES.arrayNode().add(NODES.objectNode());
    }

    // --- samples of schemas

    /**
     * A value of the schema's shape: enums take their first value, strings a placeholder, so that one
     * changed field makes the body unreadable while the rest looks right.
     */
    private JsonNode sample(ApiOperation op, JsonNode schema, int depth) {
        JsonNode s = op.schemas().resolve(schema);
        if (s.has("allOf")) {
            return sample(op, s.get("allOf").get(0), depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (s.has(choice)) {
                return sample(op, s.get(choice).get(0), depth);
            }
        }
        if (s.has("enum") && !s.get("enum").isEmpty()) {
            return s.get("enum").get(0);
        }
        return switch (type(s)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property :
                            s.path("properties").properties()) {
                        object.set(property.getKey(), sample(op, property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(op, s.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default ->
                NODES.stringNode(
                        switch (s.path("format").asString("")) {
                            case "date" -> "2026-12-24";
                            case "date-time" -> "2026-12-24T09:00:00Z";
                            case "email" -> "fuzz@example.invalid";
                            case "uri", "url" -> "https://example.invalid/fuzz";
                            default -> "fuzz";
                        });
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private Optional<String> firstField(ApiOperation op) {
        JsonNode sample = sample(op, op.bodySchema(), 0);
        return sample.isObject() ? sample.propertyNames().stream().findFirst() : Optional.empty();
    }

    /** A value inside a sample, with the means to replace it. */
    private record Leaf(String name, JsonNode parent, String field, int index) {

        JsonNode current() {
            return parent.isObject() ? parent.get(field) : parent.get(index);
        }

        void replaceWith(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, value);
            }
        }
    }

    private static List<Leaf> leaves(JsonNode root, Predicate<JsonNode> wanted) {
        List<Leaf> found = new ArrayList<>();
        collect(root, "", wanted, found);
        return found;
    }

    private static void collect(JsonNode node, String at, Predicate<JsonNode> wanted, List<Leaf> found) {
        if (node instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(field);
                String name = at.isEmpty() ? field : at + "." + field;
                if (wanted.test(child)) {
                    found.add(new Leaf(name, object, field, -1));
                }
                collect(child, name, wanted, found);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String name = at + "[" + i + "]";
                if (wanted.test(array.get(i))) {
                    found.add(new Leaf(name, array, null, i));
                }
                collect(array.get(i), name, wanted, found);
            }
        }
    }

    // --- helpers

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A body and its media type. */
    record Body(String contentType, String text) {}

    /** A bad request before it is given its sender; {@code body} null for none. */
    record Draft(String kind, String detail, String target, Body body) {

        BadRequest by(ApiOperation operation, String account) {
            return new BadRequest(
                    operation,
                    kind,
                    detail,
                    target,
                    body == null ? null : body.contentType(),
                    body == null ? null : body.text(),
                    account);
        }
    }
}
