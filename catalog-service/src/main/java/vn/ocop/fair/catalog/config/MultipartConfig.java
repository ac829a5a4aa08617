package vn.ocop.fair.catalog.config;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.catalog.CatalogProperties;

/** Form uploads (the CSV import's {@code file} part) take the import's size limit, not Boot's 1 MB default. */
@Configuration(proxyBeanMethods = false)
class MultipartConfig {

    private static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(CatalogProperties properties) {
        long max = properties.importing().maxSize().toBytes();
        return new MultipartConfigElement("", max, max + FORM_OVERHEAD, 0);
    }
}
