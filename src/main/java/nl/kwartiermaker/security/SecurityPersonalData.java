package nl.kwartiermaker.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * Audit lines about the person (as actor, as object or named in the detail) and failed sign-ins on their address.
 * Erasure keeps the audit lines, because the log must still show what was done and when, but replaces the person by
 * the pseudonym and drops the network address of what they did; failed sign-ins are deleted (decision 0015).
 */
@Component
class SecurityPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "security";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (AuditEvent event : auditLines(person)) {
            section.add("auditEvent", "occurredAt", event.getOccurredAt(), "actor", event.getActor(),
                    "action", event.getAction(), "object", event.getObject(), "result", event.getResult(),
                    "clientAddress", event.getClientAddress(), "detail", event.getDetail());
        }
        for (LoginAttempt attempt : loginAttempts(person)) {
            section.add("loginAttempt", "account", attempt.getAccount(), "clientAddress", attempt.getClientAddress(),
                    "failedAt", attempt.getFailedAt());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (AuditEvent event : auditLines(person)) {
            boolean theirAct = person.emails().contains(lower(event.getActor()));
            // audit lines are never changed by the application; this bulk update is the one exception
            changed += entityManager.createQuery("update AuditEvent a set a.actor = :actor, a.object = :object,"
                            + " a.detail = :detail, a.clientAddress = :address where a.id = :id")
                    .setParameter("actor", person.pseudonymise(event.getActor()))
                    .setParameter("object", person.pseudonymise(event.getObject()))
                    .setParameter("detail", person.pseudonymise(event.getDetail()))
                    .setParameter("address", theirAct ? null : event.getClientAddress())
                    .setParameter("id", event.getId()).executeUpdate();
        }
        if (!person.emails().isEmpty()) {
            changed += entityManager.createQuery("delete from LoginAttempt l where lower(l.account) in :emails")
                    .setParameter("emails", person.emails()).executeUpdate();
        }
        return changed;
    }

    private List<AuditEvent> auditLines(PersonRef person) {
        return PersonMentions.in(entityManager, AuditEvent.class, person, "actor", "object", "detail").stream()
                .sorted(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId)).toList();
    }

    private List<LoginAttempt> loginAttempts(PersonRef person) {
        if (person.emails().isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select l from LoginAttempt l where lower(l.account) in :emails"
                + " order by l.failedAt", LoginAttempt.class).setParameter("emails", person.emails()).getResultList();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
