package org.juxta.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The sample messages under src/test/resources/paxlst, and a parser whose today is 2025-03-14. */
final class Samples {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-03-14T12:00:00Z"), ZoneOffset.UTC);

    static final String PASSENGER_LIST = "d02b-passenger-list.edi";
    static final String CREW_LIST = "d05b-crew-list.edi";
    static final String MULTI_LEG = "d05b-multi-leg.edi";

    private Samples() {
    }

    static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/paxlst/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaxlstResult parse(String text) {
        try {
            return new PaxlstParser(TODAY).parse(text);
        } catch (NotEdifactException e) {
            throw new AssertionError("not EDIFACT: " + e.getMessage(), e);
        } catch (InterchangeTooLargeException e) {
            throw new AssertionError("too large: " + e.getMessage(), e);
        }
    }

    static PaxlstResult parseSample(String name) {
        return parse(read(name));
    }
}
