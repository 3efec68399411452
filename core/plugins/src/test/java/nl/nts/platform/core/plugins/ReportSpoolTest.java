package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nts.platform.api.model.ReportFile;

class ReportSpoolTest {

    @TempDir
    Path folder;

    @Test
    void aSmallReportStaysInMemoryAndLeavesNoFile() throws IOException {
        ReportSpool spool = new ReportSpool(folder, 1 << 30);
        byte[] bytes = random(1000);
        spool.write(bytes, 0, bytes.length);
        try (ReportFile report = spool.finish("text/csv", "plan-1.csv")) {
            assertEquals(1000, report.size());
            assertArrayEquals(bytes, read(report));
            assertEquals(0, files());
        }
    }

    @Test
    void aLargeReportGoesToAFileThatClosingDeletes() throws IOException {
        ReportSpool spool = new ReportSpool(folder, 1 << 30);
        byte[] bytes = random(ReportSpool.IN_MEMORY * 3 + 17);
        // written as a format writes: in pieces of all sizes, some single bytes
        for (int at = 0; at < bytes.length;) {
            int n = Math.min(bytes.length - at, 1 + (at % 70_000));
            if (n == 1) {
                spool.write(bytes[at]);
            } else {
                spool.write(bytes, at, n);
            }
            at += n;
        }
        ReportFile report = spool.finish("application/pdf", "agenda-NTS01.pdf");
        assertEquals(bytes.length, report.size());
        assertEquals(1, files());
        assertArrayEquals(bytes, read(report));
        assertArrayEquals(bytes, read(report), "read twice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(bytes.length, report.transferTo(out));
        assertArrayEquals(bytes, out.toByteArray());
        report.close();
        assertEquals(0, files());
        assertThrows(IOException.class, report::open);
        report.close();
    }

    @Test
    void aReportPastTheCapIsRefused() throws IOException {
        ReportSpool spool = new ReportSpool(folder, 3L * 1024 * 1024);
        byte[] mb = random(1024 * 1024);
        for (int i = 0; i < 3; i++) {
            spool.write(mb, 0, mb.length);
        }
        IOException e = assertThrows(IOException.class, () -> spool.write(mb, 0, 1));
        assertEquals("the report is larger than 3 MB", e.getMessage());
        spool.discard();
        assertEquals(0, files());
    }

    /** A render that ran out of time and writes on: the request gave its report up, nothing is kept. */
    @Test
    void aDiscardedReportRefusesWritesAndHoldsNothing() throws IOException {
        ReportSpool spool = new ReportSpool(folder, 1 << 30);
        byte[] bytes = random(ReportSpool.IN_MEMORY + 1);
        spool.write(bytes, 0, bytes.length);
        assertEquals(1, files());
        spool.discard();
        assertEquals(0, files());
        assertThrows(IOException.class, () -> spool.write(bytes, 0, 10));
        assertThrows(IOException.class, () -> spool.finish("text/csv", "x.csv"));
        assertEquals(0, files());
    }

    @Test
    void aSweepDeletesOldReportsOnly() throws IOException {
        Path old = Files.createFile(folder.resolve("report-1.part"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.createFile(folder.resolve("report-2.part"));
        Path other = Files.createFile(folder.resolve("notes.txt"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        ReportSpool.sweep(folder, Duration.ofHours(1));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(young));
        assertTrue(Files.exists(other), "not a report");
        ReportSpool.sweep(folder, Duration.ZERO);
        assertFalse(Files.exists(young));
        ReportSpool.sweep(folder.resolve("none"), Duration.ZERO);
    }

    private long files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    private static byte[] read(ReportFile report) throws IOException {
        try (InputStream in = report.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
