package org.juxta.paxlst;

/**
 * How much one interchange may hold before {@link PaxlstParser} stops reading it: a bound on the memory and time
 * any text can cost, whatever its shape. The defaults leave room for a day's flights of a large carrier in one
 * interchange (an A380 list is about 850 travellers, some 8,000 segments).
 *
 * @param segments
 *            segments in the whole text, envelope included
 * @param messages
 *            messages (UNH…UNT)
 * @param travellers
 *            travellers (NAD groups) in all messages together
 */
public record PaxlstLimits(int segments, int messages, int travellers) {

    /** 200,000 segments, 1,000 messages, 20,000 travellers. */
    public static final PaxlstLimits DEFAULT = new PaxlstLimits(200_000, 1_000, 20_000);

    public PaxlstLimits {
        if (segments < 1 || messages < 1 || travellers < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }
}
