package vn.ocop.fair.event.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ExhibitorMetrics#refresh()} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExhibitorMetricsSchedule {}
