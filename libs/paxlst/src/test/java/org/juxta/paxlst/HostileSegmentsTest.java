package org.juxta.paxlst;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segments no carrier's system writes, made to exhaust memory: each is skipped, reported, and costs no more
 * than its text, while the rest of the message is kept.
 */
class HostileSegmentsTest {

    private static final String CLEAN = Samples.read(Samples.PASSENGER_LIST);

    @Test
    void aSegmentOfMillionsOfSeparatorsIsSkipped() {
        String hostile = withBeforeFirstTraveller("NAD+FL" + "+".repeat(3_000_000) + "'");

        PaxlstResult result = Samples.parse(hostile);

        assertThat(result.manifests().getFirst().travellers()).hasSameSizeAs(
                Samples.parse(CLEAN).manifests().getFirst().travellers());
        assertThat(Issues.of(result)).anySatisfy(issue -> assertThat(issue).startsWith("ERROR SEGMENT_TOO_LARGE")
                .contains("NAD: more than 99 data elements"));
    }

    @Test
    void aSegmentOfMillionsOfComponentsOrOneHugeValueIsSkipped() {
        PaxlstResult components = Samples.parse(withBeforeFirstTraveller("FTX+AAI+++" + ":".repeat(1_000_000) + "'"));
        PaxlstResult value = Samples.parse(withBeforeFirstTraveller("FTX+AAI+++" + "A".repeat(1_000_000) + "'"));

        assertThat(Issues.of(components)).anySatisfy(issue -> assertThat(issue).startsWith("ERROR SEGMENT_TOO_LARGE"));
        assertThat(Issues.of(value)).anySatisfy(issue -> assertThat(issue).startsWith("ERROR SEGMENT_TOO_LARGE"));
        assertThat(value.manifests()).hasSize(1);
    }

    @Test
    void releaseCharactersCannotSmuggleAValuePastItsLimit() {
        PaxlstResult result = Samples.parse(withBeforeFirstTraveller("FTX+AAI+++" + "?+".repeat(600_000) + "'"));

        assertThat(Issues.of(result)).anySatisfy(issue -> assertThat(issue).startsWith("ERROR SEGMENT_TOO_LARGE"));
    }

    @Test
    void segmentsWithinTheLimitsAreUntouched() {
        assertThat(Issues.of(Samples.parse(CLEAN))).noneMatch(issue -> issue.contains("SEGMENT_TOO_LARGE"));
    }

    /** The clean sample with a segment inserted before its first traveller's NAD. */
    private static String withBeforeFirstTraveller(String segment) {
        int firstTraveller = CLEAN.indexOf("NAD+FL");
        return CLEAN.substring(0, firstTraveller) + segment + CLEAN.substring(firstTraveller);
    }
}
