package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.story.ConsentChoice;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.StoryChannel;
import nl.kwartiermaker.story.StoryConsentService;

/** The author records the signed consent form of someone without an account: its date, channels, name, end date. */
class ConsentFormDialog extends Dialog {

    final DatePicker formDate = new DatePicker();
    final CheckboxGroup<StoryChannel> channels = new CheckboxGroup<>();
    final Checkbox anonymise = new Checkbox();
    final DatePicker expiresOn = new DatePicker();
    final Button save = new Button();

    ConsentFormDialog(StoryConsentService consent, FeaturedPerson person, Runnable onSaved) {
        setHeaderTitle(getTranslation("story.form.title", person.getName()));
        setWidth("min(36rem, 100vw)");
        formDate.setLabel(getTranslation("story.form.date"));
        formDate.setRequiredIndicatorVisible(true);
        formDate.setI18n(ComponentTexts.datePicker(this));
        channels.setLabel(getTranslation("story.consent.channels"));
        channels.setItems(StoryChannel.values());
        channels.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        anonymise.setLabel(getTranslation("story.consent.anonymise"));
        expiresOn.setLabel(getTranslation("story.consent.expires"));
        expiresOn.setHelperText(getTranslation("story.consent.expires.help"));
        expiresOn.setI18n(ComponentTexts.datePicker(this));
        add(new Paragraph(getTranslation("story.form.purpose")), formDate, channels, anonymise, expiresOn);
        DialogButtons.saveAndCancel(this, save, () -> {
            Set<StoryChannel> chosen = channels.getValue().isEmpty() ? EnumSet.noneOf(StoryChannel.class)
                    : EnumSet.copyOf(channels.getValue());
            consent.recordForm(person.getId(), person.getVersion(), formDate.getValue(), new ConsentChoice(
                    chosen.contains(StoryChannel.INTRANET), chosen.contains(StoryChannel.DIGEST),
                    chosen.contains(StoryChannel.FEED), anonymise.getValue(), expiresOn.getValue(), "", true));
            close();
            onSaved.run();
        });
    }
}
