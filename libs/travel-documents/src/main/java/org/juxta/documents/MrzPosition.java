package org.juxta.documents;

/**
 * Where something is in an MRZ: a line and a range of columns, all 1-based and inclusive, as ICAO Doc 9303 counts
 * them.
 */
public record MrzPosition(int line, int firstColumn, int lastColumn) {

    public MrzPosition {
        if (line < 1 || firstColumn < 1 || lastColumn < firstColumn) {
            throw new IllegalArgumentException(
                    "not a position: line %d, columns %d-%d".formatted(line, firstColumn, lastColumn));
        }
    }

    public static MrzPosition of(int line, int column) {
        return new MrzPosition(line, column, column);
    }

    public int length() {
        return lastColumn - firstColumn + 1;
    }

    public boolean contains(int line, int column) {
        return this.line == line && column >= firstColumn && column <= lastColumn;
    }

    /** The column right after this range, where ICAO places a field's check digit. */
    MrzPosition next() {
        return of(line, lastColumn + 1);
    }

    @Override
    public String toString() {
        return firstColumn == lastColumn
                ? "line %d, column %d".formatted(line, firstColumn)
                : "line %d, columns %d-%d".formatted(line, firstColumn, lastColumn);
    }
}
