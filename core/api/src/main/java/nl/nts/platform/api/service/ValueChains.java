package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.ValueChain;

/**
 * The value chains: read by everyone, changed by operators. Every method runs in a
 * transaction of its own; a refused change writes nothing.
 */
@ProviderType
public interface ValueChains {

    /** @return all value chains, ordered by code */
    List<ValueChain> list();

    /**
     * @param code the value chain's code, matched exactly
     * @return the value chain
     * @throws NotFoundException when no value chain has that code
     */
    ValueChain get(String code);

    /**
     * Creates a value chain. The {@code version} of the input is ignored.
     *
     * @param chain the new value chain
     * @return the stored value chain, with its first version
     * @throws ValidationException when a field breaks a rule (see {@link ValueChain}) or names
     *                             an unknown key technology or ROM
     * @throws ConflictException   when the code is taken
     */
    ValueChain create(ValueChain chain);

    /**
     * Replaces a value chain's name, description, technologies and ROMs. The code stays: the
     * input's code must be null or equal to {@code code}.
     *
     * @param code  the code of the value chain to change
     * @param chain the new content; its {@code version}, when not null, must be the current one
     * @return the stored value chain with its new version
     * @throws NotFoundException   when no value chain has that code
     * @throws ValidationException when a field breaks a rule
     * @throws ConflictException   when {@code version} is not the current version
     */
    ValueChain update(String code, ValueChain chain);

    /**
     * Deletes a value chain.
     *
     * @param code the code of the value chain to delete
     * @throws NotFoundException when no value chain has that code
     */
    void delete(String code);
}
