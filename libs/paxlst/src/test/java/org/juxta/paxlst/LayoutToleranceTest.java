package org.juxta.paxlst;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean D02B passenger list laid out as carriers' systems send it: every layout gives the same manifest and no
 * issue, because layout is not content.
 */
class LayoutToleranceTest {

    private static final String CLEAN = Samples.read(Samples.PASSENGER_LIST);

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("all on one line", (UnaryOperator<String>) text -> text.replace("\n", "")),
                Arguments.of("one segment per line, CRLF, indented, blank lines first",
                        (UnaryOperator<String>) text -> "\r\n\r\n" + text.lines().map(line -> "   " + line + "\r\n")
                                .collect(Collectors.joining())),
                Arguments.of("wrapped at 80 columns mid-segment",
                        (UnaryOperator<String>) text -> wrap(text.replace("\n", ""), "\n")),
                Arguments.of("wrapped at 80 columns with CRLF",
                        (UnaryOperator<String>) text -> wrap(text.replace("\n", ""), "\r\n")),
                Arguments.of("without UNA, whose characters are the defaults",
                        (UnaryOperator<String>) text -> text.substring(text.indexOf("UNB"))),
                Arguments.of("byte order mark and tabs",
                        (UnaryOperator<String>) text -> "\uFEFF" + text.replace("\n", "\n\t")),
                Arguments.of("custom UNA: | component, * element, ~ terminator",
                        (UnaryOperator<String>) text -> "UNA|*.? ~" + text.substring(text.indexOf("UNB"))
                                .replace(':', '|').replace('+', '*').replace('\'', '~')),
                Arguments.of("custom UNA with line feed as terminator",
                        (UnaryOperator<String>) text -> "UNA:+.? \n" + text.substring(text.indexOf("UNB"))
                                .replace("'\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyLayoutGivesTheSameManifest(String layout, UnaryOperator<String> relayout) {
        PaxlstResult clean = Samples.parse(CLEAN);

        PaxlstResult result = Samples.parse(relayout.apply(CLEAN));

        assertThat(result.issues()).isEmpty();
        assertThat(result.manifests()).isEqualTo(clean.manifests());
    }

    private static String wrap(String text, String lineBreak) {
        StringBuilder wrapped = new StringBuilder();
        for (int start = 0; start < text.length(); start += 80) {
            wrapped.append(text, start, Math.min(text.length(), start + 80)).append(lineBreak);
        }
        return wrapped.toString();
    }
}
