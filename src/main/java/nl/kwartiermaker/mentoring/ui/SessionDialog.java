package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionSession;
import nl.kwartiermaker.mentoring.IntervisionSessionForm;
import nl.kwartiermaker.mentoring.IntervisionTheme;

/**
 * An intervision session: new ({@code existing} null) or changed. The theme is free text; the themes seed 001 names
 * as common are offered as buttons that fill it in, with their source.
 */
class SessionDialog extends Dialog {

    private final transient IntervisionService intervision;
    private final long groupId;
    private final transient IntervisionSession existing;
    private final transient Runnable onSaved;
    final SessionTimeFields when;
    final TextField location = new TextField();
    final TextField theme = new TextField();
    final Div suggestions = new Div();
    final Button save = new Button();

    SessionDialog(IntervisionService intervision, long groupId, IntervisionSession existing, DateWindow dates,
                  LocalDate today, Runnable onSaved) {
        this.intervision = intervision;
        this.groupId = groupId;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "mentoring.intervision.session.new"
                : "mentoring.intervision.session.edit"));
        setWidth("min(40rem, 100vw)");
        when = new SessionTimeFields(this, dates, "mentoring.intervision.error.date",
                existing == null ? null : existing.getStartsAt(), existing == null ? 0 : existing.getDurationMinutes(),
                today);
        location.setLabel(getTranslation("mentoring.intervision.field.location"));
        location.setMaxLength(IntervisionSession.LOCATION_MAX);
        theme.setLabel(getTranslation("mentoring.intervision.field.theme"));
        theme.setHelperText(getTranslation("mentoring.intervision.field.theme.help"));
        theme.setMaxLength(IntervisionSession.THEME_MAX);
        Span intro = new Span(getTranslation("mentoring.intervision.theme.suggestions"));
        intro.setId("theme-suggestions");
        suggestions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        suggestions.add(intro);
        for (IntervisionTheme suggestion : IntervisionTheme.values()) {
            String text = getTranslation(suggestion.labelKey());
            Button use = new Button(text, e -> theme.setValue(text));
            use.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            use.getElement().setAttribute("aria-describedby", "theme-suggestions");
            suggestions.add(use);
        }
        SourceCitation source = new SourceCitation("source", IntervisionTheme.SOURCE);
        source.addClassName("muted");
        suggestions.add(source);
        if (existing != null) {
            location.setValue(existing.getLocation());
            theme.setValue(existing.getTheme());
        }
        FormLayout form = new FormLayout(when.date, when.time, when.minutes, location, theme, suggestions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(location, 3);
        form.setColspan(theme, 3);
        form.setColspan(suggestions, 3);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        IntervisionSessionForm form = new IntervisionSessionForm(when.startsAt(), when.minutesValue(),
                location.getValue(), theme.getValue());
        if (existing == null) {
            intervision.planSession(groupId, form);
        } else {
            intervision.updateSession(existing.getId(), existing.getVersion(), form);
        }
        Notices.success(getTranslation(existing != null && existing.getInvitationsSentAt() != null
                ? "mentoring.intervision.session.saved.resend" : "mentoring.intervision.session.saved"));
        close();
        onSaved.run();
    }
}
