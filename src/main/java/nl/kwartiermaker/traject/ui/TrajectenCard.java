package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectSummary;

/**
 * The person's trajecten on the Overzicht, as the project sees them: stage, progress and the steps of theirs that are
 * late. Staff and experts by experience get the traject in words instead ({@link StaffTrajectCard}).
 */
@SpringComponent
@UIScope
class TrajectenCard implements DashboardCard {

    private final TrajectService trajecten;
    private final ChecklistService checklist;
    private final SignedInUser signedInUser;

    TrajectenCard(TrajectService trajecten, ChecklistService checklist, SignedInUser signedInUser) {
        this.trajecten = trajecten;
        this.checklist = checklist;
        this.signedInUser = signedInUser;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> render() {
        if (StaffTrajectCard.staffView(signedInUser.current().map(SignedInUser.Account::roles)
                .orElse(java.util.Set.of()))) {
            return Optional.empty();
        }
        List<TrajectSummary> mine = trajecten.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "wide");
        card.add(new H2(card.getTranslation("dashboard.trajecten.title")));
        UnorderedList list = new UnorderedList();
        list.addClassName("traject-cards");
        for (TrajectSummary traject : mine) {
            ListItem item = new ListItem(new Anchor("trajecten/" + traject.id(), traject.name()));
            Span stage = new Span(card.getTranslation(traject.stage().labelKey()));
            stage.addClassName("badge");
            item.add(stage, new Progress(traject.overall(), card.getTranslation("traject.progress.of",
                    traject.name())));
            list.add(item);
        }
        card.add(list);
        List<ChecklistItem> overdue = checklist.myOverdueItems();
        if (!overdue.isEmpty()) {
            card.add(new H2(card.getTranslation("dashboard.trajecten.overdue", overdue.size())));
            UnorderedList late = new UnorderedList();
            overdue.stream().limit(5).forEach(i -> late.add(new ListItem(new Anchor("trajecten/" + i.getTrajectId(),
                    i.getTitle()))));
            card.add(late);
        }
        return Optional.of(card);
    }
}
