package nl.nts.platform.itests.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.Set;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportContext;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * The code of the plugins PluginKitIT builds at run time ({@link KitPlugins}): a report format
 * whose id is the bundle's {@code Kit-Format} header and whose every render writes the bundle's
 * {@code edition.txt}, then what the reader asked (language, locale, the {@code greeting}
 * parameter, inline). Two builds of one version that differ in {@code edition.txt} are two sets
 * of bytes.
 */
public class EditionFormat implements ReportFormat, BundleActivator {

    private String edition;
    private ServiceRegistration<ReportFormat> registration;

    @Override
    public void start(BundleContext context) throws IOException {
        try (InputStream in = context.getBundle().getEntry("edition.txt").openStream()) {
            edition = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, context.getBundle().getHeaders().get(PluginProperties.HEADER_PLUGIN_ID));
        properties.put(ReportFormat.FORMAT, context.getBundle().getHeaders().get("Kit-Format"));
        String rom = context.getBundle().getHeaders().get(PluginProperties.HEADER_ROM);
        if (rom != null) {
            properties.put(PluginProperties.ROM, rom);
        }
        registration = context.registerService(ReportFormat.class, this, properties);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    @Override
    public String name() {
        return "Edition " + edition;
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.PLAN, ReportKind.AGENDA, ReportKind.WORKSHOP);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(("edition " + edition).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void render(Report report, ReportContext context, OutputStream out) throws IOException {
        render(report, out);
        out.write(("\nlanguage " + context.language() + "\nlocale " + context.locale().toLanguageTag() + "\ngreeting "
                + context.parameter("greeting").orElse("-") + "\ninline " + context.inline()).getBytes(StandardCharsets.UTF_8));
    }
}
