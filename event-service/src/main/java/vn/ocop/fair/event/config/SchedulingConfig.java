package vn.ocop.fair.event.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} work: the fair scheduler and the fairs-by-status metric. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
