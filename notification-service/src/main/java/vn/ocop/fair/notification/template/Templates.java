package vn.ocop.fair.notification.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.notification.NotificationType;

/**
 * Renders {@code templates/notifications/<type>.<vi|en>.mustache} (JMustache, no HTML escaping:
 * plain-text e-mail and feed). A template's first line is the subject, the rest the body.
 */
@Component
public class Templates {

    public static final String VI = "vi";
    public static final String EN = "en";

    private final Mustache.Compiler compiler =
            Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public Rendered render(NotificationType type, String language, Map<String, Object> model) {
        String lang = EN.equals(language) ? EN : VI;
        String text = compiled.computeIfAbsent(type.template() + "." + lang, this::compile)
                .execute(model)
                .strip();
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return new Rendered(text, "");
        }
        return new Rendered(
                text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    private Template compile(String name) {
        ClassPathResource file = new ClassPathResource("templates/notifications/" + name + ".mustache");
        try (InputStream in = file.getInputStream()) {
            return compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No template " + file.getPath(), e);
        }
    }
}
