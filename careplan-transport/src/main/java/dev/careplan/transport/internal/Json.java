package dev.careplan.transport.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON mapper of the relay's wire format, whose base64 file data can be far longer than Jackson's default. */
public final class Json {
    private Json() {
    }

    /** Long enough for the largest unit a relay may be configured to take (base64 of 1 GiB). */
    public static ObjectMapper forUnits() {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_500_000_000).build())
                .build();
        return new ObjectMapper(f);
    }
}
