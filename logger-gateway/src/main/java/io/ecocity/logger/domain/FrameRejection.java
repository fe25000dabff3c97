package io.ecocity.logger.domain;

/** Why bytes from a data logger were skipped; the name is the {@code reason} tag of the rejection counter. */
public enum FrameRejection {
    /** The four characters after {@code ##} are not a decimal length, or the frame does not end where it says. */
    BAD_LENGTH("bad-length"),
    BAD_CRC("bad-crc"),
    /** A frame cut short: the next {@code ##} began inside it, or it stayed incomplete past the frame timeout. */
    TRUNCATED("truncated"),
    /** A declared length above the configured maximum frame. */
    OVERSIZED("oversized"),
    /** Bytes between frames that are not a frame. */
    GARBAGE("garbage"),
    /** A well-framed data segment whose fields are not those of HJ 212-2017. */
    BAD_SEGMENT("bad-segment"),
    UNKNOWN_DEVICE("unknown-device"),
    WRONG_PASSWORD("wrong-password"),
    /** A piece of a split packet dropped: too many pieces, too many pending, or the rest never came. */
    REASSEMBLY("reassembly"),
    UNSUPPORTED_COMMAND("unsupported-command"),
    /** The packet could not be stored (the database refused or was away); it is not acknowledged. */
    STORAGE_FAILURE("storage-failure");

    private final String tag;

    FrameRejection(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
