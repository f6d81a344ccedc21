package nl.kwartiermaker.mentoring;

import java.util.List;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Someone who leaves takes no place in anyone's support any more: their running mentorships and buddy arrangements
 * end (expert, supporter and coordinator are told, as when the coordinator ends one), proposals to or for them are
 * withdrawn, and supervision they were part of ends. Runs in the transaction that marks them as left, so it all
 * happens together or not at all. Their intervision groups the coordinator changes, as the size warning asks.
 */
@Component
class PersonLeaving {

    private final MentorshipRepository mentorships;
    private final SupervisionArrangementRepository supervision;
    private final RegisteredPersonRepository people;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    PersonLeaving(MentorshipRepository mentorships, SupervisionArrangementRepository supervision,
                  RegisteredPersonRepository people, PortalTime time, ApplicationEventPublisher events) {
        this.mentorships = mentorships;
        this.supervision = supervision;
        this.people = people;
        this.time = time;
        this.events = events;
    }

    @EventListener
    void on(PersonLeft left) {
        RegisteredPerson person = people.findById(left.personId()).orElseThrow();
        String reason = "Vertrokken: " + person.getName();
        for (Mentorship m : mentorships.findInvolvingPerson(left.personId(),
                List.of(MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE))) {
            if (m.getStatus() == MentorshipStatus.PROPOSED) {
                m.withdraw();
                continue;
            }
            m.end(time.today(), reason);
            RegisteredPerson expert = people.findById(m.getExpertId()).orElseThrow();
            RegisteredPerson supporter = people.findById(m.getSupporterId()).orElseThrow();
            events.publishEvent(new MentorshipEnded(m.getId(), expert.getId(), m.getKind(), Contact.of(expert),
                    Contact.of(supporter), m.getProposedById(), reason));
        }
        supervision.findRunningInvolving(left.personId()).forEach(a -> a.end(time.today()));
    }
}
