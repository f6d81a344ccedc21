package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kwartiermaker.mentoring.MentorshipService;

/** The expert's mentor and buddy, first on their page: who supports them, and for the coordinator who could. */
@org.springframework.stereotype.Component
class SupportSection implements ExpertPageSection {

    private final MentorshipService mentorships;

    SupportSection(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render(long personId) {
        return Optional.of(new SupportPanel(mentorships, personId));
    }
}
