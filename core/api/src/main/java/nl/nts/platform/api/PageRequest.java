package nl.nts.platform.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of a long list to return, and in which order.
 *
 * @param page the page number, counted from 1
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 * @param sort the field to sort by, e.g. {@code name}; a leading {@code -} sorts descending
 *             ({@code -updatedAt}); null for the list's natural order. Each list documents the
 *             fields it sorts by, and refuses others.
 */
public record PageRequest(int page, int size, String sort) {

    /** The page size when a client names none. */
    public static final int DEFAULT_SIZE = 50;
    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;

    /** The most items that may come before a page. */
    public static final int MAX_OFFSET = 100_000_000;

    /**
     * @throws ValidationException naming {@code page} or {@code size} when out of range
     */
    public PageRequest {
        List<Violation> violations = new ArrayList<>();
        if (page < 1) {
            violations.add(new Violation("page", "is " + page + "; pages are counted from 1"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation("size", "is " + size + "; a page holds 1 to " + MAX_SIZE + " items"));
        }
        if (page >= 1 && size >= 1 && (long) (page - 1) * size > MAX_OFFSET) {
            violations.add(new Violation("page", "is " + page + "; with pages of " + size + " at most " + (MAX_OFFSET / size + 1) + " pages are counted"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (sort != null && sort.isBlank()) {
            sort = null;
        }
    }

    /** The first page of {@link #DEFAULT_SIZE} items in the natural order. */
    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE, null);
    }

    /** @return how many items come before this page */
    public int offset() {
        return (page - 1) * size;
    }
}
