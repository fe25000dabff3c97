package io.ecocity.logger.domain;

/** A data segment that is framed correctly but does not hold the fields HJ 212-2017 requires. */
public class MalformedPacketException extends RuntimeException {

    public MalformedPacketException(String message) {
        super(message);
    }
}
