package org.juxta.paxlst;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.juxta.testing.SeededRandom;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testing.SeededRandom.forEachSeed;

/**
 * On well-formed interchanges, the tokenizer reads exactly what StAEDI, an established EDIFACT reader, reads: same
 * segments, same values at the same element and component positions, whatever the service characters. This guards
 * against a writer and a reader written by the same hand sharing the same mistake.
 */
class StaediAgreementTest {

    /** A value at its place: segment (from UNB = 1), tag, element and component (1-based). */
    record Value(int segment, String tag, int element, int component, String text) {
    }

    /** A segment of the generated body: its tag and its data elements, each a list of components. */
    record BodySegment(String tag, List<List<String>> elements) {
    }

    @Test
    void readsWhatStaediReads() {
        forEachSeed(200, seed -> {
            SeededRandom random = new SeededRandom(seed);
            List<BodySegment> body = random.list(1, 8, () -> bodySegment(random));
            PaxlstWriter.Separators separators = RandomManifests.separators(random);
            PaxlstWriter writer = PaxlstWriter.with(separators);
            List<String> segments = new ArrayList<>();
            // Syntax version 3: StAEDI would otherwise apply UNA's fifth character as a repetition separator.
            segments.add(writer.segment("UNB", List.of(List.of("UNOA", "3"), List.of("SENDER"), List.of("RECIPIENT"),
                    List.of("250314", "0930"), List.of("1"))));
            segments.add(writer.segment("UNH", List.of(List.of("1"), List.of("PAXLST", "D", "02B", "UN", "IATA"))));
            for (BodySegment segment : body) {
                segments.add(writer.segment(segment.tag(), segment.elements()));
            }
            segments.add(writer.segment("UNT", List.of(List.of(String.valueOf(body.size() + 2)), List.of("1"))));
            segments.add(writer.segment("UNZ", List.of(List.of("1"), List.of("1"))));
            String text = PaxlstWriter.layout(separators, segments, PaxlstWriter.Layout.ONE_LINE);

            assertThat(tokenized(text)).as("seed %d, %s:%n%s", seed, body, text).isEqualTo(readByStaedi(text));
        });
    }

    private static List<Value> tokenized(String text) {
        ServiceCharacters characters = ServiceCharacters.fromAdvice(text.substring(3, 9));
        EdifactTokenizer tokenizer = new EdifactTokenizer(text, 9, characters);
        List<Value> values = new ArrayList<>();
        for (Optional<Segment> next = tokenizer.next(); next.isPresent(); next = tokenizer.next()) {
            Segment segment = next.get();
            for (int element = 1; element < segment.elements().size(); element++) {
                List<String> components = segment.elements().get(element);
                for (int component = 1; component <= components.size(); component++) {
                    String value = components.get(component - 1);
                    if (!value.isEmpty()) {
                        values.add(new Value(segment.ordinal(), segment.tag(), element, component, value));
                    }
                }
            }
        }
        return values;
    }

    private static List<Value> readByStaedi(String text) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        List<Value> values = new ArrayList<>();
        try (EDIStreamReader reader = factory
                .createEDIStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            int segment = 0;
            String tag = "";
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    tag = reader.getText();
                    if (!tag.equals("UNA")) {
                        segment++;
                    }
                } else if (event == EDIStreamEvent.ELEMENT_DATA && !tag.equals("UNA") && !reader.getText().isEmpty()) {
                    Location location = reader.getLocation();
                    values.add(new Value(segment, tag, location.getElementPosition(),
                            Math.max(1, location.getComponentPosition()), reader.getText()));
                }
            }
        }
        return values;
    }

    /** 1 to 5 elements of 1 to 3 components, under a tag that is not a service segment's. */
    private static BodySegment bodySegment(SeededRandom random) {
        String tag;
        do {
            tag = random.string("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 3);
        } while (tag.startsWith("UN"));
        String valueCharacters = "ABCXYZ019 -/." + RandomManifests.SERVICE_CHARACTER_POOL;
        return new BodySegment(tag,
                random.list(1, 5, () -> random.list(1, 3, () -> random.string(valueCharacters, 0, 8))));
    }
}
