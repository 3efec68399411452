package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;

/**
 * The actions of the reinforcement plans.
 *
 * <p>Rules on write: an existing plan; a title; existing owner and partner organisations, the
 * owner not also a partner; a horizon; an end not before the start; a budget whose amounts are
 * not negative and whose public and private parts make its total; KPIs with an indicator, a
 * target, a unit and a year; a status ({@code IDEA} when none is given); known key
 * technologies (the plan's value chain's when none are given); existing inputs, none twice.
 */
@ProviderType
public interface Actions extends RecordStore<Action> {

    /** The fields {@link #find} sorts by: {@code title} (the default), {@code start}, {@code status}, {@code updatedAt}. */
    String SORTS = "title, start, status, updatedAt";

    /**
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Action> find(ActionFilter filter, PageRequest page);
}
