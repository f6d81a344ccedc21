package nl.kwartiermaker.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and mentorships in the register for tests outside this package (views, the access matrix), which cannot
 * reach {@link MentoringFixture} or the repositories. Each call makes new people with unique names.
 */
@Component
public class RegisterTestPeople {

    private final MentoringFixture fixture;
    private final RegisteredPersonRepository people;
    private final MentorshipRepository mentorships;

    RegisterTestPeople(MentoringFixture fixture, RegisteredPersonRepository people, MentorshipRepository mentorships) {
        this.fixture = fixture;
        this.people = people;
        this.mentorships = mentorships;
    }

    /** A paid expert who started a month before {@code today}, linked to {@code userId} if not null; their id. */
    public long expert(Long userId, String team, LocalDate today) {
        return fixture.expert(userId, team, today.minusMonths(1), Set.of(ExperienceTheme.VERSLAVING)).getId();
    }

    /** A mentor and buddy (an expert too) for at most three experts; their id. */
    public long supporter(Long userId) {
        return fixture.supporter(userId, true, true, true, "", 3, Seniority.EXPERIENCED, Set.of()).getId();
    }

    /** {@code supporterId} is {@code expertId}'s mentor since {@code startedOn}. */
    @Transactional
    public void activeMentor(long expertId, long supporterId, LocalDate startedOn) {
        fixture.active(people.findById(expertId).orElseThrow(), people.findById(supporterId).orElseThrow(),
                SupportKind.MENTOR, startedOn);
    }

    /** {@code supporterId} is asked to be {@code expertId}'s buddy and has not answered yet. */
    public void proposedBuddy(long expertId, long supporterId) {
        mentorships.save(new Mentorship(expertId, supporterId, SupportKind.BUDDY, Instant.now(), null));
    }

    /**
     * An expert whose page both accounts may open: the expert's own account, and the mentor's account as their
     * active mentor. Reuses the entries these accounts already have (the register reads a person's first active
     * entry), so that it holds however many tests linked them before.
     */
    @Transactional
    public long expertSeenBy(long expertUserId, long mentorUserId, LocalDate today) {
        RegisteredPerson expert = people.findFirstByUserIdAndLeftOnIsNull(expertUserId)
                .filter(RegisteredPerson::isExpert)
                .orElseGet(() -> fixture.expert(expertUserId, "Team " + UUID.randomUUID(), today, Set.of()));
        RegisteredPerson mentor = people.findFirstByUserIdAndLeftOnIsNull(mentorUserId)
                .orElseGet(() -> fixture.supporter(mentorUserId, true, false, false, "", 3, null, Set.of()));
        if (!mentorships.existsByExpertIdAndSupporterIdAndStatus(expert.getId(), mentor.getId(),
                MentorshipStatus.ACTIVE)) {
            fixture.active(expert, mentor, SupportKind.MENTOR, today);
        }
        return expert.getId();
    }
}
