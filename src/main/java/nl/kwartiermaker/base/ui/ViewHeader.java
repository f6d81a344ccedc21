package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** Every view opens with one title (the page's only h1) and a sentence that says what the view is for. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title, String purpose) {
        addClassName("view-header");
        Div text = new Div(new H1(title));
        text.addClassName("view-header-text");
        if (purpose != null && !purpose.isBlank()) {
            Paragraph paragraph = new Paragraph(purpose);
            paragraph.addClassName("view-purpose");
            text.add(paragraph);
        }
        actions.addClassName("view-header-actions");
        add(text, actions);
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }
}
