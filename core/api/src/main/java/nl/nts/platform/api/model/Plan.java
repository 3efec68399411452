package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional reinforcement plan for one value chain: the actions that answer what the field
 * brought in. Owned by one ROM or several jointly.
 *
 * @param id          assigned on create
 * @param title       1 to 200 characters
 * @param valueChain  the code of the value chain the plan reinforces
 * @param roms        the owning ROMs, at least one; the first leads
 * @param periodStart the first day the plan covers
 * @param periodEnd   the last day the plan covers, not before {@code periodStart}
 * @param status      where the plan stands
 * @param edition     the plan's own edition number (1, 2, ...), raised by its authors when
 *                    they publish a new edition; not to be confused with {@code version}
 * @param summary     up to 4000 characters; may be null
 * @param version     raised by every change (optimistic concurrency)
 * @param stamp       when and by whom it was created and changed
 */
public record Plan(
        Long id,
        String title,
        String valueChain,
        List<String> roms,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanStatus status,
        Integer edition,
        String summary,
        Long version,
        Stamp stamp) {

    public Plan {
        roms = Copies.list(roms);
    }
}
