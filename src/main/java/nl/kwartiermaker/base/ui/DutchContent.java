package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import nl.kwartiermaker.base.PortalLocales;

/**
 * Texts written from the Dutch seeds (checklist, go/no-go, scan, text blocks, onboarding plan) exist in Dutch only: a
 * faithful English version of each template would need its own review against the sources, and a loose one would
 * put words in the seeds' mouths. So an English reader gets one notice per page, and the Dutch parts carry
 * {@code lang="nl"} so that screen readers pronounce them as Dutch instead of reading Dutch words with English rules.
 */
public final class DutchContent {

    private DutchContent() {
    }

    /** The notice for a page with Dutch content, or nothing for a reader who reads the portal in Dutch. */
    public static Optional<Div> notice(Component page) {
        UI ui = page.getUI().orElseGet(UI::getCurrent);
        if (ui == null || PortalLocales.DUTCH.getLanguage().equals(ui.getLocale().getLanguage())) {
            return Optional.empty();
        }
        Div note = Marks.note(page.getTranslation("content.dutch.only"));
        note.addClassName("dutch-content-notice");
        return Optional.of(note);
    }

    /** Marks a component whose text is Dutch template content. */
    public static <T extends HasElement> T dutch(T component) {
        dutch(component.getElement());
        return component;
    }

    /** Marks an element whose text is Dutch template content. */
    public static Element dutch(Element element) {
        return element.setAttribute("lang", PortalLocales.DUTCH.getLanguage());
    }
}
