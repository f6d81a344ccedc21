package nl.kwartiermaker.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * Mails to the person or naming them, and their in-app notifications. Erasure deletes the mails (sent or waiting: the
 * outbox is a queue, not an archive) and the person's notifications; another person's notification that names them
 * keeps its place with the pseudonym instead.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "notification";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (OutgoingMail mail : mails(person)) {
            section.add("mail", "recipient", mail.getRecipient(), "subject", mail.getSubject(), "body", mail.getBody(),
                    "status", mail.getStatus(), "createdAt", mail.getCreatedAt(), "sentAt", mail.getSentAt());
        }
        for (InAppNotification notification : own(person)) {
            section.add("notification", "title", notification.getTitle(), "message", notification.getMessage(),
                    "link", notification.getLink(), "createdAt", notification.getCreatedAt(),
                    "readAt", notification.getReadAt());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (OutgoingMail mail : mails(person)) {
            entityManager.remove(mail);
            changed++;
        }
        for (InAppNotification notification : own(person)) {
            entityManager.remove(notification);
            changed++;
        }
        for (InAppNotification other : PersonMentions.in(entityManager, InAppNotification.class, person, "title",
                "message")) {
            if (person.userId() == null || other.getUserId() != person.userId()) {
                other.pseudonymise(person);
                changed++;
            }
        }
        return changed;
    }

    /** The recipient field holds the bare address, so a mail to them is one that names them there. */
    private List<OutgoingMail> mails(PersonRef person) {
        return PersonMentions.in(entityManager, OutgoingMail.class, person, "recipient", "subject", "body",
                "calendar", "lastError");
    }

    private List<InAppNotification> own(PersonRef person) {
        if (person.userId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select n from InAppNotification n where n.userId = :userId"
                + " order by n.createdAt", InAppNotification.class).setParameter("userId", person.userId())
                .getResultList();
    }
}
