package org.juxta.paxlst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line and column of an offset in a text; LF, CRLF and a lone CR each end a line. */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
