package org.juxta.paxlst;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An interchange of many small, valid pieces costs memory and time by their number, not their size: the parser
 * stops at its limits and says which one was passed, and reads everything up to them.
 */
class InterchangeLimitsTest {

    private static final String CLEAN = Samples.read(Samples.PASSENGER_LIST);
    private static final PaxlstLimits SMALL = new PaxlstLimits(200, 3, 8);

    @Test
    void oneHundredThousandTinyMessagesAreRefusedAtTheMessageLimit() {
        String tiny = "UNH+%d+PAXLST:D:02B:UN:IATA'BGM+745'TDT+20+MG1+++MG'UNT+4+%<d'";
        StringBuilder text = new StringBuilder();
        for (int message = 1; message <= 100_000; message++) {
            text.append(tiny.formatted(message));
        }

        InterchangeTooLargeException refused = refusal(new PaxlstParser(Samples.TODAY), text.toString());

        assertThat(refused.exceeded()).isEqualTo(InterchangeTooLargeException.Exceeded.MESSAGES);
        assertThat(refused.limit()).isEqualTo(PaxlstLimits.DEFAULT.messages());
        assertThat(refused.getMessage()).contains("more than 1,000 messages");
    }

    @Test
    void aMessageOfMillionsOfTravellersIsRefusedAtTheTravellerLimitWhileItIsRead() {
        String header = CLEAN.substring(0, CLEAN.indexOf("NAD+FL"));
        String text = header + "NAD+FL+++A'".repeat(300_000) + "CNT+42:300000'UNT+300012+PAX101'";

        InterchangeTooLargeException refused = refusal(new PaxlstParser(Samples.TODAY), text);

        assertThat(refused.exceeded()).isEqualTo(InterchangeTooLargeException.Exceeded.TRAVELLERS);
        assertThat(refused.getMessage()).contains("more than 20,000 travellers");
    }

    @Test
    void segmentsBeyondTheLimitAreRefusedWhateverTheyAre() {
        String text = CLEAN.replace("BGM+745'", "BGM+745'" + "FTX+AAI+++X'".repeat(300_000));

        InterchangeTooLargeException refused = refusal(new PaxlstParser(Samples.TODAY), text);

        assertThat(refused.exceeded()).isEqualTo(InterchangeTooLargeException.Exceeded.SEGMENTS);
    }

    @Test
    void anInterchangeAtTheLimitsIsReadWhole() throws Exception {
        String message = CLEAN.substring(CLEAN.indexOf("UNH+"), CLEAN.indexOf("UNE+"));
        String threeMessages = message + message.replace("PAX101", "PAX102") + message.replace("PAX101", "PAX103");

        PaxlstResult result = new PaxlstParser(Samples.TODAY, new PaxlstLimits(200, 3, 9)).parse(threeMessages);

        assertThat(result.manifests()).hasSize(3);
        assertThat(result.manifests()).allSatisfy(manifest -> assertThat(manifest.travellers()).hasSize(3));
    }

    @Test
    void oneTravellerOrMessageTooManyIsRefused() {
        String message = CLEAN.substring(CLEAN.indexOf("UNH+"), CLEAN.indexOf("UNE+"));
        String threeMessages = message + message.replace("PAX101", "PAX102") + message.replace("PAX101", "PAX103");
        String fourMessages = threeMessages + message.replace("PAX101", "PAX104");

        assertThat(refusal(new PaxlstParser(Samples.TODAY, SMALL), threeMessages).exceeded())
                .isEqualTo(InterchangeTooLargeException.Exceeded.TRAVELLERS);
        assertThat(refusal(new PaxlstParser(Samples.TODAY, new PaxlstLimits(400, 3, 100)), fourMessages).exceeded())
                .isEqualTo(InterchangeTooLargeException.Exceeded.MESSAGES);
    }

    private static InterchangeTooLargeException refusal(PaxlstParser parser, String text) {
        InterchangeTooLargeException refused = catchThrowableOfType(InterchangeTooLargeException.class,
                () -> parser.parse(text));
        assertThat(refused).as("refused as too large").isNotNull();
        return refused;
    }
}
