package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * Create, read, replace and delete of one kind of record with a numeric id. Every method runs
 * in a transaction of its own (or joins the caller's); a refused change writes nothing.
 *
 * <p>Every write names who makes it ({@code by}: a user name, or a plugin or job id), which
 * the record's {@code stamp} keeps. A change or delete names the version the caller read; if
 * the record changed since, the write is refused instead of overwriting someone else's work.
 *
 * @param <R> the record type, e.g. {@link nl.nts.platform.api.model.Workshop}
 */
@ProviderType
public interface RecordStore<R> {

    /**
     * @throws NotFoundException when no record has that id
     */
    R get(long id);

    /**
     * @param record the new record; its id, version, stamp and the fields the core sets are
     *               ignored
     * @param by     who creates it
     * @return the stored record, with its id and first version
     * @throws ValidationException when a field breaks a rule (every broken rule is listed)
     * @throws ConflictException   when a value that must be unique is taken
     */
    R create(R record, String by);

    /**
     * Replaces a record's fields.
     *
     * @param expectedVersion the version the caller read
     * @return the stored record with its new version
     * @throws NotFoundException   when no record has that id
     * @throws ValidationException when a field breaks a rule
     * @throws ConflictException   when {@code expectedVersion} is not current (field
     *                             {@code version}) or a unique value is taken
     */
    R update(long id, R record, long expectedVersion, String by);

    /**
     * @param expectedVersion the version the caller read, or null to delete whatever it holds
     * @throws NotFoundException when no record has that id
     * @throws ConflictException when {@code expectedVersion} is not current, or when other
     *                           records still refer to it (the message names them)
     */
    void delete(long id, Long expectedVersion, String by);
}
