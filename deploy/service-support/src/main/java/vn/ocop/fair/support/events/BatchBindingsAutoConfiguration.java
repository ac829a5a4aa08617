package vn.ocop.fair.support.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters of the batch bindings, in the listener container instead of the binder
 * (the binder would dead-letter a whole batch): the record a batch reports by its index ({@link
 * BatchListenerFailedException}) is retried with the binding's back-off, then sent to the
 * binding's DLQ (through the binder's resolver; counted by the {@link DlqPartitionFunction}, as the
 * binder's own dead letters are), and the records before it count
 * as done; an unreadable record ({@link UnreadableEvent}) goes to the DLQ at once. Dead letters
 * carry the binder's headers ({@code x-original-topic}, {@code x-exception-message}…), which the
 * runbook reads. Record bindings keep the binder's own retries and DLQ. A batch consumer reports
 * the failing record as {@link EventRoutes#batchConsumer()} does.
 */
@AutoConfiguration
@ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
public class BatchBindingsAutoConfiguration {

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer batchRetriesAndDeadLetters(
            KafkaProperties kafka, ObjectProvider<DlqPartitionFunction> deadLetterCounter) {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            private KafkaTemplate<byte[], byte[]> deadLetters;

            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff) {
                // record bindings: the binder retries and dead-letters
            }

            @Override
            public void configure(
                    AbstractMessageListenerContainer<?, ?> container,
                    String destinationName,
                    String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                    BackOff backOff,
                    ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
                if (!properties.isBatchMode()) {
                    return;
                }
                DeadLetterPublishingRecoverer recoverer = null;
                if (dlqDestinationResolver != null) {
                    // the binder's resolver does not consult the DlqPartitionFunction, which counts dead letters
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> counted = (record, failure) -> {
                        deadLetterCounter.ifAvailable(counter -> counter.apply(group, record, failure));
                        return dlqDestinationResolver.apply(record, failure);
                    };
                    recoverer = new DeadLetterPublishingRecoverer(template(), counted);
                    recoverer.setHeadersFunction(BatchBindingsAutoConfiguration::binderHeaders);
                }
                DefaultErrorHandler handler = recoverer == null
                        ? new DefaultErrorHandler(backOff == null ? new FixedBackOff(0L, 0L) : backOff)
                        : new DefaultErrorHandler(recoverer, backOff == null ? new FixedBackOff(0L, 0L) : backOff);
                handler.addNotRetryableExceptions(UnreadableEvent.class);
                container.setCommonErrorHandler(handler);
            }

            private synchronized KafkaTemplate<byte[], byte[]> template() {
                if (deadLetters == null) {
                    Map<String, Object> producer = kafka.buildProducerProperties();
                    deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                            producer, new ByteArraySerializer(), new ByteArraySerializer()));
                }
                return deadLetters;
            }
        };
    }

    /** What the binder's own dead letters carry, so a DLQ reads the same whatever the binding's mode. */
    static Headers binderHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof UnreadableEvent)) {
            if (cause instanceof BatchListenerFailedException) {
                cause = cause.getCause(); // what the handler threw
                break;
            }
            cause = cause.getCause();
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-original-topic", record.topic().getBytes(UTF_8));
        headers.add(
                "x-original-partition",
                ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add(
                "x-original-offset",
                ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        headers.add("x-exception-fqcn", cause.getClass().getName().getBytes(UTF_8));
        headers.add("x-exception-message", String.valueOf(cause.getMessage()).getBytes(UTF_8));
        return headers;
    }
}
