package nl.kwartiermaker.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/**
 * The trivial view: a button that changes a label. Its click is the benchmark's baseline round trip, the least
 * work a Vaadin interaction can cost on this stack.
 */
@Route("")
class FloorView extends VerticalLayout {

    private int clicks;

    FloorView(GreetingRepository greetings) {
        Span label = new Span(greetings.count() + " greetings");
        Button button = new Button("Klik", e -> label.setText("Geklikt: " + ++clicks));
        add(label, button);
    }
}
