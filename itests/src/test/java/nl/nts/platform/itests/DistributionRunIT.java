package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as an operator runs it: unpacked, started with {@code bin/karaf server}
 * with no Maven repository to reach (everything must come from its system/ folder), stopped
 * with a signal and started again. The data must still be there, and the sample data must
 * not come back.
 */
class DistributionRunIT {

    @Test
    void startsOfflineAndARestartKeepsChangesWithoutReloadingSampleData() throws Exception {
        try (KarafRuntime karaf = KarafRuntime.unpack("restart")) {
            Path home = karaf.home;
            Api api = karaf.api();
            Path logging = home.resolve("etc/org.ops4j.pax.logging.cfg");
            String loggingAsShipped = Files.readString(logging);

            karaf.start("first-start-secret");
            awaitReadyAnsweringEveryRequest(karaf);
            assertEquals(1, jettyStarts(karaf), "the HTTP server starts once during a first start");
            // no default password: the first start created 'admin' with the one from NTS_ADMIN_PASSWORD
            Api admin = karaf.api("admin", "first-start-secret");
            Await.holds("admin logs in", Duration.ofSeconds(30), () -> admin.get("/organisations").status() == 200);
            assertEquals(401, karaf.api("admin", "admin").get("/organisations").status());
            // logging as shipped, and still writing: the first start leaves its configuration alone
            // (once a feature's append reduced it to a few lines, and karaf.log and security.log fell silent)
            assertEquals(loggingAsShipped, Files.readString(logging), "etc/org.ops4j.pax.logging.cfg after the first start");
            Path security = home.resolve("data/log/security.log");
            Await.holds("the failed login in security.log", Duration.ofSeconds(30),
                    () -> Files.exists(security) && Files.readString(security).contains("admin"));
            int sampleChains = api.get("/value-chains").json().get("total").asInt();
            assertEquals(14, sampleChains);
            assertEquals(201, api.post("/value-chains",
                    "{\"code\":\"VC-KEPT\",\"name\":\"Kept across restarts\",\"technologies\":[\"NTS02\"],\"roms\":[\"IQ\"]}").status());
            assertEquals(204, api.delete("/value-chains/VC14").status());
            assertCleanLogs(home, "first start");
            karaf.stop();

            karaf.start("a-different-secret");
            awaitReadyAnsweringEveryRequest(karaf);
            assertEquals(2, jettyStarts(karaf), "and once during a restart");
            JsonNode chains = api.get("/value-chains").json();
            List<String> codes = new ArrayList<>();
            chains.get("items").forEach(c -> codes.add(c.get("code").asText()));
            assertTrue(codes.contains("VC-KEPT"), codes.toString());
            assertFalse(codes.contains("VC14"), "a deleted sample chain stays deleted: " + codes);
            assertEquals(sampleChains, chains.get("total").asInt());
            assertEquals("Kept across restarts", api.get("/value-chains/VC-KEPT").json().get("name").asText());
            assertEquals(10, api.get("/technologies").json().get("total").asInt());
            // a later start keeps the admin account as it is
            assertEquals(200, admin.get("/organisations").status());
            karaf.stop();
            assertFalse(karaf.log().contains("first-start-secret"), "no password in the log");
        }
    }

    /**
     * Asks for the technologies every 50 ms, on a connection of its own each, until they are
     * answered: every request must end (refused while nothing listens, any status once something
     * does), none may be accepted and left unanswered. While Pax Web restarted its server during
     * the start (a Jetty handler published late), a connection the first server had accepted was
     * left open for ever.
     */
    private static void awaitReadyAnsweringEveryRequest(KarafRuntime karaf) throws Exception {
        long deadline = System.nanoTime() + Api.START.toNanos();
        byte[] request = "GET /api/technologies HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        String last = "nothing listened";
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", karaf.port), 5_000);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(request);
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                if (status.equals("HTTP/1.1 200")) {
                    return;
                }
                last = status.isEmpty() ? "a connection closed without an answer" : "the answer " + status;
            } catch (SocketException refusedOrClosed) {
                // nothing listens yet, or the server closed the connection: both end the request
                last = refusedOrClosed.toString();
            } catch (SocketTimeoutException hanging) {
                throw new AssertionError("a request accepted during the start was not answered within 30 s"
                        + System.lineSeparator() + karaf.diagnosis(), hanging);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the API did not answer within " + Api.START + "; last: " + last + System.lineSeparator() + karaf.diagnosis());
    }

    /** How often Jetty's server has started in this runtime's log. */
    private static long jettyStarts(KarafRuntime karaf) throws IOException {
        return karaf.log().lines().filter(l -> l.contains("| Server ") && l.contains("| Started @")).count();
    }

    /**
     * A clean start logs no stack trace: neither Karaf's log nor H2's trace file (which H2 writes
     * only on errors). One is let through by name: Aries JMX whiteboard registering one of Karaf's
     * own MBeans a second time when two MBean servers come up together (InstanceAlreadyExists), a
     * race in Karaf's management seen now and then on a loaded machine, with nothing of ours in it.
     */
    private static void assertCleanLogs(Path home, String when) throws IOException {
        List<String> traced = new ArrayList<>();
        String entry = null;
        boolean reported = false;
        for (String line : Files.readAllLines(home.resolve("data/log/karaf.log"))) {
            if (line.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
                entry = line;
                reported = false;
            } else if (!reported && entry != null && (line.matches("\\s+at [\\w$.]+\\(.*") || line.startsWith("Caused by:"))) {
                reported = true;
                if (!(entry.contains("| MBeanHolder ") && entry.contains("register: Failure registering MBean"))) {
                    traced.add(entry);
                }
            }
        }
        assertEquals(List.of(), traced, "log entries with a stack trace in karaf.log after the " + when);
        Path trace = home.resolve("data/nts/nts.trace.db");
        assertFalse(Files.exists(trace), "H2 wrote a trace file after the " + when + ": "
                + (Files.exists(trace) ? Files.readString(trace).lines().limit(5).toList() : ""));
    }
}
