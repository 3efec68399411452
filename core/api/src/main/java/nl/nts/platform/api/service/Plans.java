package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;

/**
 * The regional reinforcement plans.
 *
 * <p>Rules on write: a title; an existing value chain; at least one known owning ROM, none
 * twice; a period whose end is not before its start; a status ({@code DRAFT} when none is
 * given); an edition of 1 or more (1 when none is given). A plan with actions cannot be
 * deleted.
 */
@ProviderType
public interface Plans extends RecordStore<Plan> {

    /** The fields {@link #find} sorts by: {@code title} (the default), {@code periodStart}, {@code status}, {@code updatedAt}. */
    String SORTS = "title, periodStart, status, updatedAt";

    /**
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Plan> find(PlanFilter filter, PageRequest page);

    /**
     * @return the plan with its actions and the inputs each answers, read in a fixed number of
     *         queries however many actions there are
     * @throws NotFoundException when no plan has that id
     */
    PlanOverview overview(long id);
}
