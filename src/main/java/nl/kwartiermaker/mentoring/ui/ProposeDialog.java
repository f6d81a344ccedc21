package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.mentoring.MentorSuggestion;
import nl.kwartiermaker.mentoring.Mentorship;

/**
 * Proposing someone other than the portal's first suggestion: any of the people the matching allows, with the
 * coordinator's reason, which stays with the proposal.
 */
class ProposeDialog extends Dialog {

    final ComboBox<MentorSuggestion> person = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ProposeDialog(String kindLabel, List<MentorSuggestion> suggestions, MentorSuggestion preselected,
                  BiConsumer<MentorSuggestion, String> onPropose) {
        setHeaderTitle(getTranslation("mentoring.matching.other.title", kindLabel));
        setWidth("min(32rem, 100vw)");
        person.setLabel(getTranslation("mentoring.matching.other.person"));
        person.setItems(suggestions);
        person.setItemLabelGenerator(MentorSuggestion::name);
        person.setRequiredIndicatorVisible(true);
        person.setWidthFull();
        person.setValue(preselected);
        reason.setLabel(getTranslation("mentoring.matching.override"));
        reason.setHelperText(getTranslation("mentoring.matching.override.help", suggestions.getFirst().name()));
        reason.setMaxLength(Mentorship.REASON_MAX);
        reason.setWidthFull();
        add(person, reason);
        confirm.setText(getTranslation("mentoring.matching.propose.short"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            MentorSuggestion chosen = person.getValue();
            if (chosen == null) {
                person.setErrorMessage(getTranslation("mentoring.matching.other.required"));
                person.setInvalid(true);
                return;
            }
            try {
                onPropose.accept(chosen, reason.getValue());
            } catch (InvalidInput refused) {
                // caught only to mark the reason; the one error handler tells the message
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                reason.setInvalid(true);
                throw refused;
            }
            close();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
