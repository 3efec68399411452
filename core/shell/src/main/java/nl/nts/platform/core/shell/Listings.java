package nl.nts.platform.core.shell;

import nl.nts.platform.api.Page;

/** The line under a paged table. */
final class Listings {

    private Listings() {
    }

    static String footer(Page<?> page) {
        if (page.total() == 0) {
            return "nothing found";
        }
        long first = (long) (page.page() - 1) * page.size() + 1;
        long last = first + page.items().size() - 1;
        if (page.items().isEmpty()) {
            return "page " + page.page() + " is past the end: " + page.total() + " found";
        }
        return first + "-" + last + " of " + page.total() + (last < page.total() ? " (next: --page " + (page.page() + 1) + ")" : "");
    }
}
