package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.DigestFrequency;
import nl.kwartiermaker.story.StoryDigestService;

/** Where someone chooses to get the digest of new stories, how often, or to stop it. */
@Route("verhalen/nieuwsbrief")
@RolesAllowed(Role.Names.STAFF)
class StoryDigestView extends VerticalLayout implements HasDynamicTitle {

    /** "none" stands for no digest: a radio group shows every choice, including not wanting it. */
    static final String NONE = "NONE";

    private final transient StoryDigestService digests;
    final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    final Button save = new Button();

    StoryDigestView(StoryDigestService digests) {
        this.digests = digests;
        addClassName("page");
        add(new ViewHeader(getTranslation("story.digest.title"), getTranslation("story.digest.purpose")));
        choice.setLabel(getTranslation("story.digest.choice"));
        choice.setItems(NONE, DigestFrequency.WEEKLY.name(), DigestFrequency.MONTHLY.name());
        choice.setItemLabelGenerator(item -> getTranslation("story.digest.choice." + item.toLowerCase(Locale.ROOT)));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setValue(digests.myFrequency().map(Enum::name).orElse(NONE));
        save.setText(getTranslation("story.digest.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Section section = new Section(choice, save);
        section.addClassName("card");
        add(section);
    }

    void save() {
        String chosen = choice.getValue() == null ? NONE : choice.getValue();
        if (NONE.equals(chosen)) {
            digests.stop();
        } else {
            digests.subscribe(DigestFrequency.valueOf(chosen));
        }
        Notices.success(getTranslation("story.digest.saved." + chosen.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.digest.title");
    }
}
