package nl.kwartiermaker.roledescription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.LongFunction;
import nl.kwartiermaker.roledescription.DocumentPart;
import nl.kwartiermaker.roledescription.Labels;
import nl.kwartiermaker.roledescription.RoleDescriptionContent;
import nl.kwartiermaker.roledescription.RoleDescriptionVersion;
import nl.kwartiermaker.roledescription.SectionTexts;

/**
 * Two versions side by side, section by section; sections that differ are marked. The page lists the versions
 * without their content; the dialog reads the content of the two chosen ones.
 */
class VersionComparison extends Dialog {

    final Select<RoleDescriptionVersion> left = new Select<>();
    final Select<RoleDescriptionVersion> right = new Select<>();
    final Div table = new Div();
    private final transient Labels labels;
    private final transient LongFunction<RoleDescriptionContent> contents;

    VersionComparison(List<RoleDescriptionVersion> versions, LongFunction<RoleDescriptionContent> contents,
                      Labels labels) {
        this.labels = labels;
        this.contents = contents;
        setHeaderTitle(labels.get("roledesc.compare"));
        addClassName("version-comparison");
        left.setLabel(labels.get("roledesc.compare.left"));
        right.setLabel(labels.get("roledesc.compare.right"));
        for (Select<RoleDescriptionVersion> select : List.of(left, right)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> labels.get("roledesc.version.line", v.number(),
                    labels.get(v.status().labelKey())));
        }
        left.setValue(versions.get(Math.max(0, versions.size() - 2)));
        right.setValue(versions.getLast());
        // after the first values, so the two versions are read once when the dialog opens, not once per side
        left.addValueChangeListener(e -> render());
        right.addValueChangeListener(e -> render());
        table.addClassName("comparison");
        add(new Div(left, right), table);
        getFooter().add(new Button(labels.get("action.close"), e -> close()));
        setWidth("min(100vw, 72rem)");
        render();
    }

    private void render() {
        table.removeAll();
        if (left.getValue() == null || right.getValue() == null) {
            return;
        }
        List<DocumentPart> a = SectionTexts.of(contents.apply(left.getValue().id()), labels);
        List<DocumentPart> b = SectionTexts.of(contents.apply(right.getValue().id()), labels);
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
