package org.juxta.immigration.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningMemoryTest {

    private static final long MB = 1 << 20;

    @Test
    void aListThatFitsTheFreeHeapIsLoaded() {
        assertThat(ScreeningMemory.refusal("MNG", 50_000, 50 * MB, 60 * MB)).isEmpty();
        assertThat(ScreeningMemory.refusal("MNG", 0, 0, 0)).isEmpty();
    }

    @Test
    void aListTooLargeIsRefusedSayingWhatItNeedsAndWhereToLook() {
        assertThat(ScreeningMemory.refusal("MNG", 1_000_000, 1000 * MB, 30 * MB))
                .hasValueSatisfying(reason -> assertThat(
                        reason).contains("MNG", "1,000,000 person entries", "1,000 MB", "30 MB", "docs/operations.md"));
    }
}
