package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecocity.demo.DemoLoader;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard page in a real browser, Debian's headless Chromium driven by Selenium through Debian's chromedriver
 * (both given by path, so Selenium Manager never looks for, let alone downloads, a browser or a driver), against the
 * whole suite: a real broker process and the four packaged services in the prod profile against PostgreSQL, in
 * databases of their own, with five weeks of the demo city loaded through the public paths. Nothing is stubbed.
 * Screenshots for a person to look at go to {@code target/dashboard/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final String NAME = "dash";
    private static final String CHROMIUM = System.getProperty("ecocity.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("ecocity.it.chromedriver", "/usr/bin/chromedriver");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Collects what the page throws or logs as an error, installed before any of its scripts run. */
    private static final String ERROR_HOOK = """
            window.__pageErrors = [];
            window.addEventListener('error', e => window.__pageErrors.push('error: ' + (e.message || e.type)));
            window.addEventListener('unhandledrejection', e => window.__pageErrors.push('rejection: ' + e.reason));
            (function () { const original = console.error; console.error = function () {
              window.__pageErrors.push('console.error: ' + Array.from(arguments).join(' '));
              return original.apply(console, arguments); }; })();
            """;

    private static SuiteProcesses suite;
    private static ChromeDriver browser;
    private static Path screenshots;
    private static String gateway;

    @BeforeAll
    static void startTheSuiteLoadFiveWeeksAndOpenABrowser() throws Exception {
        Path work = Path.of(System.getProperty("ecocity.it.work", "target/system-it")).toAbsolutePath();
        screenshots = work.getParent().resolve("dashboard");
        Files.createDirectories(screenshots);
        suite = SuiteProcesses.fresh(NAME);
        suite.startBroker();
        for (String service : SuiteProcesses.SERVICES) {
            suite.startService(service);
        }
        System.out.println("[dashboard] suite ready " + suite.awaitReady(Duration.ofSeconds(120)) + " s after start");
        gateway = suite.baseUrl("gateway");

        Instant started = Instant.now();
        LocalDate today = LocalDate.now(BEIJING);
        // five weeks by default; a longer history (-Decocity.it.dashboard.from=2025-01-01) fills the year-on-year chart
        String from = System.getProperty("ecocity.it.dashboard.from", today.minusDays(35).toString());
        DemoLoader.run("load", "--from", from, "--provincial", "0", "--micro", "0",
                "--air", suite.baseUrl("air-service"), "--water", suite.baseUrl("water-service"),
                "--waste", suite.baseUrl("waste-service"), "--gateway", gateway,
                "--kafka", suite.bootstrapServers(), "--key", suite.privateKey().toString());
        awaitQuietOverview(Duration.ofMinutes(5));
        System.out.println("[dashboard] five weeks of the demo city loaded and the view settled after "
                + Duration.between(started, Instant.now()).toSeconds() + " s");

        browser = startBrowser(work.resolve(NAME).resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowserAndSuite() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (suite != null) {
                suite.close();
            }
        }
    }

    @Test
    @Order(1)
    void thePageLoadsWithoutErrorsAndItsTilesShowTheFiguresOfTheApi() throws Exception {
        browser.get(gateway + "/");
        awaitLoaded();
        assertEquals("true", browser.executeScript("return !!window.echarts").toString(), "ECharts came from the webjar");
        assertNoErrors();

        // the page read the overview before this; wait until what it shows and what the API says now agree
        awaitTilesMatch(() -> cityTiles(json("/api/city/overview")), Duration.ofSeconds(20));
        JsonNode overview = json("/api/city/overview");
        JsonNode latest = overview.at("/air/latestHour");
        assertFalse(latest.isMissingNode() || latest.isNull(), "the demo's hours reached the gateway");
        WebElement aqiTile = browser.findElement(By.id("tile-aqi-now"));
        assertEquals(rgb(latest.path("colour").asText()),
                aqiTile.findElement(By.cssSelector(".band")).getCssValue("background-color"),
                "the AQI tile wears its level's colour");
        assertTrue(aqiTile.getText().contains(latest.path("category").asText()), aqiTile.getText());

        for (String chart : List.of("chart-map", "chart-daily", "chart-monthly", "chart-water")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " drawn");
        }
        int stationsAndSections = overview.at("/air/stations").size() + overview.at("/water/sections").size();
        assertTrue(browser.findElement(By.id("chart-map")).getAttribute("aria-label")
                .contains(String.valueOf(overview.at("/air/stations").size())), "the map says what it shows");
        assertTrue(stationsAndSections >= 5 + 9, "five national stations and nine sections: " + stationsAndSections);
        assertFalse(browser.findElements(By.cssSelector("#scorecard tbody tr")).isEmpty(), "the targets are listed");
        assertFalse(browser.findElement(By.id("unreachable")).isDisplayed(), "no unreachable message while the gateway answers");

        // 中文 / English
        browser.findElement(By.id("lang-toggle")).click();
        assertEquals("AQI now", browser.findElement(By.id("tile-aqi-now-title")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-toggle")).sendKeys(Keys.ENTER);
        assertEquals("实时AQI", browser.findElement(By.id("tile-aqi-now-title")).getText());
    }

    @Test
    @Order(2)
    void anAlertRaisedByASampleAppearsWithinTwoSecondsWithoutAReload() throws Exception {
        browser.executeScript("window.__sameDocument = 'yes'");
        HttpResponse<String> section = suite.postJson(suite.baseUrl("water-service") + "/api/water/sections", """
                {"sectionId":"DASH-W1","name":"仪表盘测试断面","river":"寒溪河","waterBodyType":"RIVER",
                 "level":"MUNICIPAL","town":"东城","targetClass":"III","latitude":23.01,"longitude":113.79,
                 "assessed":false}""");
        assertTrue(section.statusCode() / 100 == 2, section.body());
        String sampledAt = ZonedDateTime.now(BEIJING).minusMinutes(5).withNano(0).toOffsetDateTime().toString();
        HttpResponse<String> sample = suite.postJson(suite.baseUrl("water-service") + "/api/water/samples",
                "[{\"sectionId\":\"DASH-W1\",\"sampledAt\":\"" + sampledAt + "\",\"values\":{\"NH3N\":3.2,\"DO\":6.5}}]");
        Instant posted = Instant.now();
        assertEquals(200, sample.statusCode(), sample.body());

        By raised = By.cssSelector("#alerts li[data-alert-id*=':DASH-W1:']");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class).pollingEvery(Duration.ofMillis(50))
                .until(driver -> !driver.findElements(raised).isEmpty());
        Duration took = Duration.between(posted, Instant.now());
        System.out.println("[dashboard] alert on the page " + took.toMillis() + " ms after the sample was accepted");
        assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "took " + took);
        assertEquals("yes", browser.executeScript("return window.__sameDocument"), "the page was not reloaded");
        WebElement alert = browser.findElement(raised);
        assertTrue(alert.getText().contains("仪表盘测试断面"), alert.getText());

        // acknowledged from the keyboard: the name and the duty office's token typed, the button pressed with Enter;
        // with security on, the acknowledger recorded is the token's subject
        WebElement by = browser.findElement(By.id("ack-by"));
        by.clear();
        by.sendKeys("值班员甲");
        String dutyOffice = io.ecocity.demo.load.SuiteCredentials.mint(
                io.ecocity.demo.load.SuiteCredentials.readKey(suite.privateKey()), "duty-office-1",
                java.util.List.of("alerts:acknowledge"), Duration.ofHours(1));
        WebElement token = browser.findElement(By.id("ack-token"));
        token.clear();
        token.sendKeys(dutyOffice);
        String alertId = alert.getAttribute("data-alert-id");
        alert.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        By acknowledged = By.cssSelector("#alerts li[data-alert-id='" + alertId + "'] .acknowledged");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElements(acknowledged).isEmpty());
        JsonNode answer = json("/api/city/alerts?acknowledged=true&limit=1000");
        boolean found = false;
        for (JsonNode item : answer.path("items")) {
            found |= alertId.equals(item.path("alertId").asText()) && "duty-office-1".equals(item.path("acknowledgedBy").asText());
        }
        assertTrue(found, "the gateway holds the acknowledgement: " + answer);
        assertNoErrors();
    }

    @Test
    @Order(3)
    void theTownSelectorSwitchesTheTilesToThatTown() throws Exception {
        JsonNode ranking = json("/api/city/towns");
        String town = null;
        for (JsonNode candidate : ranking.path("towns")) {
            if (candidate.path("rank").isNumber() && candidate.path("latestAqi").isNumber()) {
                town = candidate.path("town").asText();
                break;
            }
        }
        assertNotNull(town, "a town with air figures: " + ranking);
        Object cityComposite = browser.executeScript(COMPOSITE_SHOWN);

        new Select(browser.findElement(By.id("town-select"))).selectByValue(town);
        String chosen = town;
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class).until(driver ->
                chosen.equals(driver.findElement(By.id("tile-composite")).getAttribute("data-scope")));
        String path = "/api/city/towns/" + URLEncoder.encode(town, StandardCharsets.UTF_8).replace("+", "%20");
        awaitTilesMatch(() -> townTiles(json(path)), Duration.ofSeconds(20));
        assertTrue(browser.findElement(By.id("scope-title")).getText().startsWith(town));
        assertTrue(browser.getCurrentUrl().contains("town="), "the town is in the address, for a bookmark");
        Object townComposite = browser.executeScript(COMPOSITE_SHOWN);
        System.out.println("[dashboard] composite index: city " + cityComposite + ", " + town + " " + townComposite);
        viewport(1366, 768);
        screenshot("dashboard-town-1366x768.png");
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

        new Select(browser.findElement(By.id("town-select"))).selectByValue("");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class).until(driver ->
                "CITY".equals(driver.findElement(By.id("tile-composite")).getAttribute("data-scope")));
        awaitTilesMatch(() -> cityTiles(json("/api/city/overview")), Duration.ofSeconds(20));
        assertNoErrors();
    }

    @Test
    @Order(4)
    void screenshotsFromALaptopToAWallScreen() throws Exception {
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(1920, 1080), new Dimension(3840, 2160))) {
            viewport(size.getWidth(), size.getHeight());
            Long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= size.getWidth(), "no horizontal scrolling at " + size + ": " + width);
            screenshot("dashboard-" + size.getWidth() + "x" + size.getHeight() + ".png");
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertNoErrors();
    }

    @Test
    @Order(5)
    void withTheGatewayGoneThePageSaysSo() throws Exception {
        suite.close();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).pollingEvery(Duration.ofMillis(200))
                .until(driver -> driver.findElement(By.id("unreachable")).isDisplayed());
        String message = browser.findElement(By.id("unreachable")).getText();
        assertTrue(message.contains("无法连接网关"), message);
        assertEquals("offline", browser.findElement(By.id("connection")).getAttribute("data-state"));
        assertFalse(browser.findElements(By.cssSelector("#tiles .tile")).isEmpty(), "the last figures stay on screen");
        viewport(1366, 768);
        screenshot("dashboard-unreachable-1366x768.png");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static ChromeDriver startBrowser(Path profile) throws IOException {
        for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertTrue(Files.isExecutable(Path.of(path)), path + " missing: apt-get install chromium chromium-driver");
        }
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--force-device-scale-factor=1", "--lang=zh-CN", "--hide-scrollbars",
                "--user-data-dir=" + profile,
                // nothing but the suite on this machine: no update checks, pings or other background calls
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--no-pings", "--disable-domain-reliability", "--disable-client-side-phishing-detection");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(profile.getParent().resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Exactly this many CSS pixels of page, whatever the headless window's own frame takes. */
    private static void viewport(int width, int height) throws InterruptedException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        // the charts follow their containers and the type size: give them time to draw again
        Thread.sleep(800);
    }

    private static void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).until(driver ->
                "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    /** Nothing thrown, nothing logged as an error: neither by the page's scripts nor by the browser (a 404, a CSP block). */
    @SuppressWarnings("unchecked")
    private static void assertNoErrors() {
        List<String> errors = new ArrayList<>((List<String>) ((JavascriptExecutor) browser)
                .executeScript("return window.__pageErrors || []"));
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "errors in the browser");
    }

    /** The composite index tile's figure, read in one script (the page may redraw it at any time). */
    private static final String COMPOSITE_SHOWN =
            "return document.querySelector('#tile-composite .tile-value').getAttribute('data-value');";

    /** Tile id → the figure the API gives for it, for the city. */
    private static Map<String, JsonNode> cityTiles(JsonNode overview) {
        return tiles(overview, overview.at("/water/goodShare/value"));
    }

    /** The same for a town, whose water tile counts its sections meeting their target. */
    private static Map<String, JsonNode> townTiles(JsonNode town) {
        return tiles(town, town.at("/water/sectionsMeetingTarget"));
    }

    private static Map<String, JsonNode> tiles(JsonNode view, JsonNode water) {
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        expected.put("tile-aqi-now", view.at("/air/latestHour/aqi"));
        expected.put("tile-aqi-today", view.at("/air/today/daily/aqi"));
        expected.put("tile-pm25", view.at("/air/yearToDate/pm25/value"));
        expected.put("tile-composite", view.at("/air/yearToDate/compositeIndex/value"));
        expected.put("tile-good-days", view.at("/air/yearToDate/goodDayRatio/value"));
        expected.put("tile-water", water);
        wasteTiles(view.at("/waste/indicators"), expected);
        expected.put("tile-manifests", view.at("/waste/manifests/open"));
        return expected;
    }

    private static void wasteTiles(JsonNode indicators, Map<String, JsonNode> expected) {
        for (JsonNode indicator : indicators) {
            expected.put("tile-waste-" + indicator.path("indicatorCode").asText().toLowerCase().replace('_', '-'),
                    indicator.at("/figure/value"));
        }
    }

    private interface Expected {
        Map<String, JsonNode> read() throws Exception;
    }

    /** Until every tile shows the API's figure (as a decimal, or no figure where the API has none). */
    private static void awaitTilesMatch(Expected expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        List<String> differences = List.of();
        while (Instant.now().isBefore(deadline)) {
            differences = new ArrayList<>();
            Map<String, JsonNode> figures = expected.read();
            for (Map.Entry<String, JsonNode> figure : figures.entrySet()) {
                // value and text read in one script: the page may redraw the tile between two WebDriver calls
                @SuppressWarnings("unchecked")
                List<String> tile = (List<String>) ((JavascriptExecutor) browser).executeScript(
                        "const e = document.querySelector(arguments[0]);"
                                + " return e ? [e.getAttribute('data-value') || '', e.innerText] : null;",
                        "#" + figure.getKey() + " .tile-value");
                if (tile == null) {
                    differences.add(figure.getKey() + ": no tile");
                    continue;
                }
                String shown = tile.get(0);
                JsonNode api = figure.getValue();
                boolean same = api.isNumber() ? !shown.isEmpty() && new BigDecimal(shown).compareTo(api.decimalValue()) == 0
                        : shown.isEmpty();
                if (!same) {
                    differences.add(figure.getKey() + ": page " + shown + ", API " + api);
                } else if (api.isNumber() && !tile.get(1).contains(shown)) {
                    differences.add(figure.getKey() + ": shows '" + tile.get(1) + "', not " + shown);
                }
            }
            if (differences.isEmpty()) {
                assertTrue(figures.size() >= 8, "the tiles compared: " + figures.keySet());
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the tiles do not show the API's figures: " + differences);
    }

    /**
     * Waits until the services have taken the load in: the gateway shows a city hour of the last three (the load runs
     * up to the current hour, and air-service assesses in order) and two readings of the overview a few seconds apart
     * agree. Until then the gateway's consumer is busy with the backlog and nothing live can be timed.
     */
    private static void awaitQuietOverview(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode previous = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode now = json("/api/city/overview");
            ((ObjectNode) now).remove("generatedAt");
            for (String domain : List.of("air", "water", "waste")) {
                ((ObjectNode) now.path(domain)).remove("freshness");
            }
            String hourEnd = now.at("/air/latestHour/hourEnd").asText("");
            boolean current = !hourEnd.isEmpty()
                    && OffsetDateTime.parse(hourEnd).toInstant()
                            .isAfter(Instant.now().minus(Duration.ofHours(3)));
            if (current && now.equals(previous)) {
                return;
            }
            previous = now;
            Thread.sleep(3000);
        }
        System.out.println("[dashboard] the overview still moves after " + timeout + "; going on");
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = suite.get(gateway + path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static void screenshot(String name) throws IOException {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[dashboard] screenshot " + screenshots.resolve(name));
    }

    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgba(" + (value >> 16) + ", " + ((value >> 8) & 0xff) + ", " + (value & 0xff) + ", 1)";
    }
}
