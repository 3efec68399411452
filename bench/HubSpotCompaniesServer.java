import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * COUNT HubSpot companies on 127.0.0.1:PORT for bench/connectors.sh, in CRM v3's wire format
 * (GET /crm/v3/objects/companies, paged by after, 100 at most), made on the fly from their number,
 * the same on every read: no file, no memory growing with COUNT. Run with
 * {@code java HubSpotCompaniesServer.java PORT COUNT}.
 */
public class HubSpotCompaniesServer {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/crm/v3/objects/companies", exchange -> answer(exchange, count));
        server.start();
        System.out.println("HubSpot companies: " + count + " on http://127.0.0.1:" + port + "/");
    }

    private static void answer(HttpExchange exchange, int count) throws IOException {
        try (exchange) {
            Map<String, String> params = new HashMap<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String part : query == null ? new String[0] : query.split("&")) {
                int eq = part.indexOf('=');
                params.put(part.substring(0, eq), part.substring(eq + 1));
            }
            int from = Integer.parseInt(params.getOrDefault("after", "0"));
            int to = Math.min(count, from + Math.min(100, Integer.parseInt(params.getOrDefault("limit", "10"))));
            StringBuilder page = new StringBuilder("{\"results\":[");
            for (int i = from; i < to; i++) {
                String id = String.valueOf(100000 + i);
                page.append(i == from ? "" : ",").append("{\"id\":\"").append(id).append("\",\"properties\":{\"name\":\"Bench Company ").append(i)
                        .append(" B.V.\",\"city\":\"Eindhoven\",\"state\":\"Noord-Brabant\",\"industry\":\"SEMICONDUCTORS\",\"numberofemployees\":\"")
                        .append(10 + i % 300).append("\",\"kvk_number\":\"").append(20000000 + i).append("\",\"hs_object_id\":\"").append(id)
                        .append("\",\"createdate\":\"2025-03-01T09:00:00Z\",\"hs_lastmodifieddate\":\"2025-11-01T08:00:00Z\"},")
                        .append("\"createdAt\":\"2025-03-01T09:00:00Z\",\"updatedAt\":\"2025-11-01T08:00:00Z\",\"archived\":false}");
            }
            page.append("]");
            if (to < count) {
                page.append(",\"paging\":{\"next\":{\"after\":\"").append(to).append("\",\"link\":\"http://127.0.0.1/crm/v3/objects/companies?after=")
                        .append(to).append("\"}}");
            }
            byte[] bytes = page.append("}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
