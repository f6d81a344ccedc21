package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionService.Membership;
import org.springframework.stereotype.Component;

/**
 * The intervision groups an expert belongs to, on their page, with each group's next session; built from one read of
 * {@link IntervisionService#memberships}. The group's name links to its page.
 */
@Component
class IntervisionMembershipSection implements ExpertPageSection {

    static final String ANCHOR = "intervisie";

    private final IntervisionService intervision;

    IntervisionMembershipSection(IntervisionService intervision) {
        this.intervision = intervision;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(long personId) {
        List<Membership> groups = intervision.memberships(personId);
        Section section = new Section();
        section.setId(ANCHOR);
        section.addClassName("expert-section");
        section.add(new H2(section.getTranslation("mentoring.intervision.section.title")));
        if (groups.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("mentoring.intervision.section.empty")),
                    new Paragraph(new Anchor("begeleiding/intervisie",
                            section.getTranslation("mentoring.intervision.section.all"))));
            return Optional.of(section);
        }
        UnorderedList list = new UnorderedList();
        for (Membership group : groups) {
            String next = group.nextSession().map(s -> section.getTranslation("mentoring.intervision.section.next",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                            .withLocale(UI.getCurrent().getLocale()).format(s.getStartsAt()),
                    s.getLocation().isBlank() ? "–" : s.getLocation()))
                    .orElse(section.getTranslation("mentoring.intervision.section.next.none"));
            String facilitator = group.facilitator().isBlank() ? ""
                    : section.getTranslation("mentoring.intervision.section.facilitator", group.facilitator());
            list.add(new ListItem(new Anchor("begeleiding/intervisie/" + group.groupId(), group.name()),
                    new Span(" " + facilitator), new Paragraph(next)));
        }
        section.add(list);
        return Optional.of(section);
    }
}
