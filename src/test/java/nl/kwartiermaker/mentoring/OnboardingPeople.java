package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One expert with their own account, their mentor and buddy (each with an account of this run only) and an unrelated
 * mentor, for the tests of the onboarding and growth plans, also from {@code mentoring.ui}, which cannot reach the
 * register's package-private fixture. A mentor's account is found by their one register entry, so every run makes
 * new accounts. Leaves nobody signed in.
 */
@Component
public class OnboardingPeople {

    public record People(long expertId, RegisteredPerson expert, UserAccount expertAccount, UserAccount mentor,
                         UserAccount buddy, UserAccount otherMentor) {
    }

    private final MentoringFixture fixture;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final RegisteredPersonRepository people;

    OnboardingPeople(MentoringFixture fixture, UserService users, ApplicationEventPublisher events,
                     RegisteredPersonRepository people) {
        this.fixture = fixture;
        this.users = users;
        this.events = events;
        this.people = people;
    }

    /** An expert who starts on {@code startDate} (may be null), with an active mentor and buddy. */
    public People expertWithMentorAndBuddy(LocalDate startDate) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        UserAccount expertAccount = account("expert-" + run, Role.ERVARINGSDESKUNDIGE);
        UserAccount mentor = account("mentor-" + run, Role.MENTOR);
        UserAccount buddy = account("buddy-" + run, Role.ERVARINGSDESKUNDIGE);
        UserAccount otherMentor = account("andere-mentor-" + run, Role.MENTOR);
        RegisteredPerson expert = fixture.expert(expertAccount.id(), "Team " + run, startDate,
                EnumSet.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE));
        // a running mentorship always has a start, also for an expert whose own start date is not known yet
        LocalDate since = startDate == null ? LocalDate.now() : startDate;
        fixture.active(expert, supporter(mentor, true, false), SupportKind.MENTOR, since);
        fixture.active(expert, supporter(buddy, false, true), SupportKind.BUDDY, since);
        supporter(otherMentor, true, false);
        SignedIn.nobody();
        return new People(expert.getId(), expert, expertAccount, mentor, buddy, otherMentor);
    }

    /** The register says someone became an expert, in its own transaction as the register's service would. */
    @Transactional
    public void registered(long personId) {
        events.publishEvent(new ExpertRegistered(personId));
    }

    @Transactional
    public void setStartDate(long personId, LocalDate startDate) {
        people.findById(personId).orElseThrow().setStartDate(startDate);
    }

    private RegisteredPerson supporter(UserAccount account, boolean mentor, boolean buddy) {
        return fixture.supporter(account.id(), mentor, buddy, buddy, "Team", 3, Seniority.SENIOR,
                Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE));
    }

    private UserAccount account(String name, Role role) {
        return users.create(new UserService.NewUser(name + "@test.nl", name, EnumSet.of(role), "een lang wachtwoord"));
    }
}
