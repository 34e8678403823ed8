package org.juxta.immigration.screening;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedLineReaderTest {

    @Test
    void readsLinesEndedByLfOrCrlfAndALastLineWithoutTerminator() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("one\r\ntwo\n\nthree"), 10);

        assertThat(lines.next()).isEqualTo("one");
        assertThat(lines.next()).isEqualTo("two");
        assertThat(lines.next()).isEmpty();
        assertThat(lines.next()).isEqualTo("three");
        assertThat(lines.next()).isNull();
    }

    @Test
    void aLineOverTheBoundIsSkippedWholeAndTheNextOneRead() throws IOException {
        String longer = "x".repeat(50_000);
        BoundedLineReader lines = new BoundedLineReader(new StringReader("ok\n" + longer + "\r\nafter\n"), 10);

        assertThat(lines.next()).isEqualTo("ok");
        assertThatThrownBy(lines::next).isInstanceOf(BoundedLineReader.LineTooLongException.class)
                .hasMessage("the line is longer than 10 characters; it was skipped");
        assertThat(lines.next()).isEqualTo("after");
        assertThat(lines.next()).isNull();
    }

    @Test
    void aLineOfExactlyTheBoundIsKeptAndOneMoreIsNot() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("0123456789\r\n0123456789A\n"), 10);

        assertThat(lines.next()).isEqualTo("0123456789");
        assertThatThrownBy(lines::next).isInstanceOf(BoundedLineReader.LineTooLongException.class);
        assertThat(lines.next()).isNull();
    }

    @Test
    void aFileWithoutLineBreaksIsOneOverlongLine() {
        BoundedLineReader lines = new BoundedLineReader(new StringReader("y".repeat(1_000_000)), 100);

        assertThatThrownBy(lines::next).isInstanceOf(BoundedLineReader.LineTooLongException.class);
    }
}
