package nl.nts.platform.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import javax.net.ssl.SSLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** A source's answers as the connector runner reads them, against a server on 127.0.0.1. */
class SourceHttpTest {

    private final HttpServer server;
    private final CountDownLatch never = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();

    SourceHttpTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/busy", e -> answer(e, 429, "7"));
        server.createContext("/down", e -> answer(e, 503, null));
        server.createContext("/refused", e -> answer(e, 401, null));
        server.createContext("/fine", e -> answer(e, 200, null));
        server.createContext("/silent", e -> {
            try {
                never.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    private static void answer(com.sun.net.httpserver.HttpExchange e, int status, String retryAfter) throws IOException {
        try (e) {
            if (retryAfter != null) {
                e.getResponseHeaders().add("Retry-After", retryAfter);
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(status, body.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
    }

    /** A request with a time limit: short for the one that is never answered, ample for the others (a loaded machine). */
    private HttpRequest request(String path) {
        Duration limit = path.equals("/silent") ? Duration.ofMillis(300) : Duration.ofSeconds(10);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).timeout(limit).build();
    }

    @Test
    void throttlingAndServerErrorsAreWorthTryingAgainOtherAnswersAreTheConnectors() throws IOException {
        RetryableSourceException busy = assertThrows(RetryableSourceException.class, () -> SourceHttp.send(http, request("/busy"), "Example CRM"));
        assertEquals(Duration.ofSeconds(7), busy.retryAfter());
        assertEquals("Example CRM answered 429", busy.getMessage());
        RetryableSourceException down = assertThrows(RetryableSourceException.class, () -> SourceHttp.send(http, request("/down"), "Example CRM"));
        assertNull(down.retryAfter());
        assertEquals(401, SourceHttp.send(http, request("/refused"), "Example CRM").statusCode());
        assertEquals("{\"ok\":true}", SourceHttp.send(http, request("/fine"), "Example CRM").body());
    }

    @Test
    void noAnswerInTimeOrNoConnectionIsWorthTryingAgain() throws IOException {
        RetryableSourceException silent = assertThrows(RetryableSourceException.class, () -> SourceHttp.send(http, request("/silent"), "Example CRM"));
        assertTrue(silent.getMessage().startsWith("Example CRM did not answer"), silent.getMessage());
        int port = server.getAddress().getPort();
        server.stop(0);
        HttpRequest closed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fine")).timeout(Duration.ofSeconds(2)).build();
        assertThrows(RetryableSourceException.class, () -> SourceHttp.send(http, closed, "Example CRM"));
    }

    @Test
    void aConnectionClosedBeforeTheAnswerIsWorthTryingAgainATlsFailureIsNot() throws Exception {
        try (ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!closing.isClosed()) {
                    try (Socket s = closing.accept()) {
                        s.getInputStream().read(new byte[512]); // and closes without a byte of answer
                    } catch (IOException gone) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String at = "127.0.0.1:" + closing.getLocalPort();
            HttpRequest plain = HttpRequest.newBuilder(URI.create("http://" + at + "/fine")).timeout(Duration.ofSeconds(5)).build();
            RetryableSourceException lost = assertThrows(RetryableSourceException.class, () -> SourceHttp.send(http, plain, "Example CRM"));
            assertTrue(lost.getCause() instanceof IOException, String.valueOf(lost.getCause()));
            HttpRequest tls = HttpRequest.newBuilder(URI.create("https://" + at + "/fine")).timeout(Duration.ofSeconds(5)).build();
            IOException refused = assertThrows(IOException.class, () -> SourceHttp.send(http, tls, "Example CRM"));
            assertFalse(refused instanceof RetryableSourceException, refused.toString());
            assertTrue(refused instanceof SSLException, refused.toString());
        }
    }
}
