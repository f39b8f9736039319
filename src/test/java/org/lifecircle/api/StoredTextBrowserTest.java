package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stored text is shown as text: a scenario saved with HTML in its name and in its proposal's name
 * (as anyone who can save scenarios could), loaded on the page in a real headless Chromium, shows
 * that HTML literally in the scenario list, the proposal list and the proposal's map tooltip, and
 * no element of it reaches the page.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredTextBrowserTest {

    private static final String PROPOSAL = "<img src=x onerror=\"window.__pwned=1\">";
    private static final String SCENARIO = "<b id=\"injected\">plan</b>";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start(Files.createTempDirectory("lifecircle-stored-text"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void htmlInAScenarioAndItsProposalsIsShownLiterally() {
        Map<String, Object> scenario = Map.of("name", SCENARIO, "proposals",
                List.of(Map.of("category", "elderly_care", "name", PROPOSAL, "lon", 117.2, "lat", 39.12)));
        assertThat(http.postForEntity("/api/datasets/demo/scenarios", scenario, String.class).getStatusCode().value())
                .isEqualTo(201);
        HeadlessChromium.open(browser, port);
        WebElement saved = HeadlessChromium.waitFor(browser, d -> d.findElements(By.cssSelector("#scenarios li")).stream()
                .filter(li -> li.getText().contains(SCENARIO)).findFirst().orElse(null));
        saved.findElement(By.tagName("button")).click();
        WebElement marker = HeadlessChromium.waitFor(browser, d -> d.findElement(
                By.cssSelector("path[fill=\"#ffeb3b\"]"))); // the colour of proposals
        assertThat(browser.findElement(By.id("proposals")).getText()).contains(PROPOSAL + " (elderly_care)");
        new Actions(browser).moveToElement(marker).perform();
        WebElement tooltip = HeadlessChromium.waitFor(browser, d -> d.findElement(By.cssSelector(".leaflet-tooltip")));
        assertThat(tooltip.getText()).isEqualTo(PROPOSAL);
        assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip img, #proposals img, #scenarios img, #injected")))
                .as("elements made from the stored text").isEmpty();
        assertThat(browser.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    }
}
