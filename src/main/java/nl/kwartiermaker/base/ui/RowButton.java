package nl.kwartiermaker.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * A row's one action button ("Bewerken") as a bare {@code vaadin-button} element with a click listener, without a
 * {@code Button} component behind it: on a page with a button per line the components cost about 4 KB each for as long
 * as the session lives. The browser shows and operates it exactly as a tertiary small {@code Button} (keyboard and
 * focus included); use a real {@code Button} where the button must be disabled, hidden or changed later.
 */
public final class RowButton {

    private RowButton() {
    }

    /** The spoken name should start with the visible text (WCAG 2.5.3) and say which row the button acts on. */
    public static Element of(String text, String ariaLabel, Runnable action) {
        Element button = new Element("vaadin-button").setText(text);
        button.setAttribute("theme", "tertiary small");
        button.setAttribute("aria-label", ariaLabel);
        button.addEventListener("click", e -> action.run());
        return button;
    }
}
