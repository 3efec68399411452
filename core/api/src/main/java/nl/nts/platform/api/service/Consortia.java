package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Consortium;

/**
 * The consortia answering funding calls.
 *
 * <p>Rules on write: an existing call; a name; an existing lead organisation; existing member
 * organisations, each once and none the lead, each with a role; a known ROM where given.
 */
@ProviderType
public interface Consortia extends RecordStore<Consortium> {

    /** The fields {@link #find} sorts by: {@code name} (the default), {@code updatedAt}. */
    String SORTS = "name, updatedAt";

    /**
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Consortium> find(ConsortiumFilter filter, PageRequest page);
}
