package io.ecocity.events;

/** Kafka header names of CloudEvents 1.0 binary mode, and the suite's own dead-letter headers. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    /** Why a message was sent to a dead-letter topic. */
    public static final String DLQ_REASON = "dlq_reason";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq_original_offset";
    public static final String DLQ_CONSUMER = "dlq_consumer";

    private CloudEventHeaders() {
    }
}
