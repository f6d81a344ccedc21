package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.details.Details;

/**
 * A closed section whose content is built the first time someone opens it. Every component costs memory for as long
 * as the session lives, and long pages (a traject's later stages, a scan's answers per statement) are mostly read
 * section by section.
 */
public final class LazyDetails {

    private LazyDetails() {
    }

    /** Calls {@code fill} to add the content once, when the section is first opened. */
    public static Details buildWhenOpened(Details details, Runnable fill) {
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                fill.run();
            }
        });
        return details;
    }
}
