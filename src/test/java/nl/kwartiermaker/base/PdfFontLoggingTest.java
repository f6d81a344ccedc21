package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartiermaker.PortalTest;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@PortalTest
class PdfFontLoggingTest {

    @Test
    void pdfbox_looking_for_fonts_the_portal_never_uses_is_not_logged_as_a_warning() {
        assertThat(HtmlPdf.render("<html><body><p>Ë €</p></body></html>")).isNotEmpty();
        assertThat(LoggerFactory.getLogger(PDType1Font.class).isWarnEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger(PDType1Font.class).isErrorEnabled()).isTrue();
    }
}
