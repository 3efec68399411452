package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.ValueChain;

/**
 * The value chains: read by everyone, changed by operators. Every method runs in a
 * transaction of its own; a refused change writes nothing.
 */
@ProviderType
public interface ValueChains {

    /** The fields {@link #find} sorts by: {@code code} (the default), {@code name}, {@code updatedAt}. */
    String SORTS = "code, name, updatedAt";

    /** @return all value chains, ordered by code */
    List<ValueChain> list();

    /**
     * @return one page of the value chains that pass the filter
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<ValueChain> find(ValueChainFilter filter, PageRequest page);

    /**
     * @param code the value chain's code, matched exactly
     * @return the value chain
     * @throws NotFoundException when no value chain has that code
     */
    ValueChain get(String code);

    /**
     * Creates a value chain. The {@code version} and {@code stamp} of the input are ignored.
     *
     * @param chain the new value chain
     * @return the stored value chain, with its first version
     * @throws ValidationException when a field breaks a rule (see {@link ValueChain}) or names
     *                             an unknown key technology or ROM
     * @throws ConflictException   when the code is taken
     */
    ValueChain create(ValueChain chain);

    /**
     * Replaces a value chain's name, description, technologies, ROMs and segments. The code
     * stays: the input's code must be null or equal to {@code code}. A segment that
     * organisations work in cannot be dropped.
     *
     * @param code            the code of the value chain to change
     * @param chain           the new content; its {@code version} is ignored
     * @param expectedVersion the version the caller read
     * @return the stored value chain with its new version
     * @throws NotFoundException   when no value chain has that code
     * @throws ValidationException when a field breaks a rule
     * @throws ConflictException   when {@code expectedVersion} is not the current version
     *                             (field {@code version}), or a dropped segment is in use
     *                             (field {@code segments})
     */
    ValueChain update(String code, ValueChain chain, long expectedVersion);

    /**
     * Deletes a value chain.
     *
     * @param code            the code of the value chain to delete
     * @param expectedVersion the version the caller read, or null to delete whatever it holds
     * @throws NotFoundException when no value chain has that code
     * @throws ConflictException when {@code expectedVersion} is not current, or records still
     *                           refer to the chain (the message names them)
     */
    void delete(String code, Long expectedVersion);

    /**
     * @return per segment, how many organisations work in it in the chain's regions,
     *         elsewhere in the Netherlands, in the EU and outside it
     * @throws NotFoundException when no value chain has that code
     */
    Resilience resilience(String code);
}
