package vn.ocop.fair.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as much of it as the fuzz test needs: where it is,
 * its path and query parameters, the body it reads and the media types it answers with. Schemas are
 * kept with their {@code $ref}s resolved against the document they came from.
 */
record ApiOperation(
        String service,
        String method,
        String path,
        List<Parameter> pathParameters,
        List<Parameter> queryParameters,
        List<String> bodyMediaTypes,
        JsonNode bodySchema,
        List<String> answerMediaTypes,
        Schemas schemas) {

    /** A path or query parameter and its schema. */
    record Parameter(String name, boolean required, JsonNode schema) {}

    /** The components of one document, to follow {@code $ref}s. */
    record Schemas(JsonNode components) {

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
                String ref = current.get("$ref").asString();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return current;
        }
    }

    String name() {
        return method + " " + path;
    }

    boolean hasBody() {
        return !bodyMediaTypes.isEmpty();
    }

    boolean isRead() {
        return method.equals("GET");
    }

    /** A server-sent event stream never ends: the fuzz test leaves it alone. */
    boolean streams() {
        return answerMediaTypes.contains("text/event-stream");
    }

    /** Every operation of one OpenAPI document, in the document's order. */
    static List<ApiOperation> allOf(String service, JsonNode document) {
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations.add(of(service, method.getKey().toUpperCase(), path.getKey(), method.getValue(), schemas));
            }
        }
        return operations;
    }

    private static ApiOperation of(String service, String method, String path, JsonNode operation, Schemas schemas) {
        List<Parameter> inPath = new ArrayList<>();
        List<Parameter> inQuery = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = schemas.resolve(parameter);
            Parameter p = new Parameter(
                    resolved.path("name").asString(),
                    resolved.path("required").asBoolean(false),
                    schemas.resolve(resolved.path("schema")));
            switch (resolved.path("in").asString()) {
                case "path" -> inPath.add(p);
                case "query" -> inQuery.add(p);
                default -> {}
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        List<String> bodyTypes = names(content);
        JsonNode bodySchema = bodyTypes.isEmpty()
                ? content
                : schemas.resolve(content.path(bodyTypes.get(0)).path("schema"));
        List<String> answerTypes = new ArrayList<>();
        for (JsonNode answer : operation.path("responses")) {
            answerTypes.addAll(names(answer.path("content")));
        }
        return new ApiOperation(service, method, path, inPath, inQuery, bodyTypes, bodySchema, answerTypes, schemas);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
