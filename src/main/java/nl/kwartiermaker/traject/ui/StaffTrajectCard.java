package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.traject.TrajectActivity;
import nl.kwartiermaker.traject.TrajectActivityService;
import nl.kwartiermaker.traject.TrajectInWords;

/**
 * The traject in words on the Overzicht of staff and experts by experience (issue 11, "A home for staff"): where it
 * stands, what happens next, who to ask, and the coming activities such as information meetings. Whoever steers or
 * works on the change (project lead, Beheerder, HR, coordinator) keeps the project view of {@link TrajectenCard}.
 */
@SpringComponent
@UIScope
class StaffTrajectCard implements DashboardCard {

    private final TrajectActivityService trajecten;
    private final SignedInUser signedInUser;

    StaffTrajectCard(TrajectActivityService trajecten, SignedInUser signedInUser) {
        this.trajecten = trajecten;
        this.signedInUser = signedInUser;
    }

    /** Staff and experts by experience who do not also run the change: they get this card instead of the project's. */
    static boolean staffView(Set<Role> roles) {
        return (roles.contains(Role.MEDEWERKER) || roles.contains(Role.ERVARINGSDESKUNDIGE))
                && roles.stream().noneMatch(Set.of(Role.PROJECTLEIDER, Role.BEHEERDER, Role.HR_ADVISEUR,
                Role.COORDINATOR)::contains);
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> render() {
        Set<Role> roles = signedInUser.current().map(SignedInUser.Account::roles).orElse(Set.of());
        if (!staffView(roles)) {
            return Optional.empty();
        }
        List<TrajectInWords> shown = trajecten.inWords();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "wide", "staff-traject-card");
        card.add(new H2(card.getTranslation("dashboard.staff.title")));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(UI.getCurrent().getLocale());
        for (TrajectInWords traject : shown) {
            Div block = new Div();
            block.addClassName("staff-traject");
            String stage = traject.stage().name().toLowerCase(Locale.ROOT);
            block.add(new H3(new Anchor("trajecten/" + traject.id(), traject.name())),
                    new Paragraph(card.getTranslation("dashboard.staff.stage." + stage, traject.organisationUnit())),
                    new Paragraph(card.getTranslation("dashboard.staff.next." + stage)));
            if (traject.stageComplete()) {
                block.add(new Paragraph(card.getTranslation("dashboard.staff.complete")));
            }
            if (!traject.projectLead().isBlank()) {
                block.add(new Paragraph(card.getTranslation("dashboard.staff.ask", traject.projectLead())));
            }
            if (traject.upcoming().isEmpty()) {
                Paragraph none = new Paragraph(card.getTranslation("dashboard.staff.activities.none"));
                none.addClassName("muted");
                block.add(none);
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("staff-activities");
                for (TrajectActivity activity : traject.upcoming()) {
                    String text = activity.getPlace().isBlank()
                            ? card.getTranslation("dashboard.staff.activity", dates.format(activity.getDate()),
                            activity.getTitle())
                            : card.getTranslation("dashboard.staff.activity.place", dates.format(activity.getDate()),
                            activity.getTitle(), activity.getPlace());
                    list.add(new ListItem(text));
                }
                block.add(new Paragraph(card.getTranslation("dashboard.staff.activities")), list);
            }
            card.add(block);
        }
        return Optional.of(card);
    }
}
