package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The level switch and the tier markers of the gap map, in a real headless Chromium on the demo
 * (imported with its streets and communities): switched to street, the table lists the demo's four
 * streets with the coverage /units gives them and marks the two streets without a station
 * (expected-gaps.csv) as tier gaps; the outlines become the streets'; facilities are drawn by tier
 * and the legend names the tiers. Leaves a screenshot of the street level in target/unit-levels.png.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitLevelBrowserTest {

    private static final String OUTLINES = ".leaflet-overlay-pane path[stroke-dasharray='6 4']";
    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;



    /** Each street's elderly-care coverage as the API gives it, as the table writes it ("66.2%"). */
    private Map<String, String> streetCoverage() throws Exception {
        JsonNode streets = new ObjectMapper().readTree(http.getForObject("/api/datasets/demo/units?level=street",
                String.class));
        Map<String, String> byName = new HashMap<>();
        for (JsonNode street : streets.get("features")) {
            JsonNode p = street.get("properties");
            byName.put(p.get("name").asText(), String.format(Locale.ROOT, "%.1f%%",
                    p.get("elderly_care_coverage_pct").asDouble()));
        }
        return byName;
    }

    @Test
    void switchingToStreetsListsTheDemosStreetsAndTheirTierGaps() throws Exception {
        HeadlessChromium.open(CHROME.browser(), port);
        assertThat(CHROME.browser().findElement(By.id("levelSwitch")).isDisplayed()).isTrue();
        assertThat(CHROME.browser().findElements(By.cssSelector("#districts tbody tr"))).hasSize(2);
        assertThat(CHROME.browser().findElements(By.cssSelector(OUTLINES))).as("district outlines").hasSize(2);

        new Select(CHROME.browser().findElement(By.id("level"))).selectByValue("street");
        HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElements(By.cssSelector("#districts tbody tr")).size() == 4
                && d.findElements(By.cssSelector(OUTLINES)).size() == 4);
        assertThat(CHROME.browser().findElement(By.id("levelHeader")).getText()).contains("街道");
        Map<String, String> coverage = streetCoverage();
        assertThat(coverage).containsOnlyKeys("解放街道", "临河街道", "东湖街道", "北塘街道");
        Map<String, WebElement> rows = new HashMap<>();
        for (WebElement row : CHROME.browser().findElements(By.cssSelector("#districts tbody tr"))) {
            rows.put(row.findElement(By.cssSelector("td")).getText(), row);
        }
        assertThat(rows).containsOnlyKeys(coverage.keySet());
        coverage.forEach((name, pct) -> assertThat(rows.get(name).getText()).as(name).contains(pct));
        for (String gap : List.of("东湖街道", "北塘街道")) {
            assertThat(rows.get(gap).findElements(By.cssSelector("td.tier .tier-gap"))).as(gap).hasSize(1);
            assertThat(rows.get(gap).findElement(By.cssSelector("td.tier")).getText()).isEqualTo("✘ 0/1");
        }
        for (String served : List.of("解放街道", "临河街道")) {
            assertThat(rows.get(served).findElements(By.cssSelector("td.tier .tier-gap"))).as(served).isEmpty();
        }
        screenshot();

        new Select(CHROME.browser().findElement(By.id("level"))).selectByValue("community");
        HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElements(By.cssSelector("#districts tbody tr")).size() == 5);
        assertThat(CHROME.browser().findElement(By.id("districts")).getText()).contains("北塘社区").contains("解放南里社区");
    }

    /** Leaves the street level in target/unit-levels.png. */
    private static void screenshot() throws Exception {
        Path shot = ((TakesScreenshot) CHROME.browser()).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of(System.getProperty("lifecircle.screenshots", "target"), "unit-levels.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void facilitiesAreDrawnByTierWithALegend() {
        HeadlessChromium.open(CHROME.browser(), port);
        int centres = CHROME.browser().findElements(By.cssSelector("path.facility.tier-district_centre")).size();
        int stations = CHROME.browser().findElements(By.cssSelector("path.facility.tier-street_station")).size();
        int sites = CHROME.browser().findElements(By.cssSelector("path.facility.tier-community_site")).size();
        // the demo: EC-01 and EC-06 are district centres, EC-02 and EC-04 street stations
        assertThat(centres).isEqualTo(2);
        assertThat(stations).isEqualTo(2);
        assertThat(sites).isPositive();
        WebElement centre = CHROME.browser().findElement(By.cssSelector("path.facility.tier-district_centre"));
        WebElement site = CHROME.browser().findElement(By.cssSelector("path.facility.tier-community_site"));
        assertThat(centre.getSize().getWidth()).as("a centre is drawn larger than a site")
                .isGreaterThan(site.getSize().getWidth());
        assertThat(CHROME.browser().findElement(By.id("legend")).getText()).contains("区级中心 District centre")
                .contains("街道阵地 Street station").contains("社区场所 Community site");
    }
}
