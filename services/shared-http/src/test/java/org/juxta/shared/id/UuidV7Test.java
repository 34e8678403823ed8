package org.juxta.shared.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UuidV7Test {

    @Test
    void isVersion7WithTheRfcVariantAndItsTimestamp() {
        UUID id = UuidV7.at(1_763_900_000_123L);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UuidV7.epochMillis(id)).isEqualTo(1_763_900_000_123L);
        assertThat(id.toString()).startsWith("019ab0a2-077b-7");
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsPostgresComparesThem() {
        UUID earlier = UuidV7.at(1_000);
        UUID later = UuidV7.at(1_001);

        // PostgreSQL compares uuids as unsigned bytes, which is the order of their text form.
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsOfOneThreadSortInTheOrderTheyWereMadeEvenWithinAMillisecond() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(UuidV7.next());
        }

        // As PostgreSQL sorts them: unsigned bytes, the order of the text form.
        List<String> sorted = made.stream().map(UUID::toString).sorted().toList();
        assertThat(sorted).isEqualTo(made.stream().map(UUID::toString).toList());
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7))
                .allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
    }

    @Test
    void idsDoNotRepeat() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(UuidV7.next());
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void refusesToReadATimeFromAnotherVersion() {
        assertThatThrownBy(() -> UuidV7.epochMillis(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
