package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.CheckInRhythm;
import nl.kwartiermaker.mentoring.CheckInSchedule;
import nl.kwartiermaker.mentoring.MentorSuggestion;
import nl.kwartiermaker.mentoring.MentoringTasks;
import nl.kwartiermaker.mentoring.Mentorship;
import nl.kwartiermaker.mentoring.MentorshipService.ExpertSupport;
import nl.kwartiermaker.mentoring.MentorshipService.SupportLine;
import nl.kwartiermaker.mentoring.MentorshipService;
import nl.kwartiermaker.mentoring.MentorshipStatus;
import nl.kwartiermaker.mentoring.SupportKind;
import static nl.kwartiermaker.base.ui.Marks.badge;

/**
 * Mentor and buddy on an expert's page. Everyone who may see the expert sees who supports them; the coordinator gets
 * the ranked suggestions with their reasons, proposes (someone other than the first with a reason), withdraws and
 * ends; the proposed supporter accepts or declines; coordinator and mentor set the rhythm of check-ins. The panel
 * reads its content again after each action, from the service's one read method.
 */
class SupportPanel extends Section {

    /** How many suggestions are shown as cards; the rest are in the "someone else" choice. */
    static final int SHOWN_SUGGESTIONS = 3;

    private final transient MentorshipService mentorships;
    private final long expertId;
    private transient ExpertSupport shown;

    SupportPanel(MentorshipService mentorships, long expertId) {
        this.mentorships = mentorships;
        this.expertId = expertId;
        setId(MentoringTasks.SUPPORT_ANCHOR);
        addClassNames("expert-section", "support-section");
        reload();
    }

    void reload() {
        shown = mentorships.support(expertId);
        removeAll();
        add(new H2(getTranslation("mentoring.matching.title")));
        for (SupportKind kind : SupportKind.values()) {
            Div part = new Div(new H3(getTranslation(kind.labelKey())));
            part.addClassName("support-kind");
            shown.of(kind).ifPresentOrElse(line -> showLine(part, line), () -> showNobody(part, kind));
            add(part);
        }
    }

