package nl.nts.platform.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page, at most {@code size}
 * @param total how many items the whole list holds (all pages, with the same filter)
 * @param page  the page number, counted from 1
 * @param size  the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page holding a whole short list. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, items.size(), 1, Math.max(1, items.size()));
    }
}
