package nl.kwartiermaker.story;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.stereotype.Component;

/**
 * Verhalen: stories the person wrote, stories they are featured in with their consents (with or without an account),
 * their reactions and digest. Erasure withdraws every consent still standing, by the feature's own rule (a withdrawn
 * consent takes the story off every channel at once and stays in its history, here as the Beheerder's step), and then
 * replaces the person by the pseudonym in the consent line and in every story text that names them. Reactions and the
 * digest subscription are deleted. Stories they wrote stay the organisation's; the author is the erased account.
 */
@Component
class StoryPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;
    private final StoryAccess access;
    private final StoryHistory history;
    private final PortalTime time;

    StoryPersonalData(StoryAccess access, StoryHistory history, PortalTime time) {
        this.access = access;
        this.history = history;
        this.time = time;
    }

    @Override
    public String feature() {
        return "story";
    }

    @Override
    public List<PersonRef> find(String text) {
        return entityManager.createQuery("select f from FeaturedPerson f where f.userId is null"
                        + " and lower(f.name) like :search order by f.name", FeaturedPerson.class)
                .setParameter("search", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%")
                .setMaxResults(50).getResultList().stream().map(f -> PersonRef.of(null, null, f.getName())).toList();
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        if (person.userId() != null) {
            for (Story story : entityManager.createQuery("select s from Story s where s.authorId = :id order by s.id",
                    Story.class).setParameter("id", person.userId()).getResultList()) {
                section.add("storyWritten", "id", story.getId(), "title", story.getTitle(), "summary",
                        story.getSummary(), "body", story.getBody(), "impact", story.getImpact(), "status",
                        story.getStatus(), "publishFrom", story.getPublishFrom());
            }
            for (StoryReaction reaction : ofUser(StoryReaction.class, person.userId())) {
                section.add("reaction", "storyId", reaction.getStoryId(), "reactedAt", reaction.getReactedAt());
            }
            for (StoryDigestSubscription subscription : ofUser(StoryDigestSubscription.class, person.userId())) {
                section.add("digestSubscription", "frequency", subscription.getFrequency(), "createdAt",
                        subscription.getCreatedAt());
            }
            for (StoryDigestSent sent : ofUser(StoryDigestSent.class, person.userId())) {
                section.add("digestSent", "period", sent.getPeriod(), "sentAt", sent.getSentAt());
            }
        }
        for (FeaturedPerson f : featured(person)) {
            section.add("featured", "storyId", f.getStoryId(), "name", f.getName(), "relation", f.getRelation(),
                    "anonymise", f.isAnonymised(), "consentIntranet", f.isConsentIntranet(), "consentDigest",
                    f.isConsentDigest(), "consentFeed", f.isConsentFeed(), "consentGivenAt", f.getConsentGivenAt(),
                    "consentFormDate", f.getConsentFormDate(), "answerShow", f.getAnswerShow(), "answerSure",
                    f.isAnswerSure(), "expiresOn", f.getExpiresOn(), "withdrawnAt", f.getWithdrawnAt());
        }
        for (Story story : naming(person)) {
            section.add("storyNaming", "id", story.getId(), "title", story.getTitle(), "status", story.getStatus());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (FeaturedPerson f : featured(person)) {
            if (f.getWithdrawnAt() == null) {
                f.withdraw(time.now(), access.me().id());
                history.record(f.getStoryId(), access.me().id(), StoryEventKind.CONSENT_WITHDRAWN, f.getId(), "");
            }
            f.erase(person.pseudonym());
            changed++;
        }
        for (Story story : naming(person)) {
            story.pseudonymise(person);
            changed++;
        }
        for (StoryEvent event : PersonMentions.in(entityManager, StoryEvent.class, person, "comment")) {
            changed += entityManager.createQuery("update StoryEvent e set e.comment = :comment where e.id = :id")
                    .setParameter("comment", person.pseudonymise(event.getComment()))
                    .setParameter("id", event.getId()).executeUpdate();
        }
        if (person.userId() != null) {
            for (String kind : List.of("StoryReaction", "StoryDigestSubscription", "StoryDigestSent")) {
                changed += entityManager.createQuery("delete from " + kind + " e where e.userId = :id")
                        .setParameter("id", person.userId()).executeUpdate();
            }
        }
        return changed;
    }

    private List<FeaturedPerson> featured(PersonRef person) {
        return entityManager.createQuery("select f from FeaturedPerson f where f.userId = :userId"
                        + " or (f.userId is null and f.name in :names) order by f.id", FeaturedPerson.class)
                .setParameter("userId", person.userId() == null ? -1L : person.userId())
                .setParameter("names", person.names().isEmpty() ? Set.of(" ") : person.names()).getResultList();
    }

    private Set<Story> naming(PersonRef person) {
        return new LinkedHashSet<>(PersonMentions.in(entityManager, Story.class, person, "title", "summary", "body",
                "impact", "imageAlt", "slug"));
    }

    private <T> List<T> ofUser(Class<T> type, long userId) {
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.userId = :id", type)
                .setParameter("id", userId).getResultList();
    }
}
