package nl.nts.platform.core.plugins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Bundle;

/**
 * What a bundle holds, as one digest over its entries' names and bytes (in name order, directories
 * left out): the same for a jar rebuilt with the same content, whatever its zip timestamps, and
 * different as soon as one class or resource differs. Tells whether the bytes at a bundle's
 * location are the ones installed, without any record kept of what was installed.
 */
final class BundleContent {

    private BundleContent() {
    }

    /** @return the digest of the entries of the installed bundle's own jar (not of its fragments) */
    static String of(Bundle bundle) {
        Map<String, byte[]> digests = new TreeMap<>();
        Deque<String> folders = new ArrayDeque<>();
        folders.add("/");
        while (!folders.isEmpty()) {
            Enumeration<String> paths = bundle.getEntryPaths(folders.poll());
            while (paths != null && paths.hasMoreElements()) {
                String path = paths.nextElement();
                if (path.endsWith("/")) {
                    folders.add(path);
                    continue;
                }
                URL entry = bundle.getEntry(path);
                if (entry != null) {
                    try (InputStream in = entry.openStream()) {
                        digests.put(strip(path), sha256(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + path + " of bundle " + bundle.getSymbolicName(), e);
                    }
                }
            }
        }
        return combined(digests);
    }

    /** @return the digest of the entries of a jar's bytes */
    static String of(byte[] jar) throws IOException {
        Map<String, byte[]> digests = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    digests.put(strip(entry.getName()), sha256(zip));
                }
            }
        }
        return combined(digests);
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static byte[] sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    private static String combined(Map<String, byte[]> digests) {
        MessageDigest all = sha256();
        digests.forEach((path, digest) -> {
            all.update(path.getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(digest);
        });
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
