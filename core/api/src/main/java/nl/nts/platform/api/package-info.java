/**
 * The outcome types every part of the platform shares: the exceptions a core service throws
 * when a request cannot be honoured, and {@link nl.nts.platform.api.Violation}, one broken
 * rule on one field.
 *
 * <p>The REST layer maps them to HTTP: {@link nl.nts.platform.api.NotFoundException} to 404,
 * {@link nl.nts.platform.api.ConflictException} to 409,
 * {@link nl.nts.platform.api.ValidationException} to 422, each with an
 * {@code application/problem+json} body that names the field. A plugin that calls a core
 * service catches these, never a persistence or HTTP type. A refused change is a
 * {@link SecurityException} (403). {@link nl.nts.platform.api.Roles} names the roles.
 */
@Export
@Version("1.2.0")
package nl.nts.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
