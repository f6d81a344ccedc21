package nl.kwartiermaker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** The suite's axe checks run axe-core 4.14's rules, including Label in Name (WCAG 2.1 criterion 2.5.3). */
@Tag("browser")
class AxeRuleSetTest {

    @Test
    void a_button_whose_accessible_name_does_not_start_with_its_visible_text_is_reported() throws Exception {
        WebDriver browser = Chromium.start(800, 600);
        try {
            browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=nl><head><title>Proef</title></head>"
                    + "<body><main><h1>Proef</h1><button aria-label=\"Stap openen\">Bewerken</button>"
                    + "<button aria-label=\"Bewerken: stap 1\">Bewerken</button></main></body></html>");
            String violations = Chromium.accessibilityViolations(browser);
            assertThat(violations).contains("label-content-name-mismatch").contains("Stap openen")
                    .doesNotContain("stap 1");
        } finally {
            browser.quit();
        }
    }
}
