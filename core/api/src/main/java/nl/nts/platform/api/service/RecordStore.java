package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * Create, read, replace and delete of one kind of record with a numeric id. Every method runs
 * in a transaction of its own (or joins the caller's); a refused change writes nothing.
 *
 * <p>Every call runs for a caller, and the core decides there what it may do, whichever way the
 * call came: a user of the REST API or the shell, with the roles the realm gives them; a
 * plugin, for the ROM its bundle declares ({@code NTS-Plugin-Rom}); or the core itself. A
 * caller changes only records its ROM owns (see {@link nl.nts.platform.api.Roles}); any other
 * write throws {@link SecurityException} and changes nothing. The record's {@code stamp}
 * keeps who made each change: a user's name, or {@code plugin:<id>} for a plugin. A change or delete names the version the caller read; if
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
     * @return the stored record, with its id and first version
     * @throws ValidationException when a field breaks a rule (every broken rule is listed)
     * @throws ConflictException   when a value that must be unique is taken
     * @throws SecurityException   when the caller may not create a record with these owners
     */
    R create(R record);

    /**
     * Replaces a record's fields. When the record as it would be stored equals the stored one
     * (every field but the version and the stamp), nothing is written: the version stays, no
     * audit entry is made, and the stored record is returned as it is (since 2.3). Compare the
     * returned version with the one you sent to tell the two apart.
     *
     * @param expectedVersion the version the caller read
     * @return the stored record with its new version, or unchanged
     * @throws NotFoundException   when no record has that id
     * @throws ValidationException when a field breaks a rule
     * @throws ConflictException   when {@code expectedVersion} is not current (field
     *                             {@code version}) or a unique value is taken
     * @throws SecurityException   when the caller may not change the stored record, or may
     *                             not give it the new owners
     */
    R update(long id, R record, long expectedVersion);

    /**
     * @param expectedVersion the version the caller read, or null to delete whatever it holds
     * @throws NotFoundException when no record has that id
     * @throws ConflictException when {@code expectedVersion} is not current, or when other
     *                           records still refer to it (the message names them)
     * @throws SecurityException when the caller may not change the record
     */
    void delete(long id, Long expectedVersion);
}
