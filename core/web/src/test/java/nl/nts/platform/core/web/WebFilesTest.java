package nl.nts.platform.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;

import org.junit.jupiter.api.Test;

class WebFilesTest {

    private final WebFiles files = new WebFiles(this::entry, 42);

    private URL entry(String name) {
        try {
            return name.startsWith("web/") || name.startsWith("META-INF/") ? new URL("file:/bundle/" + name) : null;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRootIsThePage() {
        assertEquals("file:/bundle/web/index.html", files.find("/").orElseThrow().url().toString());
        assertEquals("text/html; charset=utf-8", files.find("").orElseThrow().type());
        assertEquals("text/javascript; charset=utf-8", files.find("/app.js").orElseThrow().type());
    }

    @Test
    void nothingOutsideTheWebFolderNorOfUnknownType() {
        assertTrue(files.find("/../META-INF/MANIFEST.MF").isEmpty());
        assertTrue(files.find("/%2e%2e/x.js").isEmpty());
        assertTrue(files.find("/a/../b.js").isEmpty());
        assertTrue(files.find("/Thing.class").isEmpty());
        assertTrue(files.find("/app.jsp").isEmpty());
        assertTrue(files.find("/index").isEmpty());
        assertTrue(files.find("//etc/passwd.js").isEmpty());
    }

    @Test
    void theTagChangesWithTheBundle() {
        String before = files.find("/app.js").orElseThrow().etag();
        String after = new WebFiles(this::entry, 43).find("/app.js").orElseThrow().etag();
        assertTrue(!before.equals(after));
    }
}
