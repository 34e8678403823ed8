package org.juxta.immigration.screening;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads an uploaded file line by line holding at most one line of a bounded length in memory: a file of a
 * gigabyte without a line break is read as one overlong line, skipped, instead of one string that
 * exhausts the heap ({@link java.io.BufferedReader#readLine()} holds a line whatever its length).
 */
final class BoundedLineReader {

    /** The line just skipped was longer than the bound. */
    static final class LineTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        LineTooLongException(int maxLength) {
            super("the line is longer than %,d characters; it was skipped".formatted(maxLength));
        }
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * The next line without its terminator (LF or CRLF), or null at the end of the file.
     *
     * @throws LineTooLongException
     *             when the line is longer than the bound: it has been read past, the next call reads the next one
     */
    String next() throws IOException {
        line.setLength(0);
        boolean overlong = false;
        boolean read = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    if (!read) {
                        return null;
                    }
                    break;
                }
            }
            read = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!overlong && line.length() + (position - start) > maxLength + 1) {
                overlong = true;
                line.setLength(0);
            }
            if (!overlong) {
                line.append(buffer, start, position - start);
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (overlong || line.length() > maxLength) {
            throw new LineTooLongException(maxLength);
        }
        return line.toString();
    }
}
