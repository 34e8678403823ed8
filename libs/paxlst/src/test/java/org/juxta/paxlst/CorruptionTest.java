package org.juxta.paxlst;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testing.SeededRandom.forEachSeed;

/**
 * The parser never crashes on input: whatever is done to a valid interchange, and whatever text arrives, it either
 * refuses the text as not EDIFACT or returns a report that explains every missing manifest.
 */
class CorruptionTest {

    /** One change to a text: positions are fractions of its length, so that they fit any text. */
    record Mutation(Kind kind, double at, double length, String inserted) {

        enum Kind {
            DELETE, INSERT, REPLACE, TRUNCATE, DUPLICATE
        }

        String applyTo(String text) {
            int start = (int) (at * text.length());
            int end = Math.min(text.length(), start + (int) (length * 40));
            return switch (kind) {
                case DELETE -> text.substring(0, start) + text.substring(end);
                case INSERT -> text.substring(0, start) + inserted + text.substring(start);
                case REPLACE -> text.substring(0, start) + inserted + text.substring(end);
                case TRUNCATE -> text.substring(0, start);
                case DUPLICATE -> text.substring(0, end) + text.substring(start);
            };
        }
    }

    @Test
    void corruptedInterchangesAreReportedNeverThrown() {
        forEachSeed(400, seed -> {
            SeededRandom random = new SeededRandom(seed);
            String text = PaxlstWriter.write(RandomManifests.manifest(random), RandomManifests.separators(random),
                    RandomManifests.layout(random));
            List<Mutation> mutations = random.list(1, 6, () -> mutation(random));
            for (Mutation mutation : mutations) {
                text = mutation.applyTo(text);
            }

            parseAndCheck(text, "seed %d, %s".formatted(seed, mutations));
        });
    }

    @Test
    void anyTextIsReportedNeverThrown() {
        forEachSeed(300, seed -> parseAndCheck(anyText(new SeededRandom(seed)), "seed " + seed));
    }

    /** Parses the text, made as {@code sample} says, and checks the report. */
    private static void parseAndCheck(String text, String sample) {
        String description = "%s:%n%s".formatted(sample, text);
        PaxlstResult result;
        try {
            result = new PaxlstParser(Samples.TODAY).parse(text);
        } catch (NotEdifactException | InterchangeTooLargeException refused) {
            assertThat(refused.getMessage()).as(description).isNotBlank();
            return;
        } catch (RuntimeException unexpected) {
            throw new AssertionError("%s%nthrew %s".formatted(description, unexpected), unexpected);
        }
        assertThat(result.issues()).as(description).allSatisfy(issue -> {
            assertThat(issue.message()).isNotBlank();
            assertThat(issue.severity()).isEqualTo(issue.code().severity());
        });
        if (result.manifests().isEmpty()) {
            assertThat(result.hasErrors()).as("a report without manifests says why; %s", description).isTrue();
        }
    }

    private static Mutation mutation(SeededRandom random) {
        return new Mutation(random.oneOf(Mutation.Kind.class), fraction(random), fraction(random), inserted(random));
    }

    /** In hundredths, 0 and 1 included, so that changes at the very start and end of the text come up. */
    private static double fraction(SeededRandom random) {
        return random.between(0, 100) / 100.0;
    }

    /** Service characters and bits of segments, whole segments and envelopes, or any characters. */
    private static String inserted(SeededRandom random) {
        return random.fromOneOf(() -> random.string("'+:?*|~!#&^@%= \r\n\tUNHTZBA0123456789", 0, 12),
                () -> random.oneOf("UNH+9+PAXLST:D:02B:UN:IATA'", "UNT+1+9'", "UNZ+1+1'", "UNB+UNOA:4'", "UNE+1+1'",
                        "UNG+PAXLST'", "UNT+99999999999+9'", "NAD+FL'", "DOC+P'", "DTM+329:'", "LOC+125'", "TDT+20'",
                        "CNT+42:X'", "UNA", "?", "''''"),
                () -> random.anyString(0, 6));
    }

    /** Any characters; EDIFACT-like noise after a UNA; or any characters after the start of a message. */
    private static String anyText(SeededRandom random) {
        return random.fromOneOf(() -> random.anyString(0, 200),
                () -> "UNA:+.? '" + random.string("UNABHTZ+:?' \n\r0123456789", 0, 200),
                () -> "UNH+" + random.anyString(0, 200));
    }
}
