package org.juxta.shared.paging;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.problem.MalformedRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorsTest {

    @Test
    void aCursorDecodesToThePositionItWasMadeFrom() {
        PagePosition position = new PagePosition(Instant.parse("2026-11-23T08:15:30.123456Z"), UuidV7.next());

        String cursor = PageCursors.encode(position);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursors.decode(cursor)).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-cursor", "MTIz", "bm90LWEtbnVtYmVyL3h5eg"})
    void anythingElseIsAMalformedRequest(String cursor) {
        assertThatThrownBy(() -> PageCursors.decode(cursor)).isInstanceOf(MalformedRequestException.class);
    }
}
