package org.lifecircle.model;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void messagesQuotingFileContentStayOneLine() {
        assertThat(new InvalidInputException("f.csv line 1: the header has: name\r\n(名称), 经度\n(°)\u2028x\u0000y")
                .getMessage()).isEqualTo("f.csv line 1: the header has: name (名称), 经度 (°) x y");
        assertThat(new InvalidInputException("tabs\tand\u0085next", new IllegalStateException()).getMessage())
                .isEqualTo("tabs and next");
        assertThat(new InvalidInputException("plain: 好").getMessage()).isEqualTo("plain: 好");
    }
}
