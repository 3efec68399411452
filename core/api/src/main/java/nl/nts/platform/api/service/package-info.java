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
 *
 * <h2>Who calls</h2>
 * The services are registered with bundle scope: each bundle gets instances of its own, and
 * the core knows from the framework which bundle calls. A plugin (a bundle with the header
 * {@code NTS-Plugin-Id}) always acts for itself and for the ROM its header
 * {@code NTS-Plugin-Rom} names, with the rights of that ROM's members: it creates, changes and
 * deletes that ROM's records and nothing else; a national plugin (no ROM header, installed by
 * an operator) acts for the national core. A write it may not make throws
 * {@link java.lang.SecurityException} and changes nothing. Stamps and the audit trail name it
 * {@code plugin:<id>}. See {@link nl.nts.platform.api.Roles}.
 *
 * <h2>Changes from 1.x to 2.0</h2>
 * <ul>
 * <li>Writes take no {@code by} argument any more: {@link RecordStore#create(Object)},
 * {@link RecordStore#update(long, Object, long)}, {@link RecordStore#delete(long, Long)}, the
 * same on {@link ValueChains}, {@link Connectors#start(String)},
 * {@link PluginCatalog#install(String, String)}, {@link PluginCatalog#uninstall(String)},
 * {@link SampleData#loadIntoEmptyDatabase()}. Drop the argument: the core knows who calls.</li>
 * <li>{@link Workflows#transition(long, String, String)} and
 * {@link Workflows#move(long, String, String)} take neither {@code by} nor a role predicate:
 * the caller's own roles decide.</li>
 * <li>Every write may throw {@link java.lang.SecurityException} when the caller may not make
 * it; in 1.x only the REST layer refused.</li>
 * <li>A new input starts in its workflow's initial state; naming another {@code status} on
 * create is refused (field {@code status}).</li>
 * </ul>
 * <h2>Changes in 2.1</h2>
 * <ul>
 * <li>{@link Reports#render(nl.nts.platform.api.plugin.ReportKind, String, String, nl.nts.platform.api.report.ReportOptions)}:
 * a report in Dutch or English, with what changed since a day.</li>
 * </ul>
 * <h2>Changes in 2.3</h2>
 * <ul>
 * <li>{@link Connectors}: runs are stored and resumed after a restart;
 * {@link Connectors#start(String, boolean)} (a full run), {@link Connectors#cancel(long)},
 * {@link Connectors#runs(String)}. A ROM's admin may run the connectors of that ROM.</li>
 * <li>{@link RecordStore#update(long, Object, long)} of a record equal to what is stored writes
 * nothing: the version stays, no audit entry is made, and the stored record is returned.</li>
 * <li>{@link Organisations#byExternalIds(String, java.util.Collection)}: many organisations by
 * their ids in a source system, in one read.</li>
 * <li>{@link Inputs#submitPublic(String, nl.nts.platform.api.model.Input)}: input left on a ROM's
 * public page by someone without an account. An input's {@code workshop} may now be null (for
 * such input), and its contact is read only by those who act for its ROM.</li>
 * <li>{@link PersonalData}: where personal data is kept and why, a copy of what is held about
 * one person, and erasing them ({@link PersonQuery}).</li>
 * </ul>
 * <h2>Changes in 2.4</h2>
 * <ul>
 * <li>{@link Matching}: the organisations that fit a funding call, grouped by ROM and each with
 * why, with a proposed consortium; and the open calls that fit an organisation.</li>
 * <li>Funding calls carry a TRL range and whether they are cross-regional, organisations their EU
 * projects (model 1.4).</li>
 * <li>{@link PersonalData#retain(boolean)} and {@link PersonalData#retentionRuns}: personal data
 * erased once its retention period has passed, by runs with a stored report; the periods in
 * {@link PersonalData#fields()}' {@code retention}. A workshop participant's e-mail address needs
 * its legal basis ({@code Participant.emailBasis}, model 1.4).</li>
 * </ul>
 * Import the package with {@code [2.0,3)}.
 */
@Export
@Version("2.4.0")
package nl.nts.platform.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
