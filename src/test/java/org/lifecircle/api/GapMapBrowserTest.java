package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gap map in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): districts, areas and facilities drawn, a popup's distance, a proposed facility
 * turning an uncovered area covered. Leaves a screenshot in target/gap-map.png.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GapMapBrowserTest {

    private static final String COVERED = "#4caf50";
    private static final String UNCOVERED = "#e53935";
    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();
    private static Path downloads;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void downloadsFolder() {
        downloads = CHROME.downloads();
    }


    private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return HeadlessChromium.waitFor(CHROME.browser(), condition);
    }

    private int areaId(String sourceId) throws Exception {
        JsonNode areas = new ObjectMapper().readTree(http.getForObject(
                "/api/datasets/demo/areas?bbox=" + MapApiTest.WHOLE_DEMO, String.class));
        for (JsonNode f : areas.get("features")) {
            if (f.at("/properties/source_id").asText().equals(sourceId)) {
                return f.at("/properties/area_id").asInt();
            }
        }
        throw new AssertionError(sourceId);
    }

    @Test
    void planningAGapAwayOnTheMap() throws Exception {
        HeadlessChromium.open(CHROME.browser(), port);
        List<WebElement> districtRows = CHROME.browser().findElements(By.cssSelector("#districts tbody tr"));
        assertThat(districtRows).hasSize(2);
        assertThat(CHROME.browser().findElement(By.id("districts")).getText()).contains("东湖区").contains("66.2%");
        assertThat(CHROME.browser().findElements(By.cssSelector("path.area"))).hasSize(18);
        assertThat(CHROME.browser().findElements(By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive")).size())
                .as("areas, facilities and district outlines").isGreaterThan(18 + 20);

        String gapSelector = "path.area-" + areaId("DH-05");
        waitFor(d -> UNCOVERED.equals(fill(d, gapSelector)));
        clickFresh(gapSelector);
        WebElement popup = waitFor(d -> d.findElement(By.cssSelector(".leaflet-popup-content .area-popup")));
        String distance = popup.findElement(By.cssSelector("td.distance")).getText();
        assertThat(distance).matches("\\d+ m");
        assertThat(Integer.parseInt(distance.replace(" m", ""))).isGreaterThan(720);

        CHROME.browser().findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        waitFor(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        CHROME.browser().findElement(By.id("whatif")).click();
        clickFresh(gapSelector); // the popup may have panned the map, and the pan redrawn the areas
        waitFor(d -> COVERED.equals(fill(d, gapSelector)));
        waitFor(d -> !d.findElement(By.id("districts")).getText().contains("66.2%"));
        assertThat(CHROME.browser().findElements(By.cssSelector("#proposals li"))).hasSize(1);
        screenshot();
    }

    /** The metres field offers the server's limits; a value beyond them is refused next to the field, not sent. */
    @Test
    void aThresholdBeyondTheServersLimitsIsRefusedWhereItWasTyped() throws Exception {
        HeadlessChromium.open(CHROME.browser(), port);
        new Select(CHROME.browser().findElement(By.id("threshold"))).selectByValue("m");
        WebElement field = waitFor(d -> d.findElement(By.id("thresholdMeters")).isDisplayed()
                ? d.findElement(By.id("thresholdMeters")) : null);
        assertThat(field.getAttribute("max")).isEqualTo(String.valueOf((int) RequestParams.MAX_WALK_METERS));
        assertThat(field.getAttribute("min")).isEqualTo(String.valueOf((int) RequestParams.MIN_WALK_METERS));
        field.clear();
        field.sendKeys("20000\t");
        WebElement error = waitFor(d -> d.findElement(By.id("thresholdError")).isDisplayed()
                ? d.findElement(By.id("thresholdError")) : null);
        assertThat(error.getText()).contains("the threshold must be 50-10000 m, not 20000");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(CHROME.browser().findElement(By.id("message")).isDisplayed()).as("said at the field, not at the top").isFalse();
        field.clear();
        field.sendKeys("300\t");
        waitFor(d -> !d.findElement(By.id("thresholdError")).isDisplayed());
        waitFor(d -> d.findElement(By.id("thresholdNote")).getText().contains(": 300 m"));
    }

    @Test
    void exportingCatchmentsInMinuteBands() throws Exception {
        HeadlessChromium.open(CHROME.browser(), port);
        WebElement bands = CHROME.browser().findElement(By.id("exportBands"));
        assertThat(bands.isEnabled()).as("bands only for catchments").isFalse();
        new Select(CHROME.browser().findElement(By.id("exportLayer"))).selectByValue("catchments");
        new Select(CHROME.browser().findElement(By.id("exportFormat"))).selectByValue("geojson");
        new Select(bands).selectByValue("5,10,15");
        CHROME.browser().findElement(By.id("export")).click();
        Path file = downloads.resolve("demo-catchments.geojson");
        waitFor(d -> Files.exists(file));
        String downloaded = waitFor(d -> readWhole(file));
        JsonNode features = new ObjectMapper().readTree(downloaded).get("features");
        assertThat(features).hasSize(3);
        assertThat(features.get(2).at("/properties/band_minutes").asDouble()).isEqualTo(15.0);

        String riverGap = "path.area-" + areaId("DH-05"); // a gap for elderly care only
        assertThat(fill(CHROME.browser(), riverGap)).isEqualTo(UNCOVERED);
        new Select(CHROME.browser().findElement(By.id("category"))).selectByValue("childcare");
        waitFor(d -> COVERED.equals(fill(d, riverGap)));
        CHROME.browser().findElement(By.id("export")).click();
        WebElement message = new WebDriverWait(CHROME.browser(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("message")).isDisplayed() ? d.findElement(By.id("message")) : null);
        assertThat(message.getText()).contains("childcare").contains("walking speed");
        assertThat(CHROME.browser().getCurrentUrl()).as("the page stays").isEqualTo("http://localhost:" + port + "/");
    }

    /** The fill colour of the element the selector finds now; null while a redraw replaces it. */
    private static String fill(org.openqa.selenium.WebDriver page, String selector) {
        try {
            return page.findElement(By.cssSelector(selector)).getAttribute("fill");
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    /** Clicks the element the selector finds now, again if a redraw replaced it before the click. */
    private void clickFresh(String selector) {
        waitFor(d -> {
            try {
                d.findElement(By.cssSelector(selector)).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The downloaded file once Chromium has finished writing it (its JSON parses), else null. */
    private static String readWhole(Path file) {
        try {
            String text = Files.readString(file);
            new ObjectMapper().readTree(text);
            return text;
        } catch (Exception e) {
            return null;
        }
    }

    private static void screenshot() throws Exception {
        Path shot = ((TakesScreenshot) CHROME.browser()).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of(System.getProperty("lifecircle.screenshots", "target"), "gap-map.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
