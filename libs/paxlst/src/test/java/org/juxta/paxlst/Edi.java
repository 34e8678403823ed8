package org.juxta.paxlst;

import java.util.ArrayList;
import java.util.List;

/** Small interchanges for tests that concern a few segments, one segment per line so that line = ordinal. */
final class Edi {

    private Edi() {
    }

    /**
     * UNB, UNH, BGM+745 and a flight PEK → UBN (segments 1–8), then {@code body} from segment 9, then UNT with the
     * right count and UNZ. Body segments come without terminator.
     */
    static String message(String... body) {
        List<String> segments = new ArrayList<>(List.of("UNB+UNOA:4+MGLAIR+MNGIMMIGRATION+250314:0930+1",
                "UNH+1+PAXLST:D:02B:UN:IATA", "BGM+745", "TDT+20+MG123+++MG", "LOC+125+PEK",
                "DTM+189:2503151030:201", "LOC+87+UBN", "DTM+232:2503151320:201"));
        segments.addAll(List.of(body));
        segments.add("UNT+" + (segments.size()) + "+1");
        segments.add("UNZ+1+1");
        return String.join("'\n", segments) + "'\n";
    }
}
