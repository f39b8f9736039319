package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lifecircle.demo.city.CityFiles;
import org.lifecircle.service.coverage.CityJob;
import org.lifecircle.service.datasets.DemoZip;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Importing a city from the page in a real headless Chromium: a zip chosen in the file field
 * becomes a dataset the page lists and opens; a refused one says why below the Import button, which
 * waits for the request (leaves a screenshot in target/import-refused.png). Its own application context, so that the dataset
 * stays out of the other tests' store.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifecircle.test.context=import-browser")
class ImportBrowserTest {

    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();
    private static Path files;

    @LocalServerPort
    int port;

    @BeforeAll
    static void filesFolder() {
        files = CHROME.downloads();
    }


    @Test
    void aZippedCityChosenOnThePageIsImportedAndShown() throws Exception {
        Path zip = Files.write(files.resolve("新城.zip"), DemoZip.zip(DemoZip.entries()));
        HeadlessChromium.open(CHROME.browser(), port);
        CHROME.browser().findElement(By.id("importName")).sendKeys("新城区 2026");
        CHROME.browser().findElement(By.id("importFile")).sendKeys(zip.toString());
        CHROME.browser().findElement(By.id("import")).click();
        HeadlessChromium.waitFor(CHROME.browser(), d -> "新城区 2026".equals(d.findElement(By.id("dataset")).getAttribute("value"))
                && d.findElement(By.id("districts")).getText().contains("66.2%"));
        assertThat(datasetNames()).contains("demo", "新城区 2026");
        HeadlessChromium.waitFor(CHROME.browser(), d -> d.findElement(By.id("importStatus")).getText()
                .contains("Imported '新城区 2026'"));
        assertThat(CHROME.browser().findElement(By.id("import")).isEnabled()).as("enabled again after the import").isTrue();
        assertThat(CHROME.browser().findElements(By.cssSelector("#districts tbody tr"))).hasSize(2);

        // its export downloads under the dataset's own name (RFC 6266 filename*), Chinese and space kept
        new Select(CHROME.browser().findElement(By.id("exportFormat"))).selectByValue("geojson");
        CHROME.browser().findElement(By.id("export")).click();
        Path download = files.resolve("新城区 2026-gaps.geojson");
        new WebDriverWait(CHROME.browser(), Duration.ofSeconds(30)).until(d -> Files.exists(download));
        new WebDriverWait(CHROME.browser(), Duration.ofSeconds(30)).until(d -> {
            try {
                return Files.readString(download, StandardCharsets.UTF_8).trim().endsWith("}");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(Files.readString(download, StandardCharsets.UTF_8)).contains("\"FeatureCollection\"");
    }

    /**
     * A city of 150,000 walking nodes (generated) takes seconds to import: meanwhile the page says,
     * below the disabled button, which step runs (reading the network, building the graph, storing
     * rows with their counts), as the server's import-progress answers tell it.
     */
    @Test
    void aLargeImportSaysHowFarItIsWhileTheButtonWaits() throws Exception {
        Path city = Files.createDirectories(files.resolve("city150k"));
        new CityJob(city, 150_000, CityJob.defaultSeed()).run();
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("city/network.osm.pbf", Files.readAllBytes(city.resolve(CityFiles.NETWORK)));
        entries.put("city/facilities@gcj02.csv", Files.readAllBytes(city.resolve(CityFiles.FACILITIES)));
        entries.put("city/residential.geojson", Files.readAllBytes(city.resolve(CityFiles.RESIDENTIAL)));
        Path zip = Files.write(files.resolve("大城.zip"), DemoZip.zip(entries));
        HeadlessChromium.open(CHROME.browser(), port);
        CHROME.browser().executeScript("window.statusSeen = []; const status = document.getElementById('importStatus');"
                + " new MutationObserver(() => window.statusSeen.push([status.textContent,"
                + " document.getElementById('import').disabled])).observe(status, {childList: true, characterData: true,"
                + " subtree: true});");
        CHROME.browser().findElement(By.id("importName")).sendKeys("大城");
        CHROME.browser().findElement(By.id("importFile")).sendKeys(zip.toString());
        CHROME.browser().findElement(By.id("import")).click();
        new WebDriverWait(CHROME.browser(), Duration.ofMinutes(3)).until(d -> d.findElement(By.id("importStatus")).getText()
                .contains("Imported '大城'"));
        @SuppressWarnings("unchecked")
        List<List<Object>> seen = (List<List<Object>>) CHROME.browser().executeScript("return window.statusSeen");
        List<List<Object>> steps = seen.stream().filter(s -> ((String) s.get(0)).startsWith("正在导入 Importing '大城' · "))
                .toList();
        assertThat(steps).as("progress shown while importing: %s", seen).isNotEmpty();
        assertThat(steps).allSatisfy(s -> assertThat(s.get(1)).as("button disabled meanwhile").isEqualTo(true));
        assertThat(steps).allSatisfy(s -> assertThat((String) s.get(0)).matches(
                ".* · (reading network\\.osm\\.pbf|building the walking graph of \\d+ ways"
                + "|reading facilities, residential areas and units|snapping .*"
                + "|storing dataset '大城': \\d+% \\([\\d,.]+ / [\\d,.]+ rows\\)) · \\d+ s"));
    }

    /** A district with no residential area (outside the data's extent) is listed apart, not as a 0 % row. */
    @Test
    void aDistrictWithoutDataIsListedApartInTheDistrictTable() throws Exception {
        Map<String, byte[]> entries = DemoZip.entries();
        String demo = new String(entries.get("city/districts.geojson"), StandardCharsets.UTF_8);
        String far = "{\"type\":\"Feature\",\"properties\":{\"adcode\":\"129909\",\"name\":\"远郊区\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[117.32,39.10],[117.34,39.10],[117.34,39.12],[117.32,39.12],"
                + "[117.32,39.10]]]}}";
        int end = demo.lastIndexOf("]}");
        entries.put("city/districts.geojson", (demo.substring(0, end).stripTrailing() + ",\n" + far + "\n]}\n")
                .getBytes(StandardCharsets.UTF_8));
        Path zip = Files.write(files.resolve("远郊.zip"), DemoZip.zip(entries));
        HeadlessChromium.open(CHROME.browser(), port);
        CHROME.browser().findElement(By.id("importName")).sendKeys("远郊");
        CHROME.browser().findElement(By.id("importFile")).sendKeys(zip.toString());
        CHROME.browser().findElement(By.id("import")).click();
        HeadlessChromium.waitFor(CHROME.browser(), d -> "远郊".equals(d.findElement(By.id("dataset")).getAttribute("value"))
                && d.findElement(By.id("districts")).getText().contains("66.2%"));
        List<WebElement> rows = CHROME.browser().findElements(By.cssSelector("#districts tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).getText()).isEqualTo("无数据 No data (1): 远郊区");
        assertThat(rows.subList(0, 2)).allSatisfy(r -> assertThat(r.getText()).doesNotContain("远郊区"));
    }

    @Test
    void aRefusedImportSaysWhyNextToTheButtonWhichWaitsForTheRequest() throws Exception {
        Map<String, byte[]> entries = DemoZip.entries();
        entries.remove("city/facilities@gcj02.csv");
        Path zip = Files.write(files.resolve("incomplete.zip"), DemoZip.zip(entries));
        HeadlessChromium.open(CHROME.browser(), port);
        WebElement button = CHROME.browser().findElement(By.id("import"));
        button.click();
        assertThat(visibleNextToTheButton("choose a zip")).isTrue();
        CHROME.browser().findElement(By.id("importName")).sendKeys("incomplete");
        CHROME.browser().findElement(By.id("importFile")).sendKeys(zip.toString());
        holdImportAnswers();
        // the planner is at the bottom of the panel; a second click while the import runs does nothing
        CHROME.browser().executeScript("const b = document.getElementById('import'); b.scrollIntoView({block: 'end'});"
                + " b.click(); b.click();");
        assertThat(button.isEnabled()).as("disabled while the import runs").isFalse();
        assertThat(CHROME.browser().findElement(By.id("importStatus")).getText()).contains("Importing 'incomplete'");
        new WebDriverWait(CHROME.browser(), Duration.ofSeconds(30)).until(d -> visibleNextToTheButton("no facilities file"));
        assertThat(button.isEnabled()).as("enabled again after the refusal").isTrue();
        assertThat(CHROME.browser().executeScript("return window.importsSent")).as("one request for two clicks").isEqualTo(1L);
        assertThat(CHROME.browser().findElement(By.id("message")).isDisplayed()).as("nothing at the top instead").isFalse();
        assertThat(datasetNames()).doesNotContain("incomplete");
        screenshot("import-refused.png");
    }

    private static void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) CHROME.browser()).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of(System.getProperty("lifecircle.screenshots", "target"), name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Counts the page's imports and holds each answer for a second and a half (the request itself
     * goes to the server as usual), so that the page can be seen while an import runs.
     */
    private static void holdImportAnswers() {
        CHROME.browser().executeScript("window.importsSent = 0; const send = window.fetch;"
                + " window.fetch = (url, options) => { if (options && options.method === 'PUT') { window.importsSent++;"
                + " return send(url, options).then(r => new Promise(done => setTimeout(() => done(r), 1500))); }"
                + " return send(url, options); };");
    }

    /**
     * Whether an element showing the text is displayed within the window and within the panel's
     * visible part (the panel scrolls), at most 150 px from the Import button.
     */
    private static boolean visibleNextToTheButton(String text) {
        return Boolean.TRUE.equals(CHROME.browser().executeScript("const text = arguments[0];"
                + " const shown = Array.from(document.querySelectorAll('#panel *')).filter(e => e.children.length === 0"
                + " && e.offsetParent !== null && e.textContent.includes(text));"
                + " const panel = document.getElementById('panel').getBoundingClientRect();"
                + " const button = document.getElementById('import').getBoundingClientRect();"
                + " return shown.some(e => { const r = e.getBoundingClientRect(); return r.top >= Math.max(0, panel.top)"
                + " && r.bottom <= Math.min(window.innerHeight, panel.bottom)"
                + " && Math.abs(r.top - button.bottom) <= 150; });", text));
    }

    /** The dataset list as the page shows it, read in one step (the page rebuilds it after an import). */
    @SuppressWarnings("unchecked")
    private static List<String> datasetNames() {
        return (List<String>) CHROME.browser().executeScript(
                "return Array.from(document.querySelectorAll('#dataset option')).map(o => o.text)");
    }

}
