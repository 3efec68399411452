package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.AuditEntry;

/**
 * The audit trail: every change made through the core's services, read-only. The core writes
 * the entries itself, in the transaction of each change; nothing (no plugin, no API call) can
 * change or delete one. Who may read which part is the caller's business: the REST API gives
 * {@code kia-operator} all of it and a {@code rom-admin:<ROM>} the entries of their ROM's
 * records.
 *
 * @since 1.1
 */
@ProviderType
public interface AuditTrail {

    /**
     * @param page sorted by {@code at} (default, newest first: {@code -at}), {@code actor} or
     *             {@code kind}
     * @throws ValidationException when the sort key is unknown (field {@code sort})
     */
    Page<AuditEntry> find(AuditFilter filter, PageRequest page);

    /** @throws NotFoundException when no entry has that id */
    AuditEntry get(long id);
}
