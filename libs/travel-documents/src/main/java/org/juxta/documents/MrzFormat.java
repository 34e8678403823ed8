package org.juxta.documents;

/** The MRZ formats of ICAO Doc 9303, each with its number of lines and characters per line. */
public enum MrzFormat {

    /** Identity cards and other official documents of ID-1 size (part 5): 3 lines of 30. */
    TD1(3, 30),
    /** Official travel documents of ID-2 size (part 6): 2 lines of 36. */
    TD2(2, 36),
    /** Machine-readable passports (part 4): 2 lines of 44. */
    TD3(2, 44),
    /** Visas of format A, the size of a passport page (part 7): 2 lines of 44. */
    MRV_A(2, 44),
    /** Visas of format B, smaller to leave a clear area on the page (part 7): 2 lines of 36. */
    MRV_B(2, 36);

    private final int lineCount;
    private final int lineLength;

    MrzFormat(int lineCount, int lineLength) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineLength() {
        return lineLength;
    }

    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