    private void showLine(Div part, SupportLine line) {
        Mentorship m = line.mentorship();
        if (m.getStatus() == MentorshipStatus.ACTIVE) {
            part.add(new Paragraph(getTranslation("mentoring.matching.active", line.supporterName(),
                    date(m.getStartedOn()))));
            if (CheckInSchedule.keepsRhythm(m.getKind())) {
                part.add(rhythm(line));
            }
            if (shown.coordinator()) {
                Button end = new Button(getTranslation("mentoring.matching.end"), e -> new ReasonDialog(
                        getTranslation("mentoring.matching.end.title", line.supporterName()),
                        getTranslation("mentoring.matching.end.text"), getTranslation("mentoring.matching.end"), true,
                        reason -> {
                            mentorships.end(m.getId(), m.getVersion(), reason);
                            Notices.success(getTranslation("mentoring.matching.ended", line.supporterName()));
                            reload();
                        }).open());
                end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                part.add(end);
            }
            return;
        }
        Paragraph proposed = new Paragraph(badge(getTranslation(MentorshipStatus.PROPOSED.labelKey()), "contrast"));
        proposed.add(" " + getTranslation("mentoring.matching.proposed", line.supporterName(),
                date(LocalDate.ofInstant(m.getProposedAt(), PortalTime.ZONE))));
        part.add(proposed, reasons(MentorSuggestion.decode(m.getSuggestionReasons())));
        if (!m.getOverrideReason().isEmpty()) {
            part.add(new Paragraph(getTranslation("mentoring.matching.override.kept", m.getOverrideReason())));
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (line.askedOfMe()) {
            Button accept = new Button(getTranslation("mentoring.matching.accept"), e -> {
                mentorships.accept(m.getId());
                Notices.success(getTranslation("mentoring.matching.accepted", shown.expertName()));
                // as their supporter they now see more of the page (check-ins, the growth plan, the notes)
                pageAround().ifPresentOrElse(PersonPageView::reload, this::reload);
            });
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            Button decline = new Button(getTranslation("mentoring.matching.decline"), e -> new ReasonDialog(
                    getTranslation("mentoring.matching.decline.title"),
                    getTranslation("mentoring.matching.decline.text"),
                    getTranslation("mentoring.matching.decline"), false, reason -> {
                        mentorships.decline(m.getId(), reason);
                        Notices.success(getTranslation("mentoring.matching.declined"));
                        // having said no, they no longer see this expert's page
                        UI.getCurrent().navigate("");
                    }).open());
            actions.add(accept, decline);
        }
        if (shown.coordinator()) {
            Button withdraw = new Button(getTranslation("mentoring.matching.withdraw"), e -> Confirmation.ask(
                    getTranslation("mentoring.matching.withdraw.title", line.supporterName()),
                    getTranslation("mentoring.matching.withdraw.text"), getTranslation("mentoring.matching.withdraw"),
                    () -> {
                        mentorships.withdraw(m.getId(), m.getVersion());
                        Notices.success(getTranslation("mentoring.matching.withdrawn"));
                        reload();
                    }));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(withdraw);
        }
        part.add(actions);
    }

    /** The rhythm in words; who may change it gets the choice when they ask for it, not on every visit. */
    private Div rhythm(SupportLine line) {
        Mentorship m = line.mentorship();
        Div rhythm = new Div(new Paragraph(getTranslation("mentoring.matching.rhythm.shown",
                getTranslation(m.getRhythm().labelKey()))));
        if (line.mayChangeRhythm()) {
            Button change = new Button(getTranslation("mentoring.matching.rhythm.change"), e -> {
                rhythm.removeAll();
                Select<CheckInRhythm> choice = rhythmChoice(m);
                rhythm.add(choice);
                choice.focus();
            });
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            rhythm.add(change);
        }
        return rhythm;
    }

    private Select<CheckInRhythm> rhythmChoice(Mentorship m) {
        Select<CheckInRhythm> rhythm = new Select<>();
        rhythm.setLabel(getTranslation("mentoring.matching.rhythm"));
        rhythm.setItems(CheckInRhythm.values());
        rhythm.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        rhythm.setValue(m.getRhythm());
        rhythm.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                mentorships.changeRhythm(m.getId(), m.getVersion(), e.getValue());
                Notices.success(getTranslation("mentoring.matching.rhythm.saved"));
                reload();
            }
        });
        return rhythm;
    }

    private void showNobody(Div part, SupportKind kind) {
        List<MentorSuggestion> suggestions = shown.suggestions().get(kind);
        if (suggestions == null) {
            part.add(new Paragraph(getTranslation("mentoring.matching.none." + key(kind))));
            return;
        }
        if (suggestions.isEmpty()) {
            part.add(new Paragraph(getTranslation("mentoring.matching.nobody_free." + key(kind))));
            return;
        }
        part.add(new Paragraph(getTranslation("mentoring.matching.suggestions." + key(kind))));
        Div cards = new Div();
        cards.addClassName("suggestions");
        for (int i = 0; i < Math.min(SHOWN_SUGGESTIONS, suggestions.size()); i++) {
            MentorSuggestion suggestion = suggestions.get(i);
            boolean top = i == 0;
            Div card = new Div(new H3(suggestion.name()), reasons(suggestion.reasons()));
            card.addClassName("suggestion");
            // a short label keeps the card within 320 px whatever the name; the spoken label names the person
            Button propose = new Button(getTranslation("mentoring.matching.propose.short"),
                    e -> propose(kind, suggestions, suggestion, top));
            propose.getElement().setAttribute("aria-label", getTranslation("mentoring.matching.propose",
                    suggestion.name()));
            if (top) {
                propose.addThemeVariants(ButtonVariant.PRIMARY);
                card.addComponentAsFirst(badge(getTranslation("mentoring.matching.best"), "success"));
            }
            card.add(propose);
            cards.add(card);
        }
        part.add(cards);
        if (suggestions.size() > 1) {
            Button other = new Button(getTranslation("mentoring.matching.other"),
                    e -> new ProposeDialog(getTranslation(kind.labelKey()), suggestions, null,
                            (chosen, reason) -> proposed(kind, chosen, reason)).open());
            other.addThemeVariants(ButtonVariant.TERTIARY);
            part.add(other);
        }
    }

    private void propose(SupportKind kind, List<MentorSuggestion> all, MentorSuggestion chosen, boolean top) {
        if (top) {
            proposed(kind, chosen, "");
        } else {
            new ProposeDialog(getTranslation(kind.labelKey()), all, chosen, (c, reason) -> proposed(kind, c, reason))
                    .open();
        }
    }

    private void proposed(SupportKind kind, MentorSuggestion chosen, String reason) {
        mentorships.propose(expertId, chosen.personId(), kind, reason);
        Notices.success(getTranslation("mentoring.matching.proposed.saved", chosen.name()));
        reload();
    }

    private UnorderedList reasons(List<MentorSuggestion.Reason> reasons) {
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        reasons.forEach(r -> list.add(new ListItem(getTranslation(r.key(), r.params().toArray()))));
        return list;
    }

    private static String key(SupportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(date);
    }

    /** The person's page this panel is on, if it is on one (a test may show the panel alone). */
    private Optional<PersonPageView> pageAround() {
        for (Optional<Component> c = getParent(); c.isPresent();
             c = c.get().getParent()) {
            if (c.get() instanceof PersonPageView page) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
