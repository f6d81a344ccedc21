package nl.kwartiermaker.roledescription.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.Map;
import nl.kwartiermaker.roledescription.Competence;
import nl.kwartiermaker.roledescription.CompetenceLevel;

/** The level asked for each competence, one choice per competence, as one value the builder's form binds to. */
class CompetenceLevelsField extends CustomField<Map<Competence, CompetenceLevel>> {

    final Map<Competence, Select<CompetenceLevel>> levels = new EnumMap<>(Competence.class);

    CompetenceLevelsField() {
        // updated by the choices themselves rather than the browser's change event, so a choice made in a test or by
        // a script counts as well as one made by hand
        super(Map.of(), true);
        Div grid = new Div();
        grid.addClassNames("step-form", "competence-levels");
        grid.setWidthFull();
        for (Competence competence : Competence.values()) {
            Select<CompetenceLevel> level = new Select<>();
            level.setLabel(getTranslation(competence.labelKey()));
            level.setItems(CompetenceLevel.values());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("roledesc.level.none"));
            level.setItemLabelGenerator(l -> l == null ? getTranslation("roledesc.level.none")
                    : getTranslation(l.labelKey()));
            level.addValueChangeListener(e -> updateValue());
            levels.put(competence, level);
            grid.add(level);
        }
        add(grid);
        setWidthFull();
    }

    @Override
    protected Map<Competence, CompetenceLevel> generateModelValue() {
        Map<Competence, CompetenceLevel> chosen = new EnumMap<>(Competence.class);
        levels.forEach((competence, select) -> {
            if (select.getValue() != null) {
                chosen.put(competence, select.getValue());
            }
        });
        return Map.copyOf(chosen);
    }

    @Override
    protected void setPresentationValue(Map<Competence, CompetenceLevel> value) {
        Map<Competence, CompetenceLevel> shown = value == null ? Map.of() : value;
        levels.forEach((competence, select) -> select.setValue(shown.get(competence)));
    }
}
