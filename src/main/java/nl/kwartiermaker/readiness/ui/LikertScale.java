package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * One statement with its answers, as plain HTML: a fieldset whose legend is the statement itself (read first, in body
 * text, wrapping), and a native radio button per answer inside its label, so every answer is a large tap target, the
 * arrow keys move between answers and a screen reader names the statement with each answer. Far fewer elements than
 * a radio group component per statement, which made the respondent page heavy on a phone. Where the column is wide
 * enough the answers stand in a row, otherwise under each other (styles.css, {@code .likert}).
 */
class LikertScale extends FieldSet {

    private final String name;
    private final Element error = new Element("p");
    private Integer value;

    LikertScale(long questionId, String statement, List<Integer> scale, IntFunction<String> label, Integer value,
                IntConsumer chosen) {
        this.name = "q" + questionId;
        this.value = value;
        addClassNames("scan-statement", "likert");
        setLegendText(statement);
        error.getClassList().add("likert-error");
        error.setAttribute("hidden", true);
        getElement().appendChild(error);
        Element options = new Element("div");
        options.getClassList().add("likert-options");
        for (int answer : scale) {
            Element input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", name);
            input.setAttribute("value", String.valueOf(answer));
            if (value != null && value == answer) {
                input.setAttribute("checked", true);
            }
            Element text = new Element("span");
            text.setText(label.apply(answer));
            Element option = new Element("label");
            option.getClassList().add("likert-option");
            option.getClassList().set("likert-dont-know", answer == 0);
            option.appendChild(input, text);
            options.appendChild(option);
        }
        getElement().appendChild(options);
        getElement().addEventListener("change", event -> {
            this.value = Integer.valueOf(event.getEventData().get("event.target.value").asString());
            markUnanswered(null);
            chosen.accept(this.value);
        }).addEventData("event.target.value");
    }

    Integer getValue() {
        return value;
    }

    /** Shows why this statement needs an answer, or ({@code null}) nothing. */
    void markUnanswered(String message) {
        getElement().getClassList().set("unanswered", message != null);
        error.setText(message == null ? "" : message);
        error.setAttribute("hidden", message == null);
    }

    boolean isMarked() {
        return getElement().getClassList().contains("unanswered");
    }

    /** Moves the keyboard focus to this statement's first answer and brings it into view. */
    void focusFirstAnswer() {
        getElement().executeJs("this.scrollIntoView({block: 'center'}); this.querySelector('input').focus();");
    }
}
