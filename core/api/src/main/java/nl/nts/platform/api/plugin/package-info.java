/**
 * The plugin SPI: what a ROM's or an integrator's bundle implements to extend the platform
 * without touching the core.
 *
 * <h2>Writing a plugin</h2>
 * A plugin is an OSGi bundle that depends on {@code nts-core-api} only. It registers its
 * contributions as OSGi services (Declarative Services is simplest) with service properties
 * that say whose they are:
 * <ul>
 * <li>{@value nl.nts.platform.api.plugin.PluginProperties#PLUGIN_ID}: the plugin's id, e.g.
 * {@code report-csv}, lowercase letters, digits and {@code -}; the same as in its bundle header
 * {@value nl.nts.platform.api.plugin.PluginProperties#HEADER_PLUGIN_ID}</li>
 * <li>{@value nl.nts.platform.api.plugin.PluginProperties#ROM}: the ROM code the plugin belongs to
 * (e.g. {@code BOM}); leave it out for a national plugin any ROM may use. A ROM's plugin acts
 * only on records that ROM owns.</li>
 * </ul>
 * Its bundle manifest describes it, read by the plugin catalog ({@code GET /api/plugins}):
 * <pre>
 * NTS-Plugin-Id: report-csv
 * NTS-Plugin-Rom: BOM            (only for a ROM's plugin)
 * Bundle-Name: CSV reports
 * Bundle-Vendor: ...
 * </pre>
 * and it ships as one Karaf feature named {@code nts-plugin-<id>}.
 *
 * <h2>A report format in full</h2>
 * <pre>{@code
 * @Component(property = {PluginProperties.PLUGIN_ID + "=report-csv", ReportFormat.FORMAT + "=csv"})
 * public class CsvReports implements ReportFormat {
 *     public String name() { return "CSV"; }
 *     public String mediaType() { return "text/csv; charset=UTF-8"; }
 *     public String fileExtension() { return "csv"; }
 *     public Set<ReportKind> kinds() { return EnumSet.allOf(ReportKind.class); }
 *     public void render(Report report, OutputStream out) throws IOException { ... }
 * }
 * }</pre>
 * The core calls {@code render} on a thread of its own and gives up after a configurable
 * time; an exception or a hang fails that one request only.
 *
 * <h2>Who a plugin acts as</h2>
 * Whatever a plugin does through the core's services, it does for itself and for the ROM its
 * bundle declares in the manifest header {@value PluginProperties#HEADER_ROM}, with the rights
 * of that ROM's members; code of a plugin the core runs (a workflow hook, a connector, a
 * listener) runs the same way. See {@link nl.nts.platform.api.Roles}.
 *
 * <h2>Changes from 1.x to 2.0</h2>
 * <ul>
 * <li>{@link Workflow} serves three subjects: {@value Workflow#INPUTS}, {@value Workflow#ACTIONS}
 * and {@value Workflow#PLANS}. Workflows for actions and plans use the national states; see the
 * interface.</li>
 * <li>{@link Workflow.TransitionRequest} carries the record itself as its last component
 * ({@code request.record(Input.class)}): a hook need not read it again.</li>
 * <li>{@link Workflow.State} has a fourth component, {@code answered}; the three-argument
 * constructor stays and means "not answered". Mark the states that mean an action answers the
 * input (BOM: {@code merged}); the engine lets an input into them only while an action answers
 * it.</li>
 * <li>New: {@link TransitionListener}, told of every completed transition.</li>
 * </ul>
 * <h2>Changes in 2.1</h2>
 * <ul>
 * <li>{@link ReportKind#OVERVIEW}: the national overview, rendered by the formats of
 * {@link nl.nts.platform.api.report.DocumentFormat}, which render the content the core builds
 * for any kind of report.</li>
 * </ul>
 * <h2>Changes in 2.2</h2>
 * <ul>
 * <li>{@link ReportContext}: the request's query parameters, the reader's locale and language,
 * {@code since} and whether the report is viewed inline, handed to
 * {@link ReportFormat#render(Report, ReportContext, java.io.OutputStream)}, a default method that
 * calls the two-argument {@code render}: formats written against 2.0 or 2.1 keep working
 * unchanged.</li>
 * <li>{@link SourcePage} carries a {@code checkpoint} (where the next run starts: incremental
 * sync) and the {@code fields} its records keep (a null value then clears a field). The
 * two-argument constructor stays and means what it meant.</li>
 * <li>{@link RetryableSourceException}: a read worth trying again; the core waits and retries.</li>
 * <li>{@link Connector#RUN_EVERY_MINUTES} and {@link Connector#TIME_LIMIT_MINUTES}: periodic runs
 * and a time limit per connector instance; {@value PluginProperties#ROM} on an instance of a
 * national connector runs it for that ROM.</li>
 * </ul>
 * <h2>Changes in 2.3</h2>
 * <ul>
 * <li>{@link SourceHttp}: one HTTP exchange of a connector with its source, a timeout, 429 or 5xx
 * told as a {@link RetryableSourceException} (with the answer's {@code Retry-After}).</li>
 * <li>{@link SourceCursor}: a cursor of named parts, written as a query string.</li>
 * <li>{@link SourcePage}: a source may keep {@code euProjects}; a funding call's TRL range and
 * {@code crossRegional} stay as stored when the source gives none.</li>
 * </ul>
 * Import the package with {@code [2.0,3)}; bnd does this for a plugin built against 2.0.
 */
@Export
@Version("2.3.0")
package nl.nts.platform.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
