package nl.kwartiermaker.roledescription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.kwartiermaker.roledescription.DocumentPart;
import nl.kwartiermaker.roledescription.Labels;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.SectionTexts;

/** Two versions side by side, section by section; sections that differ are marked. */
class VersionComparison extends Dialog {

    final Select<RoleDescription> left = new Select<>();
    final Select<RoleDescription> right = new Select<>();
    final Div table = new Div();
    private final transient Labels labels;

    VersionComparison(List<RoleDescription> versions, Labels labels) {
        this.labels = labels;
        setHeaderTitle(labels.get("roledesc.compare"));
        addClassName("version-comparison");
        for (Select<RoleDescription> select : List.of(left, right)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> labels.get("roledesc.version.line", v.getVersionNumber(),
                    labels.get(v.getStatus().labelKey())));
            select.addValueChangeListener(e -> render());
        }
        left.setLabel(labels.get("roledesc.compare.left"));
        right.setLabel(labels.get("roledesc.compare.right"));
        left.setValue(versions.get(Math.max(0, versions.size() - 2)));
        right.setValue(versions.getLast());
        table.addClassName("comparison");
        add(new Div(left, right), table);
        getFooter().add(new Button(labels.get("action.close"), e -> close()));
        setWidth("min(100vw, 72rem)");
    }

    void render() {
        table.removeAll();
        if (left.getValue() == null || right.getValue() == null) {
            return;
        }
        List<DocumentPart> a = SectionTexts.of(left.getValue().content(), labels);
        List<DocumentPart> b = SectionTexts.of(right.getValue().content(), labels);
        for (int i = 0; i < a.size(); i++) {
            boolean changed = !a.get(i).asText().equals(b.get(i).asText());
            Div row = new Div();
            row.addClassName("comparison-row");
            H3 heading = new H3(a.get(i).heading());
            row.add(heading);
            if (changed) {
                row.addClassName("changed");
                Span mark = new Span(labels.get("roledesc.compare.changed"));
                mark.addClassNames("badge", "contrast");
                heading.add(new Span(" "), mark);
            }
            row.add(cell(a.get(i)), cell(b.get(i)));
            table.add(row);
        }
    }

    private Div cell(DocumentPart part) {
        Div cell = new Div();
        cell.addClassNames("comparison-cell", "preserve-lines");
        cell.setText(part.isEmpty() ? labels.get("roledesc.section.empty") : part.asText());
        return cell;
    }
}
