package vn.ocop.fair.catalog.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.catalog.reservation.Reservations;
import vn.ocop.fair.catalog.stock.Stocks;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxRelay;

@Configuration(proxyBeanMethods = false)
class OutboxConfig {

    @Bean
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> producers, CatalogProperties properties) {
        return KafkaOutboxPublisher.using(producers, properties.outbox().ackTimeout());
    }

    @Bean
    @Primary // the catalogue's; the stock and reservation relays are injected by name
    OutboxRelay productOutboxRelay(
            Products products, OutboxPublisher publisher, CatalogProperties properties, MeterRegistry meters) {
        CatalogProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(products.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }

    @Bean
    OutboxRelay stockOutboxRelay(
            Stocks stocks, OutboxPublisher publisher, CatalogProperties properties, MeterRegistry meters) {
        CatalogProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(stocks.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }

    @Bean
    OutboxRelay reservationOutboxRelay(
            Reservations reservations, OutboxPublisher publisher, CatalogProperties properties, MeterRegistry meters) {
        CatalogProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(reservations.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }
}
