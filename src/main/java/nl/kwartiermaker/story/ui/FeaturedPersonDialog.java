package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.StoryWritingService;
import nl.kwartiermaker.user.UserService;

/**
 * Names someone in a story: an expert or colleague chosen from the accounts (who is then asked for consent in the
 * portal), or a client or partner without an account by name and relation (the author records their form).
 */
class FeaturedPersonDialog extends Dialog {

    final ComboBox<UserService.Person> account = new ComboBox<>();
    final TextField name = new TextField();
    final Select<FeaturedRelation> relation = new Select<>();
    final Button save = new Button();

    private FeaturedPersonDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(32rem, 100vw)");
        relation.setLabel(getTranslation("story.people.field.relation"));
        relation.setItems(FeaturedRelation.values());
        relation.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
    }

    static FeaturedPersonDialog withAccount(StoryWritingService writing, long storyId, Runnable onSaved) {
        FeaturedPersonDialog dialog = new FeaturedPersonDialog("story.people.add_account");
        dialog.account.setLabel(dialog.getTranslation("story.people.field.account"));
        dialog.account.setHelperText(dialog.getTranslation("story.people.field.account.help"));
        dialog.account.setItems(writing.people());
        dialog.account.setItemLabelGenerator(UserService.Person::displayName);
        dialog.account.setRequiredIndicatorVisible(true);
        dialog.relation.setValue(FeaturedRelation.EXPERT);
        dialog.add(dialog.account, dialog.relation);
        DialogButtons.saveAndCancel(dialog, dialog.save, () -> {
            if (dialog.account.getValue() == null) {
                dialog.account.setInvalid(true);
                dialog.account.setErrorMessage(dialog.getTranslation("story.error.account"));
                return;
            }
            writing.addFeatured(storyId, new StoryWritingService.NewFeatured(dialog.account.getValue().id(), null,
                    dialog.relation.getValue()));
            dialog.close();
            onSaved.run();
        });
        return dialog;
    }

    /** A new person without an account ({@code existing} null), or a correction of one. */
    static FeaturedPersonDialog withoutAccount(StoryWritingService writing, long storyId, FeaturedPerson existing,
                                               Runnable onSaved) {
        FeaturedPersonDialog dialog = new FeaturedPersonDialog(existing == null ? "story.people.add_name"
                : "story.people.change");
        dialog.name.setLabel(dialog.getTranslation("story.people.field.name"));
        dialog.name.setHelperText(dialog.getTranslation("story.people.field.name.help"));
        dialog.name.setMaxLength(FeaturedPerson.NAME_MAX);
        dialog.name.setRequiredIndicatorVisible(true);
        dialog.relation.setValue(existing == null ? FeaturedRelation.CLIENT : existing.getRelation());
        if (existing != null) {
            dialog.name.setValue(existing.getName());
        }
        dialog.add(dialog.name, dialog.relation);
        DialogButtons.saveAndCancel(dialog, dialog.save, () -> {
            if (existing == null) {
                writing.addFeatured(storyId, new StoryWritingService.NewFeatured(null, dialog.name.getValue(),
                        dialog.relation.getValue()));
            } else {
                writing.changeFeatured(existing.getId(), existing.getVersion(), dialog.name.getValue(),
                        dialog.relation.getValue());
            }
            dialog.close();
            onSaved.run();
        });
        return dialog;
    }
}
