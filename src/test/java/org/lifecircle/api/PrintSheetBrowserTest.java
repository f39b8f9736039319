package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page printed as a map sheet by real headless Chromium: the Print button prepares the sheet
 * (window.print itself is replaced, as headless Chromium has no print dialog), then Chromium prints
 * the page to PDF, which PDFBox reads back. Leaves the PDF in target/print-sheet.pdf.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrintSheetBrowserTest {

    /** A4 landscape in PDF points (297 x 210 mm at 72 points per inch). */
    private static final float A4_LONG = 841.9f;
    private static final float A4_SHORT = 595.3f;
    @RegisterExtension
    static final BrowserSession CHROME = new BrowserSession();

    @LocalServerPort
    int port;



    @Test
    void theDemoPrintsAsAnA4LandscapeSheetWithItsTitleProfileSourcesAndDistricts() throws Exception {
        HeadlessChromium.open(CHROME.browser(), port);
        CHROME.browser().executeScript("window.print = () => { document.body.dataset.printed = 'true'; };");
        CHROME.browser().findElement(By.id("print")).click();
        HeadlessChromium.waitFor(CHROME.browser(), d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-printed")));
        assertThat(CHROME.browser().findElements(By.cssSelector(".leaflet-control-scale-line"))).as("scale bar").hasSize(1);

        byte[] pdf = Base64.getDecoder().decode(CHROME.browser().print(new PrintOptions()).getContent());
        Path saved = Path.of("target", "print-sheet.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape A4 width").isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(2f));
            assertThat(page.getHeight()).as("landscape A4 height").isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("demo").contains("tianjin-2022").contains("OpenStreetMap")
                    .contains("ODbL").contains("东湖区").contains("N 北").contains("图例 Legend")
                    .contains("osm: network.osm").contains("facilities: facilities.csv");
            assertThat(text).as("the controls are not printed").doesNotContain("导入 Import").doesNotContain("导出 Export");
        }
    }
}
