package nl.kwartiermaker.pool;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.kwartiermaker.base.PersonMentions;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.mentoring.RegisterDirectory;
import org.springframework.stereotype.Component;

/**
 * The regional pool: the person's expert profile (on their register entry), where they worked and the hours they
 * wrote, and their place as a municipality's contact. Erasure clears where they live and their tie to the region,
 * takes the profile out of the pool and ends their contact role; deployments and hours stay, because the municipalities'
 * shares and issued reports are built on them and they name no one once the register entry is a pseudonym. A report
 * finalised by them and a kick-off meeting's participants name the pseudonym instead.
 */
@Component
class PoolPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;
    private final RegisterDirectory register;

    PoolPersonalData(RegisterDirectory register) {
        this.register = register;
    }

    @Override
    public String feature() {
        return "pool";
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (PoolExpert expert : experts(person)) {
            section.add("poolExpert", "id", expert.getId(), "personId", expert.getPersonId(), "residence",
                    expert.getResidence(), "regionTie", expert.getRegionTie(), "training", expert.getTraining(),
                    "coreTasks", expert.getCoreTasks(), "hoursAvailable", expert.getHoursAvailable(),
                    "active", expert.isActive());
            for (Deployment d : entityManager.createQuery("select d from Deployment d where d.expertId = :id"
                    + " order by d.startsOn", Deployment.class).setParameter("id", expert.getId()).getResultList()) {
                section.add("deployment", "requestId", d.getRequestId(), "partnerId", d.getPartnerId(),
                        "hoursPerWeek", d.getHoursPerWeek(), "startsOn", d.getStartsOn(), "endsOn", d.getEndsOn(),
                        "reason", d.getReason());
            }
            for (RealisedHours h : entityManager.createQuery("select h from RealisedHours h where h.expertId = :id"
                    + " order by h.weekStart", RealisedHours.class).setParameter("id", expert.getId())
                    .getResultList()) {
                section.add("realisedHours", "partnerId", h.getPartnerId(), "weekStart", h.getWeekStart(),
                        "hours", h.getHours(), "residentsReached", h.getResidentsReached(), "theme", h.getTheme());
            }
        }
        for (PartnerContact contact : contacts(person)) {
            section.add("partnerContact", "partnerId", contact.getPartnerId());
        }
        for (PoolReport report : finalisedBy(person)) {
            section.add("reportFinalised", "reportId", report.getId(), "finalisedAt", report.getFinalisedAt());
        }
        for (NeedsInventory needs : PersonMentions.in(entityManager, NeedsInventory.class, person, "participants",
                "notes")) {
            section.add("kickOffMeeting", "partnerId", needs.getPartnerId(), "metOn", needs.getMetOn(),
                    "participants", needs.getParticipants(), "notes", needs.getNotes());
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (PoolExpert expert : experts(person)) {
            expert.describe("", "", expert.getTraining(), expert.getCoreTasks(), expert.getHoursAvailable());
            expert.setActive(false);
            changed++;
        }
        for (PartnerContact contact : contacts(person)) {
            entityManager.remove(contact);
            changed++;
        }
        for (PoolReport report : finalisedBy(person)) {
            report.finalisedBy(person.pseudonym());
            changed++;
        }
        for (NeedsInventory needs : PersonMentions.in(entityManager, NeedsInventory.class, person, "participants",
                "notes")) {
            needs.describe(needs.getMetOn(), person.pseudonymise(needs.getParticipants()), needs.getThemes(),
                    needs.getRolesWanted(), person.pseudonymise(needs.getNotes()));
            changed++;
        }
        return changed;
    }

    private List<PoolExpert> experts(PersonRef person) {
        List<Long> entries = register.entryIdsOf(person);
        if (entries.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select e from PoolExpert e where e.personId in :entries", PoolExpert.class)
                .setParameter("entries", entries).getResultList();
    }

    private List<PartnerContact> contacts(PersonRef person) {
        if (person.userId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select c from PartnerContact c where c.userId = :userId",
                PartnerContact.class).setParameter("userId", person.userId()).getResultList();
    }

    /** The report keeps who finalised it by display name. */
    private List<PoolReport> finalisedBy(PersonRef person) {
        return PersonMentions.in(entityManager, PoolReport.class, person, "finalisedBy");
    }
}
