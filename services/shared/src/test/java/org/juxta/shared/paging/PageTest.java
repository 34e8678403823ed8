package org.juxta.shared.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    private record Row(int number, UUID id) {

        PagePosition position() {
            return new PagePosition(Instant.EPOCH.plusSeconds(number), id);
        }
    }

    private static List<Row> rows(int count) {
        return IntStream.range(0, count).mapToObj(number -> new Row(number, UUID.randomUUID())).toList();
    }

    @Test
    void theExtraRowTellsThatAnotherPageFollowsFromTheLastItemKept() {
        List<Row> fetched = rows(Page.rowsToFetch(3));

        Page<Row> page = Page.of(fetched, 3, Row::position);

        assertThat(page.items()).containsExactlyElementsOf(fetched.subList(0, 3));
        assertThat(page.next()).isEqualTo(fetched.get(2).position());
        assertThat(PageCursors.decode(page.nextCursor())).isEqualTo(page.next());
    }

    @Test
    void withoutTheExtraRowThisIsTheLastPage() {
        assertThat(Page.of(rows(3), 3, Row::position).next()).isNull();
        assertThat(Page.of(rows(3), 3, Row::position).nextCursor()).isNull();
        assertThat(Page.of(rows(0), 3, Row::position)).isEqualTo(new Page<>(List.of(), null));
    }

    @Test
    void mappingKeepsWhereTheNextPageStarts() {
        Page<Row> page = Page.of(rows(3), 2, Row::position);

        assertThat(page.map(Row::number)).isEqualTo(new Page<>(List.of(0, 1), page.next()));
        assertThat(page.withItems(List.of("a", "b"))).isEqualTo(new Page<>(List.of("a", "b"), page.next()));
        assertThatThrownBy(() -> page.withItems(List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noCursorMeansTheFirstPage() {
        PagePosition position = new PagePosition(Instant.parse("2026-11-23T08:15:30Z"), UUID.randomUUID());

        assertThat(PageCursors.after(null)).isNull();
        assertThat(PageCursors.after(PageCursors.encode(position))).isEqualTo(position);
    }
}
