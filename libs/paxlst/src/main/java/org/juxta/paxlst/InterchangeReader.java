package org.juxta.paxlst;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.juxta.paxlst.EdifactDates.Fields;
import org.juxta.paxlst.EdifactDates.Unreadable;

/**
 * Reads the envelope of an interchange (ISO 9735: UNB…UNZ, optional UNG…UNE, UNH…UNT) and hands each message's
 * segments to a {@link MessageReader}. Missing envelope segments are reported and read around: a bare UNH…UNT
 * message, a message cut short before its UNT, an interchange without UNZ all keep what they hold.
 */
final class InterchangeReader {

    private final EdifactTokenizer tokenizer;
    private final IssueCollector issues;
    private final EdifactDates dates;
    private final PaxlstLimits limits;
    private final List<PassengerManifest> manifests = new ArrayList<>();
    private Optional<Interchange> interchange = Optional.empty();
    private Segment interchangeHeader;
    private Segment groupHeader;
    private MessageReader message;
    private boolean envelopeOpened;
    private int groupsRead;
    private int messagesRead;
    private int messagesInGroup;
    private int segmentsRead;
    /** Travellers of the messages already ended; the open message counts its own. */
    private int travellersInEndedMessages;

    InterchangeReader(EdifactTokenizer tokenizer, IssueCollector issues, EdifactDates dates, PaxlstLimits limits) {
        this.tokenizer = tokenizer;
        this.issues = issues;
        this.dates = dates;
        this.limits = limits;
    }

    PaxlstResult read() throws InterchangeTooLargeException {
        Optional<Segment> next = tokenizer.next();
        while (next.isPresent()) {
            Segment segment = next.get();
            if (++segmentsRead > limits.segments()) {
                throw tooLarge(InterchangeTooLargeException.Exceeded.SEGMENTS, limits.segments(), "segments");
            }
            if (!segment.terminated()) {
                issues.add(IssueCode.SEGMENT_UNTERMINATED, segment,
                        "%s: the text ends without a segment terminator; the segment was read anyway"
                                .formatted(segment.tag()));
            }
            if (segment.oversized()) {
                issues.add(IssueCode.SEGMENT_TOO_LARGE, segment,
                        "%s: more than %d data elements, %d components or %d characters in a value; the segment was skipped"
                                .formatted(segment.tag(), EdifactTokenizer.MAX_ELEMENTS,
                                        EdifactTokenizer.MAX_COMPONENTS,
                                        EdifactTokenizer.MAX_VALUE_LENGTH));
                if (message != null) {
                    message.skip();
                }
            } else if (!segment.hasWellFormedTag()) {
                issues.add(IssueCode.SEGMENT_MALFORMED, segment,
                        "'%s' is not a segment tag (three capital letters); the segment was skipped"
                                .formatted(segment.tag()));
                if (message != null) {
                    message.skip();
                }
            } else if (segment.tag().equals("UNZ")) {
                endInterchange(segment);
                tokenizer.rest().ifPresent(rest -> issues.add(IssueCode.TRAILING_TEXT, rest,
                        "text after UNZ was ignored: '%s'".formatted(rest.text())));
                return result();
            } else {
                envelope(segment);
            }
            checkCounts();
            next = tokenizer.next();
        }
        endMessage("the end of the text");
        endGroup();
        if (interchangeHeader != null) {
            issues.add(IssueCode.INTERCHANGE_TRAILER_MISSING, interchangeHeader,
                    "UNB: the interchange is not closed by UNZ before the end of the text");
        }
        return result();
    }

    /** Checked after every segment, so that no text costs more than the limits' worth of manifests. */
    private void checkCounts() throws InterchangeTooLargeException {
        if (messagesRead > limits.messages()) {
            throw tooLarge(InterchangeTooLargeException.Exceeded.MESSAGES, limits.messages(), "messages (UNH)");
        }
        int travellers = travellersInEndedMessages + (message != null ? message.travellersRead() : 0);
        if (travellers > limits.travellers()) {
            throw tooLarge(InterchangeTooLargeException.Exceeded.TRAVELLERS, limits.travellers(),
                    "travellers (NAD)");
        }
    }

    private static InterchangeTooLargeException tooLarge(InterchangeTooLargeException.Exceeded exceeded, int limit,
            String what) {
        return new InterchangeTooLargeException(exceeded, limit,
                "The interchange holds more than %,d %s, the most one submission may hold; nothing of it was kept. Send it in several interchanges."
                        .formatted(limit, what));
    }

    private void envelope(Segment segment) {
        boolean first = !envelopeOpened;
        envelopeOpened = true;
        if (first && !segment.tag().equals("UNB")) {
            issues.add(IssueCode.INTERCHANGE_HEADER_MISSING, segment,
                    "the text has no interchange header (UNB): sender, recipient and interchange reference are unknown");
        }
        switch (segment.tag()) {
            case "UNB" -> startInterchange(segment, first);
            case "UNG" -> startGroup(segment);
            case "UNH" -> startMessage(segment);
            case "UNT" -> endMessage(segment);
            case "UNE" -> endGroup(segment);
            default -> {
                if (message != null) {
                    message.accept(segment);
                } else {
                    issues.add(IssueCode.SEGMENT_OUTSIDE_MESSAGE, segment,
                            "%s: outside any message (UNH…UNT); the segment was skipped".formatted(segment.label()));
                }
            }
        }
    }

