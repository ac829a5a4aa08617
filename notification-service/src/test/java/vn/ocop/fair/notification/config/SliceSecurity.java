package vn.ocop.fair.notification.config;

import org.springframework.context.annotation.Import;

/** The service's own filter chain (package-private here), for the controllers' {@code @WebMvcTest} slices. */
@Import(SecurityConfig.class)
public class SliceSecurity {}
