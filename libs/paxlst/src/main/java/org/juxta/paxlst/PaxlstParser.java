package org.juxta.paxlst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads UN/EDIFACT PAXLST interchanges (D02B and D05B as profiled by the WCO/IATA/ICAO API guidelines) tolerantly:
 * it keeps whatever is valid and reports, per segment, what it rejected and why. It never throws on EDIFACT input,
 * however damaged; only text that is not EDIFACT at all is refused.
 * <p>
 * What it tolerates, and reports:
 * <ul>
 * <li>layout: segments on one line or one per line (LF or CRLF), lines wrapped mid-segment, white space and blank
 * lines before segments, empty segments — none of which is reported, being mere layout;
 * <li>service characters from UNA, the defaults {@code :+.? '} without it; release characters anywhere;
 * <li>a missing UNB/UNZ (a bare UNH…UNT message), UNG/UNE or not, a message cut short before UNT, text after UNZ;
 * <li>counts and references in UNT, UNE, UNZ and CNT that disagree with what was read;
 * <li>unknown segments and qualifiers, segments out of order within a traveller, missing optional segments, invalid
 * dates and codes (the value is left out, the rest of the segment group kept).
 * </ul>
 * Two-digit years are completed so that dates of birth and of issue are in the past and expiry dates and flight
 * times within 50 years of today (by the parser's clock).
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class PaxlstParser {

    private static final String ADVICE_TAG = "UNA";

    private final Clock clock;
    private final PaxlstLimits limits;

    /** A parser whose "today" is the system's, in UTC, with the {@link PaxlstLimits#DEFAULT default limits}. */
    public PaxlstParser() {
        this(Clock.systemUTC());
    }

    /** A parser whose "today", for completing two-digit years, comes from {@code clock}. */
    public PaxlstParser(Clock clock) {
        this(clock, PaxlstLimits.DEFAULT);
    }

    /** A parser that stops reading an interchange at {@code limits}. */
    public PaxlstParser(Clock clock, PaxlstLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads an interchange. Each message (UNH…UNT) gives its own manifest; see {@link PassengerManifest}.
     *
     * @param text
     *            the EDIFACT text as submitted, already decoded from bytes by the caller
     * @return the manifests that could be kept and every issue found; no manifest, and at least one error, when
     *         nothing usable was found
     * @throws NotEdifactException
     *             if the text is not EDIFACT at all: empty, binary, JSON, XML, X12 or other text
     * @throws InterchangeTooLargeException
     *             if it holds more than the parser's limits allow, as soon as the limit is passed
     */
    public PaxlstResult parse(String text) throws NotEdifactException, InterchangeTooLargeException {
        Objects.requireNonNull(text, "text");
        int start = InputSniffer.edifactStart(text);
        IssueCollector issues = new IssueCollector();
        ServiceCharacters characters = ServiceCharacters.DEFAULT;
        int segmentsStart = start;
        if (text.startsWith(ADVICE_TAG, start)) {
            int adviceStart = start + ADVICE_TAG.length();
            segmentsStart = Math.min(text.length(), adviceStart + ServiceCharacters.ADVICE_LENGTH);
            String advice = text.substring(adviceStart, segmentsStart);
            Optional<String> problem = ServiceCharacters.problemWith(advice);
            if (problem.isPresent()) {
                LineIndex lines = new LineIndex(text);
                issues.add(IssueCode.SERVICE_STRING_ADVICE_INVALID,
                        new SegmentReference(0, lines.line(start), lines.column(start), ADVICE_TAG,
                                ADVICE_TAG + advice),
                        "UNA: %s; the default service characters :+.? ' were used".formatted(problem.get()));
            } else {
                characters = ServiceCharacters.fromAdvice(advice);
            }
        }
        EdifactTokenizer tokenizer = new EdifactTokenizer(text, segmentsStart, characters);
        return new InterchangeReader(tokenizer, issues, new EdifactDates(LocalDate.now(clock)), limits).read();
    }
}
