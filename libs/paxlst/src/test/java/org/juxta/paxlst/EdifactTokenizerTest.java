package org.juxta.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class EdifactTokenizerTest {

    @Test
    void splitsElementsAndComponentsAndResolvesReleaseCharacters() {
        Segment segment = tokenize("NAD+FL+++O?'BRIEN:SEAN?:PAT+A??B'", ServiceCharacters.DEFAULT).getFirst();

        assertThat(segment.elements()).containsExactly(List.of("NAD"), List.of("FL"), List.of(""), List.of(""),
                List.of("O'BRIEN", "SEAN:PAT"), List.of("A?B"));
        assertThat(segment.tag()).isEqualTo("NAD");
        assertThat(segment.value(4, 2)).isEqualTo("SEAN:PAT");
        assertThat(segment.value(9, 1)).isEmpty();
        assertThat(segment.text()).isEqualTo("NAD+FL+++O?'BRIEN:SEAN?:PAT+A??B'");
    }

    @Test
    void aReleaseCharacterAppliesAcrossALineWrappedAfterIt() {
        Segment segment = tokenize("NAD+FL+++O?\r\n'BRIEN'", ServiceCharacters.DEFAULT).getFirst();

        assertThat(segment.value(4, 1)).isEqualTo("O'BRIEN");
        assertThat(segment.text()).isEqualTo("NAD+FL+++O?'BRIEN'");
    }

    @Test
    void keepsSpacesThatBeginAWrappedLineButNotThoseBeforeASegment() {
        List<Segment> segments = tokenize("  NAD+FL+++DOE:JOHN\n PAUL'\n\t  ATT+2++M'", ServiceCharacters.DEFAULT);

        assertThat(segments).extracting(s -> s.value(4, 2)).first().isEqualTo("JOHN PAUL");
        assertThat(segments).extracting(Segment::ordinal, Segment::line, Segment::column)
                .containsExactly(tuple(1, 1, 3),
                        tuple(2, 3, 4));
    }

    @Test
    void countsLinesEndedByLfCrlfOrCr() {
        List<Segment> segments = tokenize("A01'\nB02'\r\nC03'\rD04'", ServiceCharacters.DEFAULT);

        assertThat(segments).extracting(Segment::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void skipsEmptySegmentsWithoutCountingThem() {
        List<Segment> segments = tokenize("BGM+745''''TDT+20+MG1'", ServiceCharacters.DEFAULT);

        assertThat(segments).extracting(Segment::tag, Segment::ordinal).containsExactly(
                tuple("BGM", 1), tuple("TDT", 2));
    }

    @Test
    void readsWithoutReleaseCharacterWhenUnaDeclaresASpace() {
        ServiceCharacters withoutRelease = ServiceCharacters.fromAdvice(":+.  '");

        Segment segment = tokenize("RFF+AVF:WHAT?'", withoutRelease).getFirst();

        assertThat(withoutRelease.hasReleaseCharacter()).isFalse();
        assertThat(segment.value(1, 2)).isEqualTo("WHAT?");
    }

    @Test
    void marksALastSegmentWithoutTerminatorAndGivesTheRestAfterIt() {
        EdifactTokenizer tokenizer = new EdifactTokenizer("UNZ+1+1'\n  trailing words", 0, ServiceCharacters.DEFAULT);

        assertThat(tokenizer.next()).get().extracting(Segment::terminated).isEqualTo(true);
        assertThat(tokenizer.rest()).contains(new SegmentReference(2, 2, 3, "", "trailing words"));
    }

    @Test
    void shortensLongSegmentTexts() {
        Segment segment = tokenize("FTX+AAA+++" + "X".repeat(200) + "'", ServiceCharacters.DEFAULT).getFirst();

        assertThat(segment.reference().text()).hasSize(SegmentReference.MAX_TEXT_LENGTH).endsWith("X…");
    }

    @Test
    void refusesServiceStringAdvicesThatCannotBeRead() {
        assertThat(ServiceCharacters.problemWith(":+.? '")).isEmpty();
        assertThat(ServiceCharacters.problemWith("|*,! ~")).isEmpty();
        assertThat(ServiceCharacters.problemWith(":+.? ")).contains("it holds 5 characters instead of 6");
        assertThat(ServiceCharacters.problemWith("A+.? '"))
                .contains("its separators and terminator must not be letters, digits, spaces or line breaks");
        assertThat(ServiceCharacters.problemWith(":+.+ '"))
                .contains("its release character is also a separator or the terminator");
    }

    private static List<Segment> tokenize(String text, ServiceCharacters characters) {
        EdifactTokenizer tokenizer = new EdifactTokenizer(text, 0, characters);
        List<Segment> segments = new ArrayList<>();
        for (Optional<Segment> next = tokenizer.next(); next.isPresent(); next = tokenizer.next()) {
            segments.add(next.get());
        }
        return segments;
    }
}
