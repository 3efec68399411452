package nl.nts.platform.core.rest;

import java.util.List;

/**
 * The shape of every collection the API answers with: the items and how many there are.
 * Paging adds to this shape; it never replaces it.
 */
public record Listing<T>(List<T> items, int total) {

    static <T> Listing<T> of(List<T> items) {
        return new Listing<>(items, items.size());
    }
}
