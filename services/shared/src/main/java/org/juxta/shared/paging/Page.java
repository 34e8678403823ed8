package org.juxta.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: its items and the position the next page starts after (null on
 * the last page).
 * <p>
 * A repository fetches {@link #rowsToFetch(int) one row more than asked}; {@link #of} keeps the asked
 * number and takes the position of the last one kept only if that extra row came, so a list whose
 * length is a multiple of the page size ends without an empty page. A service maps the items to API
 * models with {@link #map} or {@link #withItems}; a resource answers {@link #nextCursor()}.
 *
 * @param <T>
 *            the items: rows while the service reads them, API models once it returns the page
 */
public record Page<T>(List<T> items, PagePosition next) {

    public Page {
        items = List.copyOf(items);
    }

    /** How many rows to fetch for a page of {@code limit} items: one more tells that another page follows. */
    public static int rowsToFetch(int limit) {
        return limit + 1;
    }

    /**
     * The page of up to {@code limit} items among rows fetched with {@link #rowsToFetch(int)}.
     *
     * @param position
     *            where a row is in the list's order, for the cursor of the next page
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<? super T, PagePosition> position) {
        List<T> items = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        PagePosition next = fetched.size() > limit && !items.isEmpty() ? position.apply(items.getLast()) : null;
        return new Page<>(items, next);
    }

    /** The same page with each item mapped, e.g. from an entity to its API model. */
    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), next);
    }

    /** The same page with items made from these, one for one and in the same order. */
    public <U> Page<U> withItems(List<U> mapped) {
        if (mapped.size() != items.size()) {
            throw new IllegalArgumentException(
                    "a page of " + items.size() + " items cannot become one of " + mapped.size());
        }
        return new Page<>(mapped, next);
    }

    /** The opaque cursor of the next page, for the API's {@code nextCursor}; null on the last page. */
    public String nextCursor() {
        return next != null ? PageCursors.encode(next) : null;
    }
}
