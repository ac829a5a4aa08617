package vn.ocop.fair.event.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The demo fairs of a local run, switched on by {@code ocop.event.demo-data} (the {@code local}
 * profile sets it): without it nothing of this package is loaded.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ocop.event.demo-data")
@Import({DemoExhibitors.class, DemoOffers.class, DemoFairs.class, DemoFairsStart.class})
class DemoData {}
