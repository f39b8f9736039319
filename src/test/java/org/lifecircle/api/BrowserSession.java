package org.lifecircle.api;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One real headless Chromium per browser-test class ({@code @RegisterExtension static final}):
 * started before the class's tests with its downloads going to a temporary folder of its own,
 * quit after them.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private ChromeDriver browser;
    private Path downloads;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        downloads = Files.createTempDirectory("lifecircle-browser");
        browser = HeadlessChromium.start(downloads);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    ChromeDriver browser() {
        return browser;
    }

    /** Where the browser saves what the page downloads. */
    Path downloads() {
        return downloads;
    }
}
