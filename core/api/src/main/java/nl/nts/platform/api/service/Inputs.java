package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Input;

/**
 * The input brought in at workshops, or left on a ROM's public page: challenges,
 * opportunities, proposals and risks.
 *
 * <p>Rules on write: an existing workshop (the input takes its ROM; input left on a public page
 * keeps its ROM and needs none, but may be given one of that ROM's workshops); an existing contributing
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

    /**
     * Takes input left on a ROM's public page by someone without an account, for anyone to
     * call (the platform's public page does, for every visitor; limiting how often is the
     * caller's). The input enters the ROM's input workflow in its initial state, with no
     * workshop, and is stamped as made by {@code public-page}, never by the caller.
     *
     * <p>Rules, besides those of every input (kind, theme, technologies, value chain, text): the
     * {@link Input#submission() submission} is required, with the organisation's name (1 to 200
     * characters); a contact name (at most 200) or e-mail address (at most 254, one {@code @})
     * only with {@code contactConsent}; the workshop, organisation, status and every core-set
     * component are ignored.
     *
     * @param rom   the code of the ROM whose page it was left on
     * @param input the input, with its submission
     * @return the input as stored, as the caller may read it (without the contact unless the caller acts for the ROM)
     * @throws nl.nts.platform.api.NotFoundException when no ROM has that code
     * @throws SecurityException when the operator closed that ROM's public page
     * @throws nl.nts.platform.api.ValidationException naming the field that breaks a rule, e.g. {@code submission.contactConsent}
     * @since 2.3
     */
    Input submitPublic(String rom, Input input);
}
