package vn.ocop.fair.order.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the order sweeper (expiry and PENDING reconciliation). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
