package nl.kwartiermaker.mentoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.stereotype.Component;

/**
 * Begeleiding: the person's register entries (with or without an account) and everything about their support.
 * Erasure deletes their own sensitive data (personal situation and well-being notes, the check-ins of their support,
 * growth plan and onboarding plan), clears the reasons written in their mentorships, and keeps the entry as a
 * pseudonym that has left, because mentorships, intervision, supervision and the pool refer to it by id.
 */
@Component
class MentoringPersonalData implements PersonalDataHolder {

    @PersistenceContext
    private EntityManager entityManager;
    private final PortalTime time;
    private final RegisterDirectory people;

    MentoringPersonalData(PortalTime time, RegisterDirectory people) {
        this.time = time;
        this.people = people;
    }

    @Override
    public String feature() {
        return "mentoring";
    }

    @Override
    public List<PersonRef> find(String text) {
        String search = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return entityManager.createQuery("select p from RegisteredPerson p where lower(p.name) like :search"
                        + " or lower(p.email) like :search order by p.name", RegisteredPerson.class)
                .setParameter("search", search).setMaxResults(50).getResultList().stream()
                .map(p -> PersonRef.of(p.getUserId(), p.getEmail(), p.getName())).toList();
    }

    @Override
    public PersonRef complete(PersonRef person) {
        PersonRef completed = person;
        for (RegisteredPerson entry : entries(person)) {
            completed = completed.merge(PersonRef.of(entry.getUserId(), entry.getEmail(), entry.getName()));
        }
        return completed;
    }

    @Override
    public PersonalDataSection export(PersonRef person) {
        PersonalDataSection section = PersonalDataSection.of(feature());
        for (RegisteredPerson entry : entries(person)) {
            long id = entry.getId();
            section.add("registerEntry", "id", id, "name", entry.getName(), "email", entry.getEmail(),
                    "userId", entry.getUserId(), "expert", entry.isExpert(), "offersMentoring",
                    entry.isOffersMentoring(), "offersBuddy", entry.isOffersBuddy(), "supervisor", entry.isSupervisor(),
                    "startDate", entry.getStartDate(), "team", entry.getTeam(), "themes", entry.getThemes(),
                    "employment", entry.getEmployment(), "hoursPerWeek", entry.getHoursPerWeek(),
                    "seniority", entry.getSeniority(), "capacity", entry.getCapacity(),
                    "available", entry.isAvailable(), "availabilityNote", entry.getAvailabilityNote(),
                    "leftOn", entry.getLeftOn());
            PersonalNotes notes = entityManager.find(PersonalNotes.class, id);
            if (notes != null) {
                section.add("personalNotes", "personId", id, "personalSituation", notes.getPersonalSituation(),
                        "wellbeingNotes", notes.getWellbeingNotes());
            }
            for (Mentorship m : mentorships(id)) {
                section.add("mentorship", "id", m.getId(), "expertId", m.getExpertId(), "supporterId",
                        m.getSupporterId(), "kind", m.getKind(), "status", m.getStatus(), "proposedAt",
                        m.getProposedAt(), "suggestionReasons", m.getSuggestionReasons(), "overrideReason",
                        m.getOverrideReason(), "declineReason", m.getDeclineReason(), "startedOn", m.getStartedOn(),
                        "endedOn", m.getEndedOn(), "endReason", m.getEndReason(), "rhythm", m.getRhythm());
            }
            for (CheckIn c : checkIns(id)) {
                section.add("checkIn", "mentorshipId", c.getMentorshipId(), "heldOn", c.getHeldOn(), "form",
                        c.getForm(), "topics", c.getTopics(), "goal", c.getGoal(), "agreedActions",
                        c.getAgreedActions(), "notes", c.getNotes());
            }
            for (GrowthGoal g : of(GrowthGoal.class, id)) {
                section.add("growthGoal", "position", g.getPosition(), "goal", g.getGoal(), "actions", g.getActions(),
                        "reviewOn", g.getReviewOn(), "lastReviewedOn", g.getLastReviewedOn(), "status", g.getStatus());
            }
            for (OnboardingTask t : of(OnboardingTask.class, id)) {
                section.add("onboardingTask", "position", t.getPosition(), "title", t.getTitle(), "owner",
                        t.getOwner(), "dueOn", t.getDueOn(), "status", t.getStatus(), "doneOn", t.getDoneOn());
            }
            for (IntervisionGroup g : intervisionGroups(id)) {
                section.add("intervisionGroup", "name", g.getName(), "facilitator", id == nullToZero(
                        g.getFacilitatorId()), "member", g.getMemberIds().contains(id), "endedOn", g.getEndedOn());
            }
            for (SupervisionArrangement s : supervisions(id)) {
                section.add("supervision", "expertId", s.getExpertId(), "supervisorId", s.getSupervisorId(),
                        "focus", s.getFocus(), "nextSessionAt", s.getNextSessionAt(), "endedOn", s.getEndedOn());
            }
        }
        return section;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (RegisteredPerson entry : entries(person)) {
            long id = entry.getId();
            for (String sensitive : List.of("PersonalNotes", "GrowthGoal", "OnboardingTask")) {
                changed += entityManager.createQuery("delete from " + sensitive + " e where e.personId = :id")
                        .setParameter("id", id).executeUpdate();
            }
            for (CheckIn checkIn : checkIns(id)) {
                entityManager.remove(checkIn);
                changed++;
            }
            for (Mentorship mentorship : mentorships(id)) {
                mentorship.forgetReasons();
                changed++;
            }
            entry.erase(person.pseudonym(), time.today());
            changed++;
        }
        return changed;
    }

    /** After the pool, which finds its profile of the person through their register entry. */
    @Override
    public int erasureOrder() {
        return 10;
    }

    private List<RegisteredPerson> entries(PersonRef person) {
        return people.entriesOf(person);
    }

    private List<Mentorship> mentorships(long id) {
        return entityManager.createQuery("select m from Mentorship m where m.expertId = :id or m.supporterId = :id"
                + " order by m.id", Mentorship.class).setParameter("id", id).getResultList();
    }

    /** Only the check-ins of the person's own support: those are about them. */
    private List<CheckIn> checkIns(long expertId) {
        return entityManager.createQuery("select c from CheckIn c where c.mentorshipId in (select m.id from"
                + " Mentorship m where m.expertId = :id) order by c.heldOn", CheckIn.class)
                .setParameter("id", expertId).getResultList();
    }

    private <T> List<T> of(Class<T> type, long personId) {
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.personId = :id"
                + " order by e.position", type).setParameter("id", personId).getResultList();
    }

    private List<IntervisionGroup> intervisionGroups(long id) {
        return entityManager.createQuery("select distinct g from IntervisionGroup g left join g.memberIds member"
                + " where member = :id or g.facilitatorId = :id", IntervisionGroup.class)
                .setParameter("id", id).getResultList();
    }

    private List<SupervisionArrangement> supervisions(long id) {
        return entityManager.createQuery("select s from SupervisionArrangement s where s.expertId = :id"
                + " or s.supervisorId = :id", SupervisionArrangement.class).setParameter("id", id).getResultList();
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }
}
