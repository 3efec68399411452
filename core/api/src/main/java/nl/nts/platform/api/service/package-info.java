/**
 * Services of the national core, published in the OSGi service registry. Get them with a
 * Declarative Services reference, for example:
 *
 * <pre>{@code
 * @Component
 * public class MyReport {
 *     private final ReferenceData referenceData;
 *
 *     @Activate
 *     public MyReport(@Reference ReferenceData referenceData) {
 *         this.referenceData = referenceData;
 *     }
 * }
 * }</pre>
 *
 * <p>The core implements these interfaces; plugins only call them. Methods are safe to call
 * from any thread. A refused request throws one of the exceptions of
 * {@link nl.nts.platform.api}.
 */
@Export
@Version("1.1.0")
package nl.nts.platform.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
