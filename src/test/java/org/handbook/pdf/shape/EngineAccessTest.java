package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * Shaped text reaches into private members of the PDF engine. When an upgrade of OpenHTMLtoPDF
 * renames one, this is the test that says which, before any PDF is printed wrong.
 */
class EngineAccessTest {

    @Test
    void theEngineStillHasTheMembersShapedTextIsDrawnThrough() {
        assertThatCode(() -> Class.forName(EngineAccess.class.getName(), true, EngineAccess.class.getClassLoader()))
                .doesNotThrowAnyException();
    }
}
