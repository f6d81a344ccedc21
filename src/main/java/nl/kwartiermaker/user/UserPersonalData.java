package nl.kwartiermaker.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.base.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The account: found by name or address, exported with roles and language, and on erasure kept as an empty shell
 * (other features refer to it by id) with a pseudonym for address and name, no roles, no usable password and no links.
 */
@Component
class UserPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;
    private final ApplicationEventPublisher events;

    UserPersonalData(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public String feature() {
        return "user";
    }

    @Override
    public List<PersonRef> find(String text) {
        String search = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return entityManager.createQuery("select u from PortalUser u where lower(u.displayName) like :search"
                        + " or u.email like :search order by u.displayName", PortalUser.class)
                .setParameter("search", search).setMaxResults(50).getResultList().stream()
                .map(u -> PersonRef.of(u.getId(), u.getEmail(), u.getDisplayName())).toList();
    }

    @Override
    public PersonRef complete(PersonRef person) {
        PortalUser user = account(person);
        return user == null ? person : person.merge(PersonRef.of(user.getId(), user.getEmail(), user.getDisplayName()));
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        PortalUser user = account(person);
        if (user == null) {
            return section;
        }
        section.add("account", "id", user.getId(), "email", user.getEmail(), "displayName", user.getDisplayName(),
                "roles", user.getRoles(), "locale", user.getLocale().toLanguageTag(), "active", user.isActive(),
                "lastLoginAt", user.getLastLoginAt(), "createdAt", user.getCreatedAt());
        if (user.isLinkedToProvider()) {
            section.add("identityProvider", "issuer", user.getOidcIssuer(), "subject", user.getOidcSubject());
        }
        links(user.getId()).forEach(link -> section.add("passwordLink", "purpose", link.getPurpose(),
                "createdAt", link.getCreatedAt(), "expiresAt", link.getExpiresAt()));
        section.note("privacy.note.user.password");
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        PortalUser user = account(person);
        if (user == null) {
            return 0;
        }
        String formerEmail = user.getEmail();
        int changed = entityManager.createQuery("delete from PasswordLink l where l.userId = :id")
                .setParameter("id", user.getId()).executeUpdate();
        user.setEmail(person.pseudonym() + "@verwijderd.invalid");
        user.setDisplayName(person.pseudonym());
        // no password and no provider identity: nobody can sign in to the shell, not even through the provider
        user.setPasswordHash(null);
        user.linkToProvider(null, null);
        user.setRoles(EnumSet.noneOf(Role.class));
        user.setActive(false);
        user.forgetLastLogin();
        events.publishEvent(new UserEvents.UserErased(user.getId(), formerEmail));
        return changed + 1;
    }

    /** Last: other features find the person's records through the account's address. */
    @Override
    public int erasureOrder() {
        return 20;
    }

    private PortalUser account(PersonRef person) {
        return person.userId() == null ? null : entityManager.find(PortalUser.class, person.userId());
    }

    private List<PasswordLink> links(long userId) {
        return entityManager.createQuery("select l from PasswordLink l where l.userId = :id order by l.createdAt",
                PasswordLink.class).setParameter("id", userId).getResultList();
    }
}
