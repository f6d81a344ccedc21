package nl.kwartiermaker.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's page history names who wrote each revision (by address). The pages are the organisation's
 * texts, so erasure keeps the revisions and replaces the author by the pseudonym.
 */
@Component
class KnowledgePersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "knowledge";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (PageRevision revision : revisions(person)) {
            section.add("pageRevision", "pageId", revision.getPageId(), "number", revision.getNumber(), "kind",
                    revision.getKind(), "title", revision.getTitle(), "createdBy", revision.getCreatedBy(),
                    "createdAt", revision.getCreatedAt());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        if (person.emails().isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("update PageRevision r set r.createdBy = :pseudonym"
                        + " where lower(r.createdBy) in :emails")
                .setParameter("pseudonym", person.pseudonym()).setParameter("emails", person.emails())
                .executeUpdate();
    }

    private List<PageRevision> revisions(PersonRef person) {
        if (person.emails().isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from PageRevision r where lower(r.createdBy) in :emails"
                        + " order by r.createdAt", PageRevision.class)
                .setParameter("emails", person.emails()).getResultList();
    }
}
