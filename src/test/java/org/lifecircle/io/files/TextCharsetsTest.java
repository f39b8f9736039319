package org.lifecircle.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCharsetsTest {

    private static final String TEXT = "name,lon\n好又多超市,117.19\n";
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void utf8GbkAndByteOrderMarksAreDecoded() {
        assertThat(TextCharsets.decodeText(TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty(), "f.csv")).isEqualTo(TEXT);
        assertThat(TextCharsets.decodeText(TEXT.getBytes(GBK), Optional.empty(), "f.csv")).isEqualTo(TEXT);
        assertThat(TextCharsets.decodeText(bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)), Optional.empty(), "f.csv")).isEqualTo(TEXT);
        assertThat(TextCharsets.decodeText(bom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)), Optional.empty(), "f.txt")).isEqualTo(TEXT);
        assertThat(TextCharsets.decodeText(bom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)), Optional.empty(), "f.txt")).isEqualTo(TEXT);
    }

    @Test
    void bytesTheCharsetCannotDecodeAreAnErrorNotReplacementCharacters() {
        byte[] gbkAfterBom = bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(GBK));
        assertThatThrownBy(() -> TextCharsets.decodeText(gbkAfterBom, Optional.empty(), "f.csv"))
                .hasMessage("f.csv: not UTF-8 text (byte 13 is 0xBA); save it as CSV UTF-8");
        byte[] neither = {'a', ',', (byte) 0x81, '\n'};
        assertThatThrownBy(() -> TextCharsets.decodeText(neither, Optional.empty(), "f.csv"))
                .hasMessage("f.csv: not GBK text (byte 3 is 0x81); save it as CSV UTF-8 (it is neither UTF-8 nor GBK)");
        assertThatThrownBy(() -> TextCharsets.decodeText(TEXT.getBytes(GBK), Optional.of(StandardCharsets.UTF_8),
                "f.csv")).hasMessageStartingWith("f.csv: not UTF-8 text (byte 10");
    }

    @Test
    void binaryFilesAreNamedForWhatTheyAre() {
        assertThatThrownBy(() -> TextCharsets.decodeText(new byte[] {'P', 'K', 3, 4, 20, 0}, Optional.empty(), "f.csv"))
                .hasMessageStartingWith("f.csv: is a zip archive or an Excel workbook (.xlsx), not text");
        assertThatThrownBy(() -> TextCharsets.decodeText(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1},
                Optional.empty(), "f.csv")).hasMessageStartingWith("f.csv: is an Excel 97-2003 workbook (.xls)");
        assertThatThrownBy(() -> TextCharsets.decodeText("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII),
                Optional.empty(), "f.csv")).hasMessageContaining("is an SQLite database");
        assertThatThrownBy(() -> TextCharsets.decodeText(new byte[] {'l', 'o', 'n', 0, 'x'}, Optional.empty(), "f.csv"))
                .hasMessageContaining("holds binary data (NUL bytes)");
    }

    private static byte[] bom(byte[] mark, byte[] text) {
        byte[] both = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, both, 0, mark.length);
        System.arraycopy(text, 0, both, mark.length, text.length);
        return both;
    }
}
