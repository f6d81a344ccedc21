package nl.kwartiermaker.roledescription;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * Role descriptions the person wrote, reviewed or adopted, their review remarks and the change history. These are the
 * organisation's documents, so erasure keeps them; who did what points to the account (a pseudonym after erasure),
 * and where a text names the person (adopted by, vacancy contact, line manager, a remark, a change note) the pseudonym
 * replaces them, by explicit updates because adopted versions are otherwise never changed.
 */
@Component
class RoleDescriptionPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "roledescription";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (RoleDescription d : descriptions(person)) {
            section.add("roleDescription", "id", d.getId(), "title", d.getTitle(), "versionNumber",
                    d.getVersionNumber(), "status", d.getStatus(), "author", person.userId() != null
                            && person.userId().equals(d.getAuthorId()),
                    "reviewer", person.userId() != null && person.userId().equals(d.getReviewerId()),
                    "approvedBy", person.userId() != null && person.userId().equals(d.getApprovedById()),
                    "adoptedBy", d.getAdoptedBy(), "vacancyContact", d.getVacancyContact());
        }
        for (ReviewComment c : comments(person)) {
            section.add("reviewComment", "descriptionId", c.getDescriptionId(), "section", c.getSection(), "text",
                    c.getText(), "writtenAt", c.getWrittenAt());
        }
        for (RoleDescriptionChange c : changes(person)) {
            section.add("change", "descriptionId", c.getDescriptionId(), "action", c.getAction(), "changedBy",
                    c.getChangedBy(), "changedAt", c.getChangedAt(), "note", c.getNote());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (RoleDescription d : PersonMentions.in(entityManager, RoleDescription.class, person, "adoptedBy",
                "vacancyContact", "lineManager", "positioningNotes")) {
            Object[] texts = entityManager.createQuery("select d.lineManager, d.positioningNotes from RoleDescription d"
                    + " where d.id = :id", Object[].class).setParameter("id", d.getId()).getSingleResult();
            changed += entityManager.createQuery("update RoleDescription d set d.adoptedBy = :adoptedBy,"
                            + " d.vacancyContact = :contact, d.lineManager = :manager, d.positioningNotes = :notes"
                            + " where d.id = :id")
                    .setParameter("adoptedBy", person.pseudonymise(d.getAdoptedBy()))
                    .setParameter("contact", person.pseudonymise(d.getVacancyContact()))
                    .setParameter("manager", person.pseudonymise((String) texts[0]))
                    .setParameter("notes", person.pseudonymise((String) texts[1]))
                    .setParameter("id", d.getId()).executeUpdate();
        }
        for (ReviewComment c : PersonMentions.in(entityManager, ReviewComment.class, person, "text")) {
            changed += entityManager.createQuery("update ReviewComment c set c.text = :text where c.id = :id")
                    .setParameter("text", person.pseudonymise(c.getText())).setParameter("id", c.getId())
                    .executeUpdate();
        }
        for (RoleDescriptionChange c : PersonMentions.in(entityManager, RoleDescriptionChange.class, person,
                "changedBy", "note")) {
            changed += entityManager.createQuery("update RoleDescriptionChange c set c.changedBy = :by, c.note = :note"
                            + " where c.id = :id")
                    .setParameter("by", person.pseudonymise(c.getChangedBy()))
                    .setParameter("note", person.pseudonymise(c.getNote())).setParameter("id", c.getId())
                    .executeUpdate();
        }
        return changed;
    }

    private List<RoleDescription> descriptions(PersonRef person) {
        List<RoleDescription> named = PersonMentions.in(entityManager, RoleDescription.class, person, "adoptedBy",
                "vacancyContact", "lineManager", "positioningNotes");
        if (person.userId() == null) {
            return named;
        }
        List<RoleDescription> theirs = entityManager.createQuery("select d from RoleDescription d where"
                        + " d.authorId = :id or d.reviewerId = :id or d.approvedById = :id", RoleDescription.class)
                .setParameter("id", person.userId()).getResultList();
        return java.util.stream.Stream.concat(theirs.stream(), named.stream()).distinct().toList();
    }

    private List<ReviewComment> comments(PersonRef person) {
        if (person.userId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select c from ReviewComment c where c.authorId = :id order by c.writtenAt",
                ReviewComment.class).setParameter("id", person.userId()).getResultList();
    }

    private List<RoleDescriptionChange> changes(PersonRef person) {
        List<RoleDescriptionChange> named = PersonMentions.in(entityManager, RoleDescriptionChange.class, person,
                "changedBy", "note");
        if (person.userId() == null) {
            return named;
        }
        List<RoleDescriptionChange> theirs = entityManager.createQuery("select c from RoleDescriptionChange c"
                + " where c.changedById = :id", RoleDescriptionChange.class).setParameter("id", person.userId())
                .getResultList();
        return java.util.stream.Stream.concat(theirs.stream(), named.stream()).distinct().toList();
    }
}
