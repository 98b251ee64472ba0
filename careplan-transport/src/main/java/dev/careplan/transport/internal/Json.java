package dev.careplan.transport.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper of the relay's wire format: unit manifests, inbox lists, statuses and errors. File bytes never
 * travel in JSON (they are streamed as {@code application/octet-stream}), so Jackson's default bounds apply.
 */
public final class Json {
    private Json() {
    }

    /** A mapper for the relay's JSON messages. */
    public static ObjectMapper forUnits() {
        return new ObjectMapper();
    }
}
