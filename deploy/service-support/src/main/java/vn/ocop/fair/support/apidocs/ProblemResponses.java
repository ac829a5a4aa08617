package vn.ocop.fair.support.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Turns springdoc's defaults into a document a client can use: tags named after the resource
 * ("Fairs", not "fair-controller"), a summary for every operation, JSON instead of {@code *}{@code /*},
 * and the RFC 9457 problem answers each operation can give: 400 and 422 when it takes a body, 404
 * when its path names a resource, 401 and 403 when it writes.
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        if (api.getComponents().getSchemas() == null
                || !api.getComponents().getSchemas().containsKey("ProblemDetail")) {
            api.getComponents().addSchemas("ProblemDetail", problemDetail());
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        if (api.getTags() != null) {
            List<Tag> tags = new ArrayList<>();
            for (Tag tag : api.getTags()) {
                String name = tagName(tag.getName());
                renamed.put(tag.getName(), name);
                tags.add(tag.name(name));
            }
            api.setTags(tags);
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getTags() != null) {
                        operation.setTags(operation.getTags().stream()
                                .map(t -> renamed.getOrDefault(t, tagName(t)))
                                .toList());
                    }
                    if (operation.getSummary() == null && operation.getOperationId() != null) {
                        operation.setSummary(summary(operation.getOperationId()));
                    }
                    answers(path, method, operation);
                }));
    }

    private static Schema<Object> problemDetail() {
        Schema<Object> schema = new Schema<>();
        schema.type("object")
                .description("RFC 9457 problem details")
                .addProperty("type", new Schema<String>().type("string").format("uri"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string"))
                .addProperty("instance", new Schema<String>().type("string").format("uri"));
        return schema;
    }

    private static void answers(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        responses.values().forEach(ProblemResponses::jsonInsteadOfAnything);
        if (operation.getRequestBody() != null) {
            problem(responses, "400", "The body is not valid JSON, or a field has the wrong type");
            problem(responses, "422", "The request breaks a rule; `detail` says which");
        } else if (operation.getParameters() != null
                && !operation.getParameters().isEmpty()) {
            problem(responses, "400", "A parameter has the wrong type or is out of range");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or not one the caller may see");
        }
        if (method != PathItem.HttpMethod.GET) {
            problem(responses, "401", "No token, or an expired or forged one");
            problem(responses, "403", "The token's role may not do this");
        }
    }

    private static void jsonInsteadOfAnything(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType any = content.remove("*/*");
            content.addMediaType("application/json", any);
        }
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(
                status,
                s -> new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }

    /** "fair-controller" → "Fairs"; "booth-application-controller" → "Booth applications". */
    static String tagName(String tag) {
        String base = tag.endsWith("-controller") ? tag.substring(0, tag.length() - "-controller".length()) : tag;
        if (base.equals(tag)) {
            return tag;
        }
        String words = base.replace('-', ' ');
        String plural = words.endsWith("s")
                ? words
                : words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    /** "placeOrder" → "Place order"; springdoc's "_1" suffix of a repeated name is dropped. */
    static String summary(String operationId) {
        String id = operationId.replaceAll("_\\d+$", "");
        String words = id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
