package nl.kwartiermaker.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The "created by" and "changed by" columns of {@link AuditedEntity} hold the sign-in name (e-mail address) of whoever
 * wrote a record, in every feature's tables. They are the base module's columns, filled by its auditing, so the base
 * module answers for them: erasure replaces the address by the pseudonym in every entity that has them, including
 * features added later. The records themselves belong to their features and stay.
 */
@Component
class AuditColumnsPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "base";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        if (person.emails().isEmpty()) {
            return section;
        }
        for (EntityType<?> entity : audited()) {
            Long count = entityManager.createQuery("select count(e) from " + entity.getName()
                    + " e where lower(e.createdBy) in :emails or lower(e.modifiedBy) in :emails", Long.class)
                    .setParameter("emails", person.emails()).getSingleResult();
            if (count > 0) {
                section.add("createdOrChanged", "entity", entity.getName(), "records", count);
            }
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        if (person.emails().isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (EntityType<?> entity : audited()) {
            for (String column : new String[] {"createdBy", "modifiedBy"}) {
                changed += entityManager.createQuery("update " + entity.getName() + " e set e." + column
                                + " = :pseudonym where lower(e." + column + ") in :emails")
                        .setParameter("pseudonym", person.pseudonym()).setParameter("emails", person.emails())
                        .executeUpdate();
            }
        }
        return changed;
    }

    /** After the features: their own erasure still finds records by who wrote them. */
    @Override
    public int erasureOrder() {
        return 100;
    }

    private List<EntityType<?>> audited() {
        return entityManager.getMetamodel().getEntities().stream()
                .filter(e -> AuditedEntity.class.isAssignableFrom(e.getJavaType()))
                .sorted(Comparator.comparing(EntityType::getName)).toList();
    }
}
