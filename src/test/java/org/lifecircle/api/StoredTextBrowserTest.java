package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;



    @Test
    void htmlInAScenarioAndItsProposalsIsShownLiterally() {
        Map<String, Object> scenario = Map.of("name", SCENARIO, "proposals",
                List.of(Map.of("category", "elderly_care", "name", PROPOSAL, "lon", 117.2, "lat", 39.12)));
        assertThat(http.postForEntity("/api/datasets/demo/scenarios", scenario, String.class).getStatusCode().value())
                .isEqualTo(201);
        HeadlessChromium.open(CHROME.browser(), port);
        WebElement saved = HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElements(By.cssSelector("#scenarios li")).stream()
                .filter(li -> li.getText().contains(SCENARIO)).findFirst().orElse(null));
        saved.findElement(By.tagName("button")).click();
        WebElement marker = HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElement(
                By.cssSelector("path[fill=\"#ffeb3b\"]"))); // the colour of proposals
        assertThat(CHROME.browser().findElement(By.id("proposals")).getText()).contains(PROPOSAL + " (elderly_care)");
        new Actions(CHROME.browser()).moveToElement(marker).perform();
        WebElement tooltip = HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElement(By.cssSelector(".leaflet-tooltip")));
        assertThat(tooltip.getText()).isEqualTo(PROPOSAL);
        assertThat(CHROME.browser().findElements(By.cssSelector(".leaflet-tooltip img, #proposals img, #scenarios img, #injected")))
                .as("elements made from the stored text").isEmpty();
        assertThat(CHROME.browser().executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
        assertThat(CHROME.browser().executeScript("return window.__pwned === undefined")).isEqualTo(true);
    }
}
