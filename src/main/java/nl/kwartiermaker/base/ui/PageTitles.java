package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;

/** Browser tab titles read "page · Kwartiermaker", so open tabs stay distinguishable. */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(Component view, String titleKey, Object... params) {
        return view.getTranslation(titleKey, params) + " · " + view.getTranslation("app.name");
    }

    public static String ofText(Component view, String title) {
        return title + " · " + view.getTranslation("app.name");
    }
}
