package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The web application in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/chromium} installs them) against the distribution started
 * as an operator starts it. A BOM member logs in on the page, records a workshop with two inputs
 * by keyboard, triages one, sees the workflow buttons change when BOM's plugin is installed and
 * removed, creates an action answering an input, finds it in the plan, reports its progress and a
 * KPI measurement, and downloads the plan's report; the same user is offered no way to change a
 * LIOF plan; a forged cross-site request changes nothing; a locked account is told so on the
 * login page; an operator manages people on their screen (adds one, changes roles, sets a password,
 * removes them after confirming). Every screen is checked by axe-core (run in the page; no serious or critical
 * violation) and photographed into {@code target/screenshots/}. Without chromium the test is
 * skipped, saying so.
 */
class WebAppIT {

    private static final Path CHROMIUM = Paths.get(System.getProperty("nts.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Paths.get(System.getProperty("nts.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** What axe-core found on each screen: serious and critical violations only. */
    private static final Map<String, String> INACCESSIBLE = new LinkedHashMap<>();
    private static String axe;

    private static KarafRuntime karaf;
    private static int port;
    private static String base;
    private static Api operator;
    private static WebDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String missing = "chromium or chromedriver is not installed (" + CHROMIUM + ", " + DRIVER + "); install them with .ci/chromium"
                + " (apt-get install chromium chromium-driver)";
        // .ci/run asks for the browser test: there a missing browser fails the build instead of skipping the test
        if (Boolean.getBoolean("nts.webapp.required")) {
            assertTrue(installed, missing);
        }
        Assumptions.assumeTrue(installed, missing + ": the browser test of the web application is skipped");
        karaf = KarafRuntime.unpack("web", "bom-member = bom-member-demo,rom-member:BOM", "hf-member = hf-member-demo,rom-member:HF")
                .start("web-it-admin-secret");
        port = karaf.port;
        operator = karaf.api();
        operator.awaitReady(Api.START);
        base = "http://localhost:" + port;

        // what the BOM member needs: a report format to download, and a plan of LIOF alone
        assertEquals(201, operator.post("/plugins", "{\"id\":\"report-csv\",\"version\":\"0.1.0.SNAPSHOT\"}").status());
        assertEquals(201, operator.post("/plans", "{\"title\":\"LIOF quantum plan 2026-2029\",\"valueChain\":\"VC01\",\"roms\":[\"LIOF\"],"
                + "\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2029-12-31\"}").status());
        // an action belongs to every ROM of its plan: a BOM member adds them to a plan of BOM alone
        assertEquals(201, operator.post("/plans", "{\"title\":\"BOM semiconductor packaging plan 2026-2029\",\"valueChain\":\"VC01\",\"roms\":[\"BOM\"],"
                + "\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2029-12-31\"}").status());
        Await.holds("the CSV report format", Duration.ofSeconds(30), () -> operator.get("/reports").json().get("total").asInt() > 0);

        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory(Paths.get("target"), "downloads").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("nts-chromium").toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try (var in = WebAppIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertTrue(in != null, "axe.min.js (com.deque.html.axe-core:selenium) is on the test class path");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aBomMemberRecordsAWorkshopTriagesAnswersAndDownloadsThePlanReportButCannotChangeALiofPlan() throws Exception {
        try {
            workshopToPlan();
        } catch (Exception | AssertionError e) {
            // what the browser showed when it failed, for whoever reads the build's artifacts
            shot("failure");
            Files.writeString(SHOTS.resolve("failure.html"), driver.getCurrentUrl() + System.lineSeparator() + driver.getPageSource());
            throw e;
        }
        assertTrue(INACCESSIBLE.isEmpty(), "axe-core found serious or critical violations: " + INACCESSIBLE);
    }

    private void workshopToPlan() throws Exception {
        JsonNode org = operator.get("/organisations?rom=BOM&sort=name&size=2").json().get("items");
        String firstOrg = org.get(0).get("name").asText();
        String secondOrg = org.get(1).get("name").asText();

        // an entrepreneur between workshops, on BOM's public page: no account, nothing else of the platform shown
        driver.get(base + "/#/public/BOM");
        ready("#/public/BOM");
        assertFalse(driver.findElement(By.id("nav")).isDisplayed(), "no menu on the public page");
        String publicText = "Wij vinden geen lassers voor onze cleanroomframes " + System.nanoTime();
        waitFor(By.id("pub-org")).sendKeys("Lasbedrijf De Vonk");
        new Select(driver.findElement(By.id("pub-theme"))).selectByValue("TALENT");
        driver.findElement(By.id("pub-tech-NTS06")).click();
        driver.findElement(By.id("pub-text")).sendKeys(publicText);
        driver.findElement(By.id("pub-email")).sendKeys("anna@devonk.example");
        screen("00-public-page");
        driver.findElement(By.id("pub-submit")).click();
        // an e-mail address without the consent box: refused, the box marked, nothing typed lost
        until(d -> "true".equals(d.findElement(By.id("pub-consent")).getAttribute("aria-invalid")));
        assertTrue(driver.findElement(By.id("problem")).getText().contains("422"), driver.findElement(By.id("problem")).getText());
        assertEquals(publicText, driver.findElement(By.id("pub-text")).getAttribute("value"));
        driver.findElement(By.id("pub-consent")).click();
        driver.findElement(By.id("pub-submit")).click();
        assertTrue(waitVisible(By.id("pub-receipt")).getText().contains("ontvangen"), driver.findElement(By.id("pub-receipt")).getText());
        screen("00b-public-received");

        // the address run.sh prints: the login page of our own, no browser dialog
        driver.get(base + "/");
        WebElement user = waitFor(By.id("login-user"));
        assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"), "Dutch by default");
        assertFalse(driver.findElement(By.id("logout")).isDisplayed(), "no logout before a login");
        screen("01-login");

        // the login lock holds for the page too: an account locked by failures elsewhere is refused, and told why
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"hf-member\",\"password\":\"guess" + i + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(wrong.statusCode() == 401 || wrong.statusCode() == 429, wrong.body());
        }
        user.sendKeys("hf-member");
        driver.findElement(By.id("login-password")).sendKeys("hf-member-demo", Keys.ENTER);
        WebElement locked = waitVisible(By.cssSelector("#problem .retry"));
        assertTrue(driver.findElement(By.id("problem")).getText().contains("429"), driver.findElement(By.id("problem")).getText());
        assertTrue(locked.getText().contains("seconden"), locked.getText());
        assertTrue(driver.findElements(By.id("login-user")).size() == 1, "still on the login page");
        screen("01b-login-locked");

        driver.findElement(By.id("login-user")).clear();
        driver.findElement(By.id("login-user")).sendKeys("bom-member");
        driver.findElement(By.id("login-password")).clear();
        driver.findElement(By.id("login-password")).sendKeys("wrong", Keys.ENTER);
        until(d -> d.findElement(By.id("problem")).getText().contains("401"));
        driver.findElement(By.id("login-password")).clear();
        driver.findElement(By.id("login-password")).sendKeys("bom-member-demo", Keys.ENTER);
        ready("#/");
        assertEquals("bom-member", driver.findElement(By.id("user")).getText());
        assertFalse(driver.findElements(By.cssSelector("table.grid td.heat-4 a")).isEmpty(), "the grid of ROMs by value chains shows who works on what");
        assertFalse(driver.findElements(By.cssSelector("[data-results] svg.ring")).isEmpty(), "results drawn as a picture");
        assertFalse(driver.findElements(By.cssSelector("#ov-tech tr[data-technology='NTS09'] svg.meter")).isEmpty(), "per key technology, bars");
        String session = driver.manage().getCookieNamed("NTS_SESSION").getValue();
        assertTrue(driver.manage().getCookieNamed("NTS_SESSION").isHttpOnly());
        assertEquals("Strict", driver.manage().getCookieNamed("NTS_SESSION").getSameSite());
        screen("02-overview");

        go("#/chains/VC01");
        assertFalse(driver.findElements(By.cssSelector("ol.chain li.segment")).isEmpty());
        JsonNode gaps = operator.get("/value-chains/VC01/resilience").json().get("gaps");
        assertEquals(gaps.size(), driver.findElements(By.cssSelector("ol.chain li.segment.gap")).size(), "each resilience gap is marked in the chain");
        screen("03-value-chain");

        // a workshop with two participants, by keyboard
        go("#/workshops");
        screen("04-workshops");
        driver.findElement(By.id("ws-new")).click();
        ready("#/workshops/new");
        waitFor(By.id("ws-title")).sendKeys("Photonics packaging round table", Keys.TAB);
        driver.findElement(By.id("ws-place")).sendKeys("Eindhoven");
        driver.findElement(By.id("ws-tech")).sendKeys("NTS01", Keys.ENTER);
        driver.findElement(By.id("ws-chain")).sendKeys("VC01", Keys.ENTER);
        driver.findElement(By.id("ws-p1-name")).sendKeys("Anna de Vries", Keys.TAB, "CTO", Keys.TAB, firstOrg);
        driver.findElement(By.id("ws-add-participant")).click();
        driver.switchTo().activeElement().sendKeys("Bas Jansen", Keys.TAB, "founder", Keys.TAB, secondOrg);
        screen("05-workshop-new");
        driver.findElement(By.id("ws-save")).click();
        WebElement orgField = waitFor(By.id("in-org"));
        String workshopUrl = driver.getCurrentUrl();
        String workshop = workshopUrl.substring(workshopUrl.lastIndexOf('/') + 1);

        // two inputs at note-taker speed: type the organisation's name, tags with Enter, Ctrl+Enter records
        orgField.sendKeys(firstOrg, Keys.TAB);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("in-theme"))).selectByIndex(1);
        driver.findElement(By.id("in-tech")).sendKeys("NTS01", Keys.ENTER);
        driver.findElement(By.id("in-text")).sendKeys("No 300mm pilot line capacity for packaging start-ups", Keys.chord(Keys.CONTROL, Keys.ENTER));
        awaitRows(1);
        waitFor(By.id("in-org")).sendKeys(secondOrg);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("in-kind"))).selectByValue("OPPORTUNITY");
        driver.findElement(By.id("in-text")).sendKeys("Shared clean room in Eindhoven");
        driver.findElement(By.id("in-add")).click();
        awaitRows(2);
        JsonNode inputs = operator.get("/inputs?workshop=" + workshop).json().get("items");
        assertEquals(2, inputs.size());
        long first = inputs.findValues("id").stream().mapToLong(JsonNode::asLong).min().orElseThrow();
        long second = inputs.findValues("id").stream().mapToLong(JsonNode::asLong).max().orElseThrow();

        // the workflow's buttons: triage one
        WebElement triage = waitFor(By.cssSelector("tr[data-input='" + first + "'] button[data-transition='triage']"));
        triage.click();
        until(d -> "triaged".equals(d.findElement(By.cssSelector("tr[data-input='" + first + "'] .status")).getAttribute("data-status")));
        // the national workflow answers a triaged input only once an action answers it: no button the server would refuse
        assertEquals(List.of("decline"), steps(first));
        assertEquals(List.of("triage", "decline"), steps(second));
        screen("06-workshop-inputs");

        // BOM's own intake workflow installed: the buttons are its steps at once (declining is for BOM's admins)
        String workshopHash = "#/workshops/" + workshop;
        assertEquals(201, operator.post("/plugins", "{\"id\":\"rom-bom\",\"version\":\"0.1.0.SNAPSHOT\"}").status());
        Await.holds("BOM's intake workflow", Duration.ofSeconds(30), () -> "BOM intake".equals(operator.get("/workflows/BOM?subject=input").json().get("name").asText()));
        go(workshopHash);
        assertEquals(List.of("triage"), steps(second));
        assertEquals(List.of(), steps(first), "merging needs an action, declining the admin role");
        assertEquals("Triage", driver.findElement(By.cssSelector("tr[data-input='" + second + "'] button[data-transition='triage']")).getText(), "the plugin's words");
        screen("06b-workshop-bom-workflow");
        assertEquals(204, operator.delete("/plugins/rom-bom").status());
        Await.holds("the national default again", Duration.ofSeconds(30), () -> "core".equals(operator.get("/workflows/BOM?subject=input").json().get("plugin").asText()));
        go(workshopHash);
        assertEquals(List.of("triage", "decline"), steps(second));

        // an action answering it, in BOM's plan
        driver.findElement(By.cssSelector("a[data-answer='" + first + "']")).click();
        WebElement title = waitFor(By.id("ac-title"));
        screen("07-action-new");
        title.clear();
        title.sendKeys("Pilot line access vouchers");
        driver.findElement(By.id("ac-partners")).sendKeys(secondOrg, Keys.ENTER);
        driver.findElement(By.id("ac-total")).sendKeys("250000");
        driver.findElement(By.id("ac-public")).sendKeys("150000");
        driver.findElement(By.id("ac-private")).sendKeys("100000");
        driver.findElement(By.id("ac-source")).sendKeys("OPZuid");
        driver.findElement(By.id("ac-kpi")).sendKeys("SMEs with pilot line access");
        driver.findElement(By.id("ac-kpi-target")).sendKeys("12");
        driver.findElement(By.id("ac-kpi-unit")).sendKeys("SMEs");
        driver.findElement(By.id("ac-kpi-year")).sendKeys("2027");
        driver.findElement(By.id("ac-save")).click();
        WebElement card = waitFor(By.xpath("//section[@id='plan-actions']//article[.//h3[text()='Pilot line access vouchers']]"));
        long action = Long.parseLong(card.getAttribute("data-action"));
        assertEquals(List.of(action), ids(operator.get("/inputs/" + first).json().get("answeredBy")));
        assertEquals(List.of(org.get(1).get("id").asLong()), ids(operator.get("/actions/" + action).json().get("partners")), "the partner picked by name");
        assertTrue(card.getText().contains(secondOrg), card.getText());
        assertFalse(card.findElements(By.cssSelector("[data-traced-input='" + first + "']")).isEmpty(), "the action is traced to its input: " + card.getText());
        assertFalse(driver.findElements(By.cssSelector("#plan-gantt g[data-action='" + action + "'] rect.span")).isEmpty(), "a timeline bar per action");
        screen("08-plan");

        // what became of it: progress and a KPI measurement, reported on the plan by keyboard
        card.findElement(By.cssSelector("details.report-results summary")).click();
        waitVisible(By.id("pr-" + action + "-percent")).sendKeys("40", Keys.TAB, "First vouchers granted", Keys.ENTER);
        until(d -> "40".equals(d.findElement(By.cssSelector("#action-" + action + " dd[data-progress]")).getAttribute("data-progress")));
        assertEquals(40, operator.get("/actions/" + action).json().get("progress").get("percent").asInt());
        driver.findElement(By.cssSelector("#action-" + action + " details.report-results summary")).click();
        waitVisible(By.id("me-" + action + "-value")).sendKeys("12", Keys.ENTER);
        until(d -> !d.findElements(By.cssSelector("#action-" + action + " tr[data-kpi] .met.yes")).isEmpty());
        JsonNode kpi = operator.get("/actions/" + action).json().get("kpis").get(0);
        assertEquals(12, kpi.get("realised").asInt());
        assertTrue(kpi.get("met").asBoolean());
        JsonNode results = operator.get("/plans/" + operator.get("/actions/" + action).json().get("plan").asLong() + "/overview").json().get("results");
        assertEquals(results.get("averagePercent").asInt() + "%", driver.findElement(By.cssSelector("[data-results] [data-average]")).getText());
        screen("08b-plan-results");

        // the plan's report in every installed format: CSV here
        List<WebElement> formats = driver.findElements(By.cssSelector("#plan-reports a[data-format]"));
        assertEquals(operator.get("/reports").json().get("items").size(), formats.size());
        formats.get(0).click();
        Await.holds("the plan report downloaded", Duration.ofSeconds(20), () -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(f -> f.toString().endsWith(".csv") && f.toFile().length() > 0);
            }
        });
        try (var files = Files.list(downloads)) {
            Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            assertTrue(Files.readString(csv).contains("Pilot line access vouchers"));
        }

        // back at the workshop: the input shows what became of it, and may now be marked answered
        go(workshopHash);
        WebElement fate = waitFor(By.cssSelector("tr[data-input='" + first + "'] [data-answered-by='" + action + "']"));
        assertTrue(fate.getText().contains("Pilot line access vouchers"), fate.getText());
        driver.findElement(By.cssSelector("tr[data-input='" + first + "'] button[data-transition='answer']")).click();
        until(d -> "answered".equals(d.findElement(By.cssSelector("tr[data-input='" + first + "'] .status")).getAttribute("data-status")));

        // more inputs from a spreadsheet: rows pasted from it are checked before anything is sent
        driver.findElement(By.cssSelector("#sh summary")).click();
        String header = "organisatie\tsoort\tthema\tsleuteltechnologieën\ttekst\n";
        paste(header + "Nobody Known B.V.\tKans\tTalent and skills\tNTS01\tTraining for packaging engineers\n");
        waitFor(By.cssSelector("#sh-rows tr.wrong[data-line='2']"));
        assertFalse(driver.findElement(By.id("sh-import")).isEnabled(), "nothing is sent while a row is wrong");
        assertTrue(driver.findElement(By.cssSelector("#sh-rows tr[data-line='2']")).getText().contains("Nobody Known B.V."));
        paste(header + firstOrg + "\tKans\tTalent and skills\tNTS01, NTS09\tTraining for packaging engineers\n"
                + "\"" + secondOrg + "\"\tRISK\tINFRASTRUCTURE\t\t\"Clean room lease ends in 2027;\nno successor yet\"\n");
        until(d -> d.findElements(By.cssSelector("#sh-rows tbody tr")).size() == 2 && d.findElements(By.cssSelector("#sh-rows tr.wrong")).isEmpty());
        screen("06c-workshop-spreadsheet");
        driver.findElement(By.id("sh-import")).click();
        awaitRows(4);
        JsonNode imported = operator.get("/inputs?workshop=" + workshop + "&q=successor").json().get("items");
        assertEquals(1, imported.size());
        assertEquals("RISK", imported.get(0).get("kind").asText());
        assertEquals("INFRASTRUCTURE", imported.get(0).get("theme").asText());
        assertEquals("Clean room lease ends in 2027;\nno successor yet", imported.get(0).get("text").asText());
        JsonNode training = operator.get("/inputs?workshop=" + workshop + "&q=engineers").json().get("items").get(0);
        assertEquals("[\"NTS01\",\"NTS09\"]", training.get("technologies").toString());
        assertEquals("TALENT", training.get("theme").asText());

        // BOM's intake workflow again: it has no state 'answered', so the input is held there, visible, with no step
        assertEquals(201, operator.post("/plugins", "{\"id\":\"rom-bom\",\"version\":\"0.1.0.SNAPSHOT\"}").status());
        Await.holds("BOM's intake workflow", Duration.ofSeconds(30), () -> "BOM intake".equals(operator.get("/workflows/BOM?subject=input").json().get("name").asText()));
        go(workshopHash);
        waitFor(By.cssSelector("tr[data-input='" + first + "'] [data-held]"));
        assertEquals(List.of(), steps(first));
        screen("06d-workshop-held");

        go("#/inputs?rom=BOM");
        assertFalse(driver.findElements(By.cssSelector("#in-table tr[data-input='" + first + "'] [data-answered-by='" + action + "']")).isEmpty());
        // the entrepreneur's input in BOM's queue, marked as from the public page, with the contact BOM may see
        WebElement fromPage = driver.findElements(By.cssSelector("#in-table tbody tr")).stream().filter(r -> r.getText().contains(publicText))
                .findFirst().orElseThrow(() -> new AssertionError("the public page's input is in BOM's queue"));
        assertFalse(fromPage.findElements(By.cssSelector("[data-public]")).isEmpty(), fromPage.getText());
        assertTrue(fromPage.getText().contains("Lasbedrijf De Vonk") && fromPage.getText().contains("anna@devonk.example"), fromPage.getText());
        assertTrue(driver.findElement(By.id("in-public-link")).getText().contains("#/public/BOM"));
        assertTrue(driver.findElements(By.id("in-attention")).isEmpty(), "moving held inputs is for operators and BOM's admins");
        screen("09-inputs");

        // funding: the calls open now, each with the organisations the core's matching finds and the consortium it proposes
        go("#/funding");
        JsonNode open = operator.get("/funding-calls?status=OPEN").json().get("items");
        assertEquals(open.size(), driver.findElements(By.cssSelector("#calls article[data-call]")).size());
        for (JsonNode call : open) {
            String callCard = "article[data-call='" + call.get("id").asText() + "'] ";
            JsonNode matches = operator.get("/funding-calls/" + call.get("id").asText() + "/matches").json();
            java.util.Set<String> free = new java.util.TreeSet<>();
            matches.get("roms").forEach(g -> g.get("organisations").forEach(m -> {
                if (m.get("consortia").isEmpty()) {
                    free.add(m.get("organisation").get("id").asText());
                }
            }));
            java.util.Set<String> shown = new java.util.TreeSet<>();
            driver.findElements(By.cssSelector(callCard + "[data-fit]")).forEach(e -> shown.add(e.getAttribute("data-fit")));
            assertFalse(shown.isEmpty(), "organisations that fit call " + call.get("id"));
            assertEquals(free, shown, "call " + call.get("id"));
            List<String> members = new java.util.ArrayList<>();
            matches.get("proposal").get("members").forEach(x -> members.add(x.get("organisation").asText()));
            assertEquals(members, driver.findElements(By.cssSelector(callCard + "[data-member]")).stream().map(e -> e.getAttribute("data-member")).toList());
            assertEquals(matches.get("proposal").get("unmet").size(), driver.findElements(By.cssSelector(callCard + "[data-unmet]")).size());
        }
        screen("09b-funding");

        // an action's own address shows its plan with the action in focus, once its cards are drawn
        long plan = operator.get("/actions/" + action).json().get("plan").asLong();
        driver.get(base + "/#/actions/" + action);
        ready("#/plans/" + plan + "?action=" + action);
        assertTrue(driver.findElement(By.id("action-" + action)).getAttribute("class").contains("focus"));

        // an answer that is no JSON (a proxy's error page) shows as a plain error, not as a parser's
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.realFetch = window.fetch; window.fetch = (url, options) => String(url).startsWith('/api/workshops?')"
                + " ? Promise.resolve(new Response('<html><body>Bad gateway</body></html>', {status: 502, headers: {'Content-Type': 'text/html'}}))"
                + " : window.realFetch(url, options);");
        try {
            script.executeScript("location.hash = '#/workshops';");
            ready("#/workshops");
            String shown = waitVisible(By.id("problem")).getText();
            assertTrue(shown.contains("(502)") && shown.contains("HTTP 502"), shown);
            assertFalse(shown.contains("JSON") || shown.contains("token"), shown);
        } finally {
            script.executeScript("window.fetch = window.realFetch;");
        }

        // a plan of LIOF alone: read only, no step, no new action, no results to report
        long liofPlan = operator.get("/plans?rom=LIOF&q=quantum").json().get("items").get(0).get("id").asLong();
        go("#/plans/" + liofPlan);
        waitFor(By.id("plan-readonly"));
        assertTrue(driver.findElements(By.cssSelector("button.step")).isEmpty(), "no workflow step offered on LIOF's plan");
        assertTrue(driver.findElements(By.id("plan-new-action")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("[data-progress-form], [data-measure-form]")).isEmpty());
        screen("10-liof-plan");

        // English on request
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("en");
        until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waitFor(By.id("plan-readonly"));
        assertTrue(driver.findElement(By.id("plan-readonly")).getText().startsWith("Read only"));
        go("#/");
        screen("11-overview-english");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("nl");

        forgedRequestsAreRefused(session, liofPlan);

        // plugins are not a ROM member's to manage: no menu entry, and at the address itself no button
        assertTrue(driver.findElements(By.cssSelector("#nav a[href='#/plugins']")).isEmpty());
        go("#/plugins");
        assertFalse(driver.findElements(By.cssSelector("#plugins tr[data-plugin='rom-liof']")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#plugins [data-install], #plugins [data-remove], [data-run-connector]")).isEmpty());

        // readable on a tablet (portrait): no screen makes the page itself scroll sideways (a wide table scrolls in its own box)
        Dimension laptop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(820, 1180));
        try {
            for (String hash : List.of("#/", "#/chains/VC01", "#/workshops", "#/inputs?rom=BOM", "#/plans/" + plan, "#/funding", "#/public/BOM")) {
                go(hash);
                // null when the page cannot be scrolled sideways; else how far, and the elements that stick out (to say what to mend)
                Object wide = ((JavascriptExecutor) driver).executeScript("const y = window.scrollY; window.scrollTo(100000, y);"
                        + " const x = window.scrollX; window.scrollTo(0, y); if (x === 0) { return null; }"
                        + " const w = document.documentElement.clientWidth;"
                        + " return x + ' px: ' + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
                shot("12-tablet-" + hash.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
                assertEquals(null, wide, hash + " scrolls sideways on a tablet's 820 px");
            }
        } finally {
            driver.manage().window().setSize(laptop);
        }
        // the public page shows nothing of the session: back to a screen of the platform
        go("#/");

        // logging out ends the session on the server, not only in the browser
        driver.findElement(By.id("logout")).click();
        waitFor(By.id("login-user"));
        assertEquals(401, withCookie(session, "GET", "/api/session", null, Map.of()).statusCode());

        operatorManagesPluginsAndFollowsAConnectorRun(workshop);
    }

    /** An operator moves an input held by a workflow change, installs and removes a plugin on the page and follows a connector's run until it ends. */
    private void operatorManagesPluginsAndFollowsAConnectorRun(String workshop) throws Exception {
        driver.findElement(By.id("login-user")).sendKeys("admin");
        driver.findElement(By.id("login-password")).sendKeys("web-it-admin-secret", Keys.ENTER);
        ready("#/");
        // the input held by BOM's workflow: the operator sees it and moves it into a state of that workflow
        long held = operator.get("/inputs?workshop=" + workshop + "&q=pilot").json().get("items").get(0).get("id").asLong();
        go("#/inputs?rom=BOM");
        WebElement move = waitFor(By.cssSelector("#in-attention form[data-move='" + held + "']"));
        new org.openqa.selenium.support.ui.Select(move.findElement(By.tagName("select"))).selectByValue("merged");
        screen("13a-inputs-held-operator");
        move.findElement(By.cssSelector("button[type='submit']")).click();
        until(d -> d.findElements(By.cssSelector("#in-attention form[data-move='" + held + "']")).isEmpty());
        assertEquals("merged", operator.get("/inputs/" + held).json().get("status").asText());
        assertEquals(204, operator.delete("/plugins/rom-bom").status());

        driver.findElement(By.cssSelector("#nav a[href='#/plugins']")).click();
        ready("#/plugins");
        driver.findElement(By.cssSelector("#plugins [data-install='rom-liof']")).click();
        waitFor(By.cssSelector("#plugins tr[data-plugin='rom-liof'] [data-remove]"));
        assertEquals("0.1.0.SNAPSHOT", operator.get("/plugins/rom-liof").json().get("version").asText());
        Await.holds("LIOF's workflow", Duration.ofSeconds(30), () -> !"core".equals(operator.get("/workflows/LIOF?subject=input").json().get("plugin").asText()));
        driver.findElement(By.cssSelector("#plugins [data-remove='rom-liof']")).click();
        waitFor(By.cssSelector("#plugins tr[data-plugin='rom-liof'] [data-install]"));
        assertTrue(operator.get("/plugins/rom-liof").json().get("version").isNull(), "removed");

        driver.findElement(By.cssSelector("#plugins [data-install='connector-cordis']")).click();
        waitFor(By.cssSelector("#plugins tr[data-plugin='connector-cordis'] [data-remove]"));
        String cordisFile = Paths.get("src/test/resources/wire-formats/cordis-organization.csv").toAbsolutePath().toString();
        Api.Answer configured = operator.put("/plugins/connector-cordis/configuration/nl.nts.platform.connector.cordis",
                "{\"properties\":{\"organisationFile\":\"" + cordisFile + "\"}}");
        assertEquals(200, configured.status(), configured.body());
        Await.holds("the CORDIS connector", Duration.ofSeconds(30), () -> operator.get("/connectors").json().get("total").asInt() > 0);
        go("#/plugins");
        waitFor(By.cssSelector("[data-run-connector]")).click();
        WebElement run = until(d -> d.findElements(By.cssSelector("#runs tr[data-run-status='DONE'], #runs tr[data-run-status='FAILED']"))
                .stream().findFirst().orElse(null));
        String id = run.getAttribute("data-run");
        JsonNode done = operator.get("/connectors/runs/" + id).json();
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(run.findElements(By.tagName("td")).get(5).getText(), done.get("created").asText(), "the created count as the server has it");
        assertTrue(done.get("read").asInt() > 0);
        screen("13-plugins-operator");

        // the session ends on the server (an idle timeout, a removed user): the next click leads to the login, which
        // says why and then brings the user back to the screen they were on
        String cookie = driver.manage().getCookieNamed("NTS_SESSION").getValue();
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(withCookie(cookie, "GET", "/api/session", null, Map.of()).body())
                .get("csrfToken").asText();
        assertEquals(204, withCookie(cookie, "DELETE", "/api/session", null, Map.of("X-CSRF-Token", token, "Origin", base)).statusCode());
        driver.findElement(By.cssSelector("#nav a[href='#/funding']")).click();
        ready("#/login");
        assertTrue(driver.findElement(By.id("notice")).getText().contains("sessie"), driver.findElement(By.id("notice")).getText());
        assertFalse(driver.findElement(By.id("problem")).isDisplayed(), "no error box for an ended session");
        assertTrue(driver.findElements(By.cssSelector("#calls")).isEmpty(), "nothing of the last screen stays visible");
        driver.findElement(By.id("login-user")).sendKeys("admin");
        driver.findElement(By.id("login-password")).sendKeys("web-it-admin-secret", Keys.ENTER);
        ready("#/funding");

        operatorManagesPeople();
    }

    /** The operator adds a person with a generated password, changes their roles, sets a password typed twice, and removes them after confirming. */
    private void operatorManagesPeople() throws Exception {
        driver.findElement(By.cssSelector("#nav a[href='#/people']")).click();
        ready("#/people");
        waitFor(By.cssSelector("#people tr[data-person='bom-member']"));
        driver.findElement(By.id("pe-name")).sendKeys("web-newcomer");
        driver.findElement(By.id("pe-roles")).sendKeys("rom-member:BOM", Keys.ENTER);
        driver.findElement(By.id("pe-add")).click();
        String generated = waitVisible(By.id("pe-generated-password")).getText().strip();
        assertEquals(20, generated.length(), generated);
        assertEquals("[\"rom-member:BOM\"]", operator.get("/people/web-newcomer").json().get("roles").toString());
        assertEquals(200, new Api(port, "web-newcomer", generated).get("/workshops").status(), "the generated password logs in");
        screen("14-people-operator");

        waitFor(By.cssSelector("[data-edit-roles='web-newcomer']")).click();
        waitFor(By.id("pe-edit-roles")).sendKeys("rom-admin:BOM", Keys.ENTER);
        driver.findElement(By.id("pe-roles-save")).click();
        until(d -> d.findElement(By.cssSelector("#people tr[data-person='web-newcomer']")).getText().contains("rom-admin:BOM"));
        assertEquals("[\"rom-admin:BOM\",\"rom-member:BOM\"]", operator.get("/people/web-newcomer").json().get("roles").toString());

        waitFor(By.cssSelector("[data-reset-password='web-newcomer']")).click();
        waitFor(By.id("pe-reset-choose")).click();
        driver.findElement(By.id("pe-reset-password")).sendKeys("web-newcomer-chosen");
        driver.findElement(By.id("pe-reset-again")).sendKeys("web-newcomer-chosem", Keys.ENTER);
        until(d -> d.findElement(By.id("problem")).isDisplayed());
        assertTrue(driver.findElement(By.id("problem")).getText().contains("niet gelijk"), driver.findElement(By.id("problem")).getText());
        screen("15-people-password");
        WebElement again = driver.findElement(By.id("pe-reset-again"));
        again.clear();
        again.sendKeys("web-newcomer-chosen", Keys.ENTER);
        until(d -> d.findElements(By.id("pe-password-form")).isEmpty());
        assertEquals(200, new Api(port, "web-newcomer", "web-newcomer-chosen").get("/workshops").status(), "the chosen password logs in");

        waitFor(By.cssSelector("[data-remove-person='web-newcomer']")).click();
        waitVisible(By.id("pe-confirm-remove"));
        screen("16-people-remove-confirmation");
        driver.findElement(By.id("pe-cancel-remove")).click();
        assertEquals(200, operator.get("/people/web-newcomer").status(), "cancelled: still there");
        waitFor(By.cssSelector("[data-remove-person='web-newcomer']")).click();
        waitVisible(By.id("pe-confirm-remove")).click();
        until(d -> d.findElements(By.cssSelector("#people tr[data-person='web-newcomer']")).isEmpty());
        assertEquals(404, operator.get("/people/web-newcomer").status());
        assertTrue(driver.findElements(By.cssSelector("[data-remove-person='admin']")).isEmpty(), "no button to remove oneself");

        operatorAnswersAPersonsRights();
    }

    /** The operator looks a person up (a copy to save), erases them after confirming, and has the retention periods counted. */
    private void operatorAnswersAPersonsRights() throws Exception {
        String email = "web.erasee." + System.nanoTime() + "@example.org";
        Map<String, Object> w = new java.util.LinkedHashMap<>(Map.of("title", "Web erasure table", "date", "2026-10-01", "rom", "BOM"));
        w.put("participants", List.of(Map.of("name", "Wilma Erasee", "email", email, "emailBasis", "CONSENT")));
        assertEquals(201, operator.post("/workshops", Api.json(w)).status());

        driver.findElement(By.cssSelector("#nav a[href='#/personal-data']")).click();
        ready("#/personal-data");
        driver.findElement(By.id("pd-email")).sendKeys(email, Keys.ENTER);
        WebElement found = waitFor(By.cssSelector("#pd-findings tr[data-place='workshop.participant']"));
        assertTrue(found.getText().contains("Wilma Erasee") && found.getText().contains(email), found.getText());
        assertEquals("personal-data.html", driver.findElement(By.id("pd-save-html")).getAttribute("data-file"));
        screen("17-personal-data-copy");

        driver.findElement(By.id("pd-erase")).click();
        waitVisible(By.id("pd-confirm-remove"));
        screen("18-personal-data-erase-confirmation");
        driver.findElement(By.id("pd-cancel-remove")).click();
        assertTrue(operator.post("/personal-data/copies", Api.json(Map.of("email", email))).json().get("findings").size() > 0, "cancelled: nothing erased");
        driver.findElement(By.id("pd-erase")).click();
        waitVisible(By.id("pd-confirm-remove")).click();
        assertTrue(waitVisible(By.id("pd-erased")).getText().matches("(?s)Gewist als person-[0-9a-f]{16}\\..*"), driver.findElement(By.id("pd-erased")).getText());
        assertEquals(0, operator.post("/personal-data/copies", Api.json(Map.of("email", email))).json().get("findings").size());

        // the periods, and a count of what is past them
        until(d -> d.findElement(By.cssSelector("#pd-fields tr[data-place='workshop.participant']")).getText().contains("24 months"));
        driver.findElement(By.id("pd-dry-run")).click();
        until(d -> !d.findElements(By.cssSelector("#pd-runs tr[data-run]")).isEmpty()
                && d.findElement(By.cssSelector("#pd-runs tbody tr")).getText().contains("(alleen geteld)"));
        screen("19-personal-data-retention");
    }

    /** Text pasted into the spreadsheet import, as a paste does it (tabs and line breaks included). */
    private static void paste(String text) {
        ((JavascriptExecutor) driver).executeScript("const e = document.getElementById('sh-paste'); e.value = arguments[0];"
                + " e.dispatchEvent(new Event('input', { bubbles: true }));", text);
    }

    /** The workflow steps offered for an input on the screen, in order. */
    private static List<String> steps(long input) {
        return driver.findElements(By.cssSelector("tr[data-input='" + input + "'] button.step")).stream().map(b -> b.getAttribute("data-transition")).toList();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    /** The BOM member's session cookie is worth nothing to another site. */
    private void forgedRequestsAreRefused(String session, long liofPlan) throws Exception {
        int before = operator.get("/workshops?q=forged").json().get("total").asInt();
        // a page of another site (127.0.0.1 is another site than localhost) posting to the platform
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = "<!DOCTYPE html><html><body><form id='f' method='POST' enctype='text/plain' action='" + base + "/api/workshops'>"
                + "<input name='{\"title\":\"forged\",\"date\":\"2026-12-01\",\"rom\":\"BOM\",\"x\":\"' value='\"}'></form>"
                + "<script>fetch('" + base + "/api/workshops',{method:'POST',credentials:'include',mode:'no-cors',"
                + "headers:{'Content-Type':'text/plain'},body:JSON.stringify({title:'forged',date:'2026-12-01',rom:'BOM'})})"
                + ".finally(()=>document.getElementById('f').submit());</script></body></html>";
        evil.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try {
            driver.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            until(d -> d.getCurrentUrl().startsWith(base + "/api/workshops"));
            shot("12-forged-request");
        } finally {
            evil.stop(0);
        }
        assertEquals(before, operator.get("/workshops?q=forged").json().get("total").asInt(), "the forged request created nothing");

        // the cookie itself, sent without the session's token or from another origin, writes nothing
        String workshop = "{\"title\":\"forged by cookie\",\"date\":\"2026-12-01\",\"rom\":\"BOM\"}";
        assertEquals(403, withCookie(session, "POST", "/api/workshops", workshop, Map.of()).statusCode());
        HttpResponse<String> login = withCookie(session, "GET", "/api/session", null, Map.of());
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body()).get("csrfToken").asText();
        HttpResponse<String> foreign = withCookie(session, "POST", "/api/workshops", workshop, Map.of("X-CSRF-Token", token, "Origin", "http://evil.example"));
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("cross-site"), foreign.body());
        assertEquals(403, withCookie(session, "POST", "/api/workshops", workshop, Map.of("X-CSRF-Token", "not-the-token")).statusCode());
        assertEquals(0, operator.get("/workshops?q=cookie").json().get("total").asInt());
        // and with the token, the same user is still refused LIOF's plan by the domain (403 naming the owner)
        HttpResponse<String> liof = withCookie(session, "POST", "/api/plans/" + liofPlan + "/transitions", "{\"transition\":\"consult\"}",
                Map.of("X-CSRF-Token", token, "Origin", base));
        assertEquals(403, liof.statusCode(), liof.body());
        assertTrue(liof.body().contains("LIOF"), liof.body());
        driver.get(base + "/#/");
        ready("#/");
    }

    private static HttpResponse<String> withCookie(String session, String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "NTS_SESSION=" + session)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A screen drawn afresh, also the one the browser shows already (the same address again would not reload it). */
    private static void go(String hash) {
        ((JavascriptExecutor) driver).executeScript("document.body.removeAttribute('data-ready')");
        if ((base + "/" + hash).equals(driver.getCurrentUrl())) {
            driver.navigate().refresh();
        } else {
            driver.get(base + "/" + hash);
        }
        ready(hash);
    }

    private static void ready(String hash) {
        until(d -> hash.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Waits for a condition; an element replaced while it is read (a screen redrawing) is read again. */
    private static <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private static WebElement waitFor(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static WebElement waitVisible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void awaitRows(int rows) {
        until(d -> d.findElements(By.cssSelector("#ws-inputs tbody tr")).size() == rows);
    }

    /** A screen: photographed, and checked by axe-core in the page (serious and critical violations are kept). */
    private static void screen(String name) throws IOException {
        shot(name);
        JavascriptExecutor script = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
            script.executeScript(axe);
        }
        Object found = script.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))))"
                + ".catch(e => done('axe failed: ' + e));");
        Files.writeString(SHOTS.resolve(name + ".axe.json"), String.valueOf(found));
        if (!"[]".equals(found)) {
            INACCESSIBLE.put(name, String.valueOf(found));
        }
    }

    /** The whole page, not only what the window shows. */
    private static void shot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, window.getHeight()), 6000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
