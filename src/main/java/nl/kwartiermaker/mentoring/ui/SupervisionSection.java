package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.muted;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.CheckInRhythm;
import nl.kwartiermaker.mentoring.SupervisionArrangement;
import nl.kwartiermaker.mentoring.SupervisionService;
import nl.kwartiermaker.mentoring.SupervisionService.Arrangement;
import nl.kwartiermaker.mentoring.SupervisionService.ExpertSupervision;
import org.springframework.stereotype.Component;

/**
 * Supervision on an expert's page (anchor {@value #ANCHOR}): supervisor, focus, rhythm and next session. The
 * coordinator arranges, plans the next session (which sends the invitation) and ends it; the expert and the supervisor
 * read it; nobody else sees the section. Built from one read of {@link SupervisionService#forExpert}.
 */
@Component
class SupervisionSection implements ExpertPageSection {

    static final String ANCHOR = "supervisie";

    private final SupervisionService supervision;
    private final PortalTime time;

    SupervisionSection(SupervisionService supervision, PortalTime time) {
        this.supervision = supervision;
        this.time = time;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(long personId) {
        ExpertSupervision shown = supervision.forExpert(personId);
        if (!shown.shown()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.setId(ANCHOR);
        section.addClassName("expert-section");
        fill(section, shown);
        return Optional.of(section);
    }

    private void fill(Section section, ExpertSupervision shown) {
        section.removeAll();
        Runnable refresh = () -> fill(section, supervision.forExpert(shown.expertId()));
        section.add(new H2(section.getTranslation("mentoring.supervision.title")));
        if (shown.arrangements().isEmpty()) {
            section.add(new Paragraph(section.getTranslation(shown.mayManage()
                    ? "mentoring.supervision.empty.coordinator" : "mentoring.supervision.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("traject-cards");
            shown.arrangements().forEach(a -> list.add(arrangement(section, shown, a, refresh)));
            section.add(list);
        }
        if (shown.mayManage()) {
            Button arrange = new Button(section.getTranslation("mentoring.supervision.new"), VaadinIcon.PLUS.create(),
                    e -> new SupervisionDialog(supervision, shown.expertId(), null, refresh).open());
            section.add(new Div(arrange));
        }
    }

    private ListItem arrangement(Section section, ExpertSupervision shown, Arrangement row, Runnable refresh) {
        SupervisionArrangement a = row.arrangement();
        Locale locale = UI.getCurrent().getLocale();
        ListItem item = new ListItem();
        item.addClassName("card");
        item.getStyle().set("display", "block");
        item.add(new H3(section.getTranslation("mentoring.supervision.with", row.supervisor())));
        item.add(new Paragraph(section.getTranslation("mentoring.supervision.facts",
                section.getTranslation(a.getFocus().labelKey()), section.getTranslation(rhythmKey(a.getRhythm())))));
        LocalDateTime now = LocalDateTime.ofInstant(time.now(), PortalTime.ZONE);
        if (a.getNextSessionAt() != null && a.getNextSessionAt().isAfter(now)) {
            item.add(new Paragraph(section.getTranslation("mentoring.supervision.next",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                            .format(a.getNextSessionAt()),
                    a.getLocation().isBlank() ? "–" : a.getLocation())));
        } else {
            item.add(new Paragraph(muted(section.getTranslation("mentoring.supervision.next.none"))));
        }
        if (shown.mayManage()) {
            Div actions = new Div();
            actions.addClassName("filter-bar");
            actions.add(new Button(section.getTranslation("mentoring.supervision.session.plan"),
                    VaadinIcon.CALENDAR.create(), e -> new SupervisionSessionDialog(supervision, a, shown.dates(),
                    now, refresh).open()));
            actions.add(new Button(section.getTranslation("mentoring.supervision.edit"), VaadinIcon.EDIT.create(),
                    e -> new SupervisionDialog(supervision, shown.expertId(), a, refresh).open()));
            Button end = new Button(section.getTranslation("mentoring.supervision.end"), e -> Confirmation.ask(
                    section.getTranslation("mentoring.supervision.end.confirm.title", row.supervisor()),
                    section.getTranslation("mentoring.supervision.end.confirm.text"),
                    section.getTranslation("mentoring.supervision.end"), () -> {
                        supervision.end(a.getId(), a.getVersion());
                        Notices.success(section.getTranslation("mentoring.supervision.ended"));
                        refresh.run();
                    }));
            end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(end);
            item.add(actions);
        }
        return item;
    }

    /** The rhythm in words, as supervision says it. */
    static String rhythmKey(CheckInRhythm rhythm) {
        return "mentoring.supervision.rhythm." + rhythm.name().toLowerCase(Locale.ROOT);
    }
}
