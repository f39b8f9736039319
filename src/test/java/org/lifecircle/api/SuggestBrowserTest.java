package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page's Suggest control in a real headless Chromium on the demo: K = 2 for elderly care lists
 * the API's two sites with the API's figures and draws two numbered markers; accepting rank 1 turns
 * an area red before green, an area that the what-if endpoint says the site covers and the areas
 * endpoint says is a gap now. A count outside 1-50 is refused next to the control. Leaves a
 * screenshot in target/suggest.png.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestBrowserTest {

    private static final String COVERED = "#4caf50";
    private static final String UNCOVERED = "#e53935";
    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();



    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return HeadlessChromium.waitFor(CHROME.browser(), condition);
    }

    @Test
    void suggestedSitesAreListedDrawnAndAccepted() throws Exception {
        JsonNode answer = json.readTree(http.postForObject("/api/datasets/demo/suggest",
                Map.of("category", "elderly_care", "count", 2), String.class));
        JsonNode first = answer.get("suggestions").get(0);
        int gapArea = newlyCoveredGap(first);

        HeadlessChromium.open(CHROME.browser(), port);
        assertThat(CHROME.browser().findElement(By.id("category")).getAttribute("value")).isEqualTo("elderly_care");
        WebElement count = CHROME.browser().findElement(By.id("suggestCount"));
        assertThat(count.getAttribute("value")).as("default K").isEqualTo("5");
        count.clear();
        count.sendKeys("2");
        CHROME.browser().findElement(By.id("suggestRun")).click();
        List<WebElement> rows = waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#suggestions tbody tr"));
            return found.size() == 2 ? found : null;
        });
        for (int i = 0; i < 2; i++) {
            JsonNode api = answer.get("suggestions").get(i);
            WebElement row = rows.get(i);
            assertThat(cell(row, "rank")).isEqualTo(String.valueOf(i + 1));
            String name = api.get("name").asText().isEmpty() ? api.get("candidate_id").asText() : api.get("name").asText();
            assertThat(cell(row, "name")).isEqualTo(name);
            assertThat(Double.parseDouble(cell(row, "added")))
                    .isCloseTo(api.get("added_covered_demand").asDouble(), within(0.05));
            assertThat(Double.parseDouble(cell(row, "cumulative").replace(" %", "")))
                    .isCloseTo(api.get("cumulative_covered_pct").asDouble(), within(0.005));
        }
        String summary = CHROME.browser().findElement(By.id("suggestSummary")).getText();
        assertThat(summary).startsWith(answer.at("/summary/method").asText() + " · gap ")
                .contains(String.format(java.util.Locale.ROOT, "gap %.1f %%", 100 * answer.at("/summary/gap").asDouble()));
        List<WebElement> markers = CHROME.browser().findElements(By.cssSelector(".leaflet-marker-pane .suggested-site"));
        assertThat(markers).extracting(WebElement::getText).containsExactly("1", "2");

        String gapSelector = "path.area-" + gapArea;
        waitFor(d -> UNCOVERED.equals(fill(d, gapSelector)));
        rows.get(0).findElement(By.cssSelector("button.accept")).click();
        waitFor(d -> COVERED.equals(fill(d, gapSelector)));
        List<WebElement> proposals = CHROME.browser().findElements(By.cssSelector("#proposals li"));
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).getText()).contains(cell(rows.get(0), "name")).contains("elderly_care");
        java.nio.file.Path shot = CHROME.browser().getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
        java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("lifecircle.screenshots", "target"), "suggest.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aCountOutsideTheRangeIsRefusedNextToTheControl() {
        HeadlessChromium.open(CHROME.browser(), port);
        WebElement count = CHROME.browser().findElement(By.id("suggestCount"));
        count.clear();
        count.sendKeys("51");
        CHROME.browser().findElement(By.id("suggestRun")).click();
        WebElement error = waitFor(d -> d.findElement(By.id("suggestError")).isDisplayed()
                ? d.findElement(By.id("suggestError")) : null);
        assertThat(error.getText()).contains("the count must be a whole number 1-50, not 51");
        assertThat(CHROME.browser().findElements(By.cssSelector("#suggestions tbody tr"))).isEmpty();
    }

    /**
     * An area the what-if endpoint says the suggested site covers and the areas endpoint says is not
     * covered for elderly care today: the one the page must turn green.
     */
    private int newlyCoveredGap(JsonNode site) throws Exception {
        JsonNode whatIf = json.readTree(http.postForObject("/api/datasets/demo/whatif", Map.of("category", "elderly_care",
                "proposals", List.of(Map.of("category", "elderly_care", "name", "site",
                        "lon", site.get("lon").asDouble(), "lat", site.get("lat").asDouble()))), String.class));
        JsonNode areas = json.readTree(http.getForObject(
                "/api/datasets/demo/areas?bbox=" + MapApiTest.WHOLE_DEMO, String.class)).get("features");
        for (JsonNode changed : whatIf.get("areas")) {
            if (!changed.get("covered").asBoolean()) {
                continue;
            }
            for (JsonNode area : areas) {
                if (area.at("/properties/area_id").asInt() == changed.get("area_id").asInt()
                        && !area.at("/properties/elderly_care_covered").asBoolean()) {
                    return changed.get("area_id").asInt();
                }
            }
        }
        throw new AssertionError("the first suggested site covers no gap: " + whatIf);
    }

    private static String cell(WebElement row, String kind) {
        return row.findElement(By.cssSelector("td." + kind)).getText();
    }

    private static String fill(WebDriver page, String selector) {
        try {
            return page.findElement(By.cssSelector(selector)).getAttribute("fill");
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }
}
