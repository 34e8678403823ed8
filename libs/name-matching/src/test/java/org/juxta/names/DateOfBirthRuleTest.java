package org.juxta.names;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateOfBirthRuleTest {

    /** The index's shortcut gives what the full comparison gives, at every precision and distance. */
    @Test
    void theAdjustmentShortcutAgreesWithTheComparison() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 200_000; i++) {
            // Half of the pairs in a few years, where dates agree or nearly do.
            boolean close = random.nextBoolean();
            int query = randomDate(random, close);
            int entry = randomDate(random, close);
            double expected = query == 0 || entry == 0
                    ? DateOfBirthRule.NOT_COMPARED
                    : DateOfBirthRule.compare(query, entry).adjustment();
            assertThat(DateOfBirthRule.adjustment(query, entry)).as("%d against %d", query, entry).isEqualTo(expected);
        }
        assertThat(DateOfBirthRule.adjustment(PartialDate.of(1988, 4, 12).packed(), PartialDate.of(1988).packed()))
                .isEqualTo(DateOfBirthRule.AGREES_TO_YEAR);
        assertThat(DateOfBirthRule.adjustment(PartialDate.of(1988, 4, 12).packed(), PartialDate.of(1958).packed()))
                .isEqualTo(DateOfBirthRule.CONTRADICTS);
        assertThat(DateOfBirthRule.adjustment(0, PartialDate.of(1958).packed()))
                .isEqualTo(DateOfBirthRule.NOT_COMPARED);
    }

    private static int randomDate(SplittableRandom random, boolean close) {
        int year = close ? random.nextInt(1986, 1989) : random.nextInt(1930, 2010);
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> PartialDate.of(year).packed();
            case 2 -> PartialDate.of(year, random.nextInt(1, 13)).packed();
            default -> PartialDate.of(year, random.nextInt(1, 13), random.nextInt(1, 29)).packed();
        };
    }
}
