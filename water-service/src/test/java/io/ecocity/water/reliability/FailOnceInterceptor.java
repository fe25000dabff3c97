package io.ecocity.water.reliability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Configured as {@code kafka.interceptor.classes} in a test profile, so it reaches every Kafka client built from the
 * configuration: the first send of a record whose value contains a registered marker is sent to a topic name Kafka
 * refuses, so that one send fails (InvalidTopicException, which the relay takes for a failure it may retry) while the
 * records around it go through; the retry of the same record goes to its real topic. A record too large is no longer
 * a way to fail one send: the relay parks it for good. Consumers pass.
 */
public class FailOnceInterceptor implements ProducerInterceptor<String, String>, ConsumerInterceptor<String, String> {

    private static final Set<String> MARKERS = ConcurrentHashMap.newKeySet();

    static void failOnce(String marker) {
        MARKERS.add(marker);
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        for (String marker : MARKERS) {
            if (record.value() != null && record.value().contains(marker) && MARKERS.remove(marker)) {
                return new ProducerRecord<>("not a valid topic name", record.partition(), record.timestamp(),
                        record.key(), record.value(), record.headers());
            }
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public ConsumerRecords<String, String> onConsume(ConsumerRecords<String, String> records) {
        return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
