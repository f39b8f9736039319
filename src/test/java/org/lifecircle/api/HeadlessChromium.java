package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium and chromium-driver (installed by .ci/run), headless, for the browser tests. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A browser that saves downloads into the folder without asking. */
    static ChromeDriver start(Path downloads) {
        assertThat(new File("/usr/bin/chromedriver")).as("Debian chromium-driver (apt-get install chromium chromium-driver)")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Waits for a page state; stops at once with the page's own message when it shows an error. */
    static <T> T waitFor(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            WebElement message = d.findElement(By.id("message"));
            if (message.isDisplayed()) {
                throw new AssertionError("the page shows an error: " + message.getText());
            }
            return condition.apply(d);
        });
    }

    /** Opens the page and waits until it has drawn its first dataset. */
    static void open(WebDriver browser, int port) {
        browser.get("http://localhost:" + port + "/");
        waitFor(browser, d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }
}
