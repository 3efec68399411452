package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Workshop;

/**
 * The workshops where the field brings its input.
 *
 * <p>Rules on write: a title; a date; a known organising ROM, and known co-organising ROMs
 * other than it; known key technologies, value chains and organisations; participants with a
 * name and, where given, a valid e-mail address. A workshop with inputs cannot be deleted.
 */
@ProviderType
public interface Workshops extends RecordStore<Workshop> {

    /** The fields {@link #find} sorts by: {@code date} (the default, newest first with {@code -date}), {@code title}, {@code updatedAt}. */
    String SORTS = "date, title, updatedAt";

    /**
     * @return one page of the workshops that pass the filter, newest first unless the request
     *         sorts otherwise
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Workshop> find(WorkshopFilter filter, PageRequest page);
}
