package nl.kwartiermaker.traject;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import org.springframework.stereotype.Component;

/**
 * Trajecten: the working groups the person leads or belongs to, the steps they own and the texts that name them.
 * Erasure takes them out of working groups and off their steps; a traject they lead keeps its lead (the account, now
 * a pseudonym) until someone else takes over, because a traject always has one.
 */
@Component
class TrajectPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String feature() {
        return "traject";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (Traject traject : trajecten(person)) {
            String role = traject.getMembers().stream().filter(m -> person.userId() != null && m.userId() == person.userId()).findFirst()
                    .map(m -> m.role().name()).orElse(null);
            section.add("traject", "id", traject.getId(), "name", traject.getName(), "projectLead",
                    person.userId() != null && traject.getProjectLeadId() == person.userId(), "memberRole", role,
                    "lineManager", traject.getLineManager(), "seniorExpertAdviser", traject.getSeniorExpertAdviser());
        }
        for (ChecklistItem item : items(person)) {
            section.add("checklistItem", "trajectId", item.getTrajectId(), "title", item.getTitle(), "owner",
                    person.userId() != null && person.userId().equals(item.getOwnerId()), "status", item.getStatus(),
                    "dueDate", item.getDueDate(), "notes", item.getNotes());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (Traject traject : trajecten(person)) {
            traject.erase(person);
            changed++;
        }
        for (ChecklistItem item : items(person)) {
            if (person.userId() != null && person.userId().equals(item.getOwnerId())) {
                item.assignTo(null);
            }
            item.pseudonymise(person);
            changed++;
        }
        return changed;
    }

    private Set<Traject> trajecten(PersonRef person) {
        Set<Traject> trajecten = new LinkedHashSet<>(PersonMentions.in(entityManager, Traject.class, person,
                "lineManager", "seniorExpertAdviser", "pilotTeams", "startingPointDescription"));
        if (person.userId() != null) {
            trajecten.addAll(entityManager.createQuery("select distinct t from Traject t left join t.members m"
                    + " where t.projectLeadId = :id or m.userId = :id", Traject.class)
                    .setParameter("id", person.userId()).getResultList());
        }
        return trajecten;
    }

    private Set<ChecklistItem> items(PersonRef person) {
        Set<ChecklistItem> items = new LinkedHashSet<>(PersonMentions.in(entityManager, ChecklistItem.class, person,
                "notes", "notApplicableReason"));
        if (person.userId() != null) {
            items.addAll(entityManager.createQuery("select i from ChecklistItem i where i.ownerId = :id",
                    ChecklistItem.class).setParameter("id", person.userId()).getResultList());
        }
        return items;
    }
}
