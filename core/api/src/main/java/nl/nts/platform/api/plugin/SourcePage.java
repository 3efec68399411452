package nl.nts.platform.api.plugin;

import java.util.List;

/**
 * One page read from a source system.
 *
 * @param records the records on this page
 * @param next    the cursor of the next page, or null when this was the last
 */
public record SourcePage<T>(List<T> records, String next) {

    public SourcePage {
        records = List.copyOf(records);
    }
}