    /** UNB: S001 syntax identifier, S002 sender, S003 recipient, S004 date and time, 0020 control reference. */
    private void startInterchange(Segment segment, boolean first) {
        if (!first) {
            issues.add(IssueCode.SEGMENT_OUT_OF_PLACE, segment,
                    "UNB: an interchange header must open the text; the segment was skipped");
            return;
        }
        interchangeHeader = segment;
        Optional<LocalDateTime> preparedAt = Optional.empty();
        String date = segment.value(4, 1);
        if (!date.isEmpty()) {
            String dateAndTime = date + segment.value(4, 2);
            switch (dates.dateTime(dateAndTime, "")) {
                case Fields fields -> preparedAt = Optional.of(EdifactDates.toLocalDateTime(fields));
                case Unreadable unreadable -> issues.add(IssueCode.DATE_INVALID, segment,
                        "UNB: date and time of preparation '%s' %s; left out".formatted(dateAndTime,
                                unreadable.reason()));
            }
        }
        interchange = Optional.of(new Interchange(segment.value(1, 1), segment.value(1, 2), segment.value(2, 1),
                segment.value(3, 1), preparedAt, segment.value(5, 1)));
    }

    private void startGroup(Segment segment) {
        endMessage("UNG");
        endGroup();
        groupHeader = segment;
        groupsRead++;
        messagesInGroup = 0;
    }

    private void startMessage(Segment segment) {
        endMessage("the next UNH");
        messagesRead++;
        messagesInGroup++;
        message = new MessageReader(segment, interchange, issues, dates);
    }

    private void endMessage(Segment trailer) {
        if (message == null) {
            issues.add(IssueCode.SEGMENT_OUT_OF_PLACE, trailer,
                    "UNT: a message trailer without message header (UNH); the segment was skipped");
            return;
        }
        travellersInEndedMessages += message.travellersRead();
        message.end(trailer).ifPresent(manifests::add);
        message = null;
    }

    private void endMessage(String before) {
        if (message != null) {
            travellersInEndedMessages += message.travellersRead();
            message.endWithoutTrailer(before).ifPresent(manifests::add);
            message = null;
        }
    }

    /** UNE: 0060 number of messages, 0048 group reference (UNG's fifth element). */
    private void endGroup(Segment trailer) {
        endMessage("UNE");
        if (groupHeader == null) {
            issues.add(IssueCode.SEGMENT_OUT_OF_PLACE, trailer,
                    "UNE: a group trailer without group header (UNG); the segment was skipped");
            return;
        }
        checkCount(trailer, "messages", messagesInGroup);
        checkReference(trailer, groupHeader.value(5, 1), "UNG");
        groupHeader = null;
    }

    private void endGroup() {
        if (groupHeader != null) {
            issues.add(IssueCode.GROUP_TRAILER_MISSING, groupHeader, "UNG: the group is not closed by UNE");
            groupHeader = null;
        }
    }

    /** UNZ: 0036 number of messages, or of groups when there are groups; 0020 control reference. */
    private void endInterchange(Segment trailer) {
        endMessage("UNZ");
        endGroup();
        if (groupsRead > 0) {
            checkCount(trailer, "functional groups", groupsRead);
        } else {
            checkCount(trailer, "messages", messagesRead);
        }
        if (interchangeHeader != null) {
            checkReference(trailer, interchangeHeader.value(5, 1), "UNB");
        }
    }

    private void checkCount(Segment trailer, String what, int read) {
        String declared = trailer.value(1, 1);
        if (!declared.matches("\\d{1,9}")) {
            issues.add(IssueCode.VALUE_INVALID, trailer,
                    "%s: the count '%s' is not a number; it was not checked".formatted(trailer.tag(), declared));
        } else if (Integer.parseInt(declared) != read) {
            issues.add(IssueCode.MESSAGE_COUNT_MISMATCH, trailer,
                    "%s: %s %s declared, %d read".formatted(trailer.tag(), declared, what, read));
        }
    }

    private void checkReference(Segment trailer, String expected, String headerTag) {
        String reference = trailer.value(2, 1);
        if (!reference.equals(expected)) {
            issues.add(IssueCode.CONTROL_REFERENCE_MISMATCH, trailer, "%s: reference '%s' differs from %s's '%s'"
                    .formatted(trailer.tag(), reference, headerTag, expected));
        }
    }

    private PaxlstResult result() {
        if (messagesRead == 0) {
            issues.add(IssueCode.NO_MESSAGE, "The text holds no message: no UNH segment was found.");
        }
        return new PaxlstResult(manifests, issues.inSegmentOrder());
    }
}
