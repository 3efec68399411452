package nl.nts.platform.api.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Organisation;

/**
 * The organisations of the NTS dialogue.
 *
 * <p>Rules on write: a name; a kind; a KvK number, when given, of exactly 8 digits and not
 * used by another organisation; a country code; for an organisation in the Netherlands
 * ({@code NL}) a province the ROMs cover, from which the core sets {@code nuts2} and
 * {@code rom}; known key technologies and value-chain segments; a TRL from 1 to 9; external
 * ids unique per source system.
 */
@ProviderType
public interface Organisations extends RecordStore<Organisation> {

    /** The fields {@link #find} sorts by: {@code name}, {@code city}, {@code updatedAt}. */
    String SORTS = "name, city, updatedAt";

    /**
     * @return one page of the organisations that pass the filter, by name unless the request
     *         sorts otherwise
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<Organisation> find(OrganisationFilter filter, PageRequest page);

    /**
     * Finds an organisation by its id in a source system, as a connector does before it
     * decides to create or update.
     *
     * @param system the source system, e.g. {@code hubspot}
     * @param externalId the organisation's id in that system
     */
    Optional<Organisation> byExternalId(String system, String externalId);

    /**
     * Finds organisations by their ids in a source system in one read, as the connector runner
     * does for a page of records before it decides for each whether to create or update.
     *
     * @param system      the source system, e.g. {@code hubspot}
     * @param externalIds ids in that system; any number (read in chunks)
     * @return the organisations found, keyed by their id in that system; an id no organisation
     *         holds is absent
     * @since 2.3
     */
    Map<String, Organisation> byExternalIds(String system, Collection<String> externalIds);
}
