package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;

/** Shared frame of the error pages: a title, one plain sentence and a way back. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassNames("page", "error-page");
    }

    void show(String titleKey, String textKey) {
        removeAll();
        add(new ViewHeader(getTranslation(titleKey), getTranslation(textKey)));
        add(new Anchor("", getTranslation("error.back")));
    }
}
