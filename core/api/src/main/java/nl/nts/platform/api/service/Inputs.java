package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Input;

/**
 * The input brought in at workshops: challenges, opportunities, proposals and risks.
 *
 * <p>Rules on write: an existing workshop (the input takes its ROM); an existing contributing
 * organisation, where given; a kind; a known theme; known key technologies and value chain; a
 * text of 1 to 4000 characters; a status of the national default workflow ({@code received}
 * when none is given). An input that an action answers cannot be deleted.
 */
@ProviderType
public interface Inputs extends RecordStore<Input> {

    /** The fields {@link #find} sorts by: {@code createdAt} (the default), {@code kind}, {@code theme}, {@code status}, {@code updatedAt}. */
    String SORTS = "createdAt, kind, theme, status, updatedAt";

    /** The statuses of the national default workflow; a new input is {@code received}. */
    java.util.List<String> DEFAULT_STATUSES = java.util.List.of("received", "triaged", "answered", "declined");

    /**
     * @return one page of the inputs that pass the filter, oldest first unless the request
     *         sorts otherwise
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Input> find(InputFilter filter, PageRequest page);
}
