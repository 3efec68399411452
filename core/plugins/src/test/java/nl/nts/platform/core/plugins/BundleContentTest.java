package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class BundleContentTest {

    @Test
    void aJarRebuiltWithTheSameContentHasTheSameDigestWhateverItsTimestampsAndOrder() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Bundle-SymbolicName: a\r\n");
        entries.put("a/Format.class", "bytes of a class");
        entries.put("edition.txt", "one");
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("edition.txt", "one");
        reordered.put("META-INF/MANIFEST.MF", "Bundle-SymbolicName: a\r\n");
        reordered.put("a/Format.class", "bytes of a class");

        assertEquals(BundleContent.of(jar(entries, 1_000_000L)), BundleContent.of(jar(reordered, 2_000_000_000L)));
    }

    @Test
    void oneChangedResourceChangesTheDigest() throws IOException {
        Map<String, String> one = Map.of("META-INF/MANIFEST.MF", "Bundle-SymbolicName: a\r\n", "edition.txt", "one");
        Map<String, String> two = Map.of("META-INF/MANIFEST.MF", "Bundle-SymbolicName: a\r\n", "edition.txt", "two");
        Map<String, String> renamed = Map.of("META-INF/MANIFEST.MF", "Bundle-SymbolicName: a\r\n", "edition2.txt", "one");

        assertNotEquals(BundleContent.of(jar(one, 0)), BundleContent.of(jar(two, 0)));
        assertNotEquals(BundleContent.of(jar(one, 0)), BundleContent.of(jar(renamed, 0)));
    }

    /** A jar of these entries (and their folders), every entry stamped with this time. */
    static byte[] jar(Map<String, String> entries, long time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            java.util.Set<String> folders = new java.util.HashSet<>();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                String name = e.getKey();
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    String folder = name.substring(0, slash + 1);
                    if (folders.add(folder)) {
                        ZipEntry dir = new ZipEntry(folder);
                        dir.setTime(time);
                        zip.putNextEntry(dir);
                        zip.closeEntry();
                    }
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
