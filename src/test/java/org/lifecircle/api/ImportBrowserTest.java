package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.service.DemoZip;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Importing a city from the page in a real headless Chromium: a zip chosen in the file field
 * becomes a dataset the page lists and opens. Its own application context, so that the dataset
 * stays out of the other tests' store.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifecircle.test.context=import-browser")
class ImportBrowserTest {

    private static ChromeDriver browser;
    private static Path files;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        files = Files.createTempDirectory("lifecircle-import");
        browser = HeadlessChromium.start(files);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aZippedCityChosenOnThePageIsImportedAndShown() throws Exception {
        Path zip = Files.write(files.resolve("新城.zip"), DemoZip.zip(DemoZip.entries()));
        HeadlessChromium.open(browser, port);
        browser.findElement(By.id("importName")).sendKeys("新城区 2026");
        browser.findElement(By.id("importFile")).sendKeys(zip.toString());
        browser.findElement(By.id("import")).click();
        HeadlessChromium.waitFor(browser, d -> "新城区 2026".equals(d.findElement(By.id("dataset")).getAttribute("value"))
                && d.findElement(By.id("districts")).getText().contains("66.2%"));
        assertThat(datasetNames()).contains("demo", "新城区 2026");
        assertThat(browser.findElements(By.cssSelector("#districts tbody tr"))).hasSize(2);
    }

    @Test
    void aRefusedImportSaysWhyOnThePage() throws Exception {
        Map<String, byte[]> entries = DemoZip.entries();
        entries.remove("city/facilities@gcj02.csv");
        Path zip = Files.write(files.resolve("incomplete.zip"), DemoZip.zip(entries));
        HeadlessChromium.open(browser, port);
        browser.findElement(By.id("import")).click();
        assertThat(message(browser)).contains("choose a zip");
        browser.findElement(By.id("importName")).sendKeys("incomplete");
        browser.findElement(By.id("importFile")).sendKeys(zip.toString());
        browser.findElement(By.id("import")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> message(d).contains("no facilities file"));
        assertThat(datasetNames()).doesNotContain("incomplete");
    }

    /** The dataset list as the page shows it, read in one step (the page rebuilds it after an import). */
    @SuppressWarnings("unchecked")
    private static List<String> datasetNames() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#dataset option')).map(o => o.text)");
    }

    private static String message(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("message")).isDisplayed()
                ? d.findElement(By.id("message")).getText() : null);
    }
}
