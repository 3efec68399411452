package nl.nts.platform.itests.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds plugin bundles and the feature repository that offers them, as files, the way a ROM
 * publishes its own: a jar of {@link EditionFormat} with the plugin's headers, and a features XML
 * naming it by a {@code file:} location.
 */
public final class KitPlugins {

    private KitPlugins() {
    }

    /**
     * Writes the plugin's jar.
     *
     * @param rom     the ROM it declares ({@code NTS-Plugin-Rom}); null for a national plugin
     * @param edition what its format writes, which makes two builds of one version differ
     */
    public static void writeJar(Path jar, String id, String version, String rom, String format, String edition) throws IOException {
        writeJar(jar, id, version, rom, format, edition, java.util.Map.of());
    }

    /** @param more further entries of the jar by path, e.g. a metatype under {@code OSGI-INF/metatype/} */
    public static void writeJar(Path jar, String id, String version, String rom, String format, String edition, java.util.Map<String, String> more)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "kit." + id);
        main.putValue("Bundle-Name", "Kit test plugin " + id);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", EditionFormat.class.getName());
        main.putValue("Import-Package", "nl.nts.platform.api.plugin;version=\"[2.2,3)\",nl.nts.platform.api.model,org.osgi.framework");
        main.putValue("NTS-Plugin-Id", id);
        if (rom != null) {
            main.putValue("NTS-Plugin-Rom", rom);
        }
        main.putValue("Kit-Format", format);
        Files.createDirectories(jar.getParent());
        Path written = Files.createTempFile(jar.getParent(), "kit", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(written), manifest)) {
            String name = EditionFormat.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(name));
            try (InputStream in = EditionFormat.class.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(out);
            }
            out.closeEntry();
            out.putNextEntry(new JarEntry("edition.txt"));
            out.write(edition.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (java.util.Map.Entry<String, String> entry : more.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.move(written, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a feature repository offering {@code nts-plugin-<id>} at {@code version} from the jar. */
    public static void writeFeatures(Path xml, String repository, String id, String version, Path jar) throws IOException {
        String features = "<features name=\"" + repository + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"nts-plugin-" + id + "\" version=\"" + version + "\">\n"
                + "    <bundle>" + jar.toUri() + "</bundle>\n"
                + "  </feature>\n"
                + "</features>\n";
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, features);
    }

    /**
     * Writes a KAR (Karaf archive) as karaf-maven-plugin makes one: the plugin's jar and a feature
     * repository naming it by its Maven coordinates, under {@code repository/} in Maven's layout.
     */
    public static void writeKar(Path kar, String groupId, String artifactId, String version, Path jar) throws IOException {
        String folder = "repository/" + groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
        String features = "<features name=\"" + artifactId + "-" + version + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"nts-plugin-" + artifactId + "\" version=\"" + version + "\">\n"
                + "    <bundle>mvn:" + groupId + "/" + artifactId + "/" + version + "</bundle>\n"
                + "  </feature>\n"
                + "</features>\n";
        Files.createDirectories(kar.getParent());
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(kar))) {
            out.putNextEntry(new java.util.zip.ZipEntry(folder + artifactId + "-" + version + ".jar"));
            Files.copy(jar, out);
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry(folder + artifactId + "-" + version + "-features.xml"));
            out.write(features.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
