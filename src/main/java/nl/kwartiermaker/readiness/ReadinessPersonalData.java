package nl.kwartiermaker.readiness;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * The readiness scan knows a person only by the address a personal invitation went to, and by the answers they saved
 * but did not yet send (kept on the invitation so they can continue). Sent answers carry no person, time or order
 * (decision 0005), so they cannot be found, exported or erased per person. Erasure deletes an invitation not yet
 * answered (with its saved answers); an answered one stays for the round's response count, without the address.
 */
@Component
class ReadinessPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "readiness";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature()).note("privacy.note.readiness.anonymous");
        for (ScanInvitation invitation : invitations(person)) {
            section.add("scanInvitation", "roundId", invitation.getRoundId(), "email", invitation.getEmail(),
                    "respondentGroup", invitation.getGroup(), "answered", invitation.isAnswered(), "reminders",
                    invitation.getReminders(), "savedAnswers", invitation.getDraft().size());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (ScanInvitation invitation : invitations(person)) {
            if (invitation.isAnswered()) {
                invitation.forgetAddress();
            } else {
                entityManager.remove(invitation);
            }
            changed++;
        }
        return changed;
    }

    private List<ScanInvitation> invitations(PersonRef person) {
        if (person.emails().isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select i from ScanInvitation i where lower(i.email) in :emails",
                ScanInvitation.class).setParameter("emails", person.emails()).getResultList();
    }
}
