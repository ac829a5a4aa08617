package vn.ocop.fair.order.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxRelay;

@Configuration(proxyBeanMethods = false)
class OutboxConfig {

    @Bean
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> producers, OrderProperties properties) {
        return KafkaOutboxPublisher.using(producers, properties.outbox().ackTimeout());
    }

    @Bean
    OutboxRelay orderOutboxRelay(
            Orders orders, OutboxPublisher publisher, OrderProperties properties, MeterRegistry meters) {
        OrderProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(orders.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }
}
