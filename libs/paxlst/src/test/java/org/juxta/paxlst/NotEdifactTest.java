package org.juxta.paxlst;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.paxlst.NotEdifactException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Texts that are not EDIFACT at all are refused with a reason a caller can turn into a clear 400. */
class NotEdifactTest {

    private final PaxlstParser parser = new PaxlstParser(Samples.TODAY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                     |                                                  | EMPTY
            white space               | '  \t  '                                         | EMPTY
            JSON object               | {"flight":"MG123","passengers":[]}               | JSON
            JSON array                | [1, 2, 3]                                        | JSON
            XML                       | <?xml version="1.0"?><PAXLST/>                   | XML
            X12                       | ISA*00*          *00*          *ZZ*SENDER       | X12
            plain text                | Passenger list for flight MG123                  | UNRECOGNISED_TEXT
            a word starting like UNB  | UNBELIEVABLE                                     | UNRECOGNISED_TEXT
            CSV                       | surname,given_names,passport                     | UNRECOGNISED_TEXT
            """)
    void refusesTextThatIsNotEdifact(String what, String text, Reason reason) {
        NotEdifactException refusal = catchThrowableOfType(NotEdifactException.class,
                () -> parser.parse(text == null ? "" : text));

        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.getMessage()).endsWith("a PAXLST interchange begins with UNA, UNB or UNH.");
    }

    /** ValueSource rather than CsvSource, which would trim the control characters away. */
    @ParameterizedTest
    @ValueSource(strings = {"PK\u0003\u0004\u0014\u0000", "\uFFFD\uFFFDPNG", "\u0001\u0002\u0003UNB+UNOA:4'"})
    void refusesBinaryContent(String text) {
        NotEdifactException refusal = catchThrowableOfType(NotEdifactException.class, () -> parser.parse(text));

        assertThat(refusal.reason()).isEqualTo(Reason.BINARY);
        assertThat(refusal.getMessage()).startsWith("The content is binary");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text | Passenger list for flight MG123 | The text is not UN/EDIFACT: it begins with 'Passenger list for f'; a PAXLST interchange begins with UNA, UNB or UNH.
            JSON       | {}                              | The text is JSON, not UN/EDIFACT; a PAXLST interchange begins with UNA, UNB or UNH.
            """)
    void saysWhatTheTextLooksLike(String what, String text, String message) {
        NotEdifactException refusal = catchThrowableOfType(NotEdifactException.class, () -> parser.parse(text));

        assertThat(refusal).hasMessage(message);
    }
}
