package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.traject.StartingPoint;
import nl.kwartiermaker.traject.Traject;
import nl.kwartiermaker.traject.TrajectForm;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.context.ApplicationContext;

/** A traject with a project lead and a member, and rounds answered through group links, for scan tests. */
public final class ScanFixture {

    public final ScanRoundService rounds;
    public final ScanAnsweringService answering;
    public final ScanResultsService results;
    public final UserAccount lead;
    public final UserAccount member;
    public final Traject traject;
    private final MutableClock clock;
    private final SealedRoundResults sealedResults;

    public ScanFixture(ApplicationContext context) {
        this(context, null);
    }

    /** With a project lead of its own ({@code leadEmail}), for tests that count everything asked of the lead. */
    public ScanFixture(ApplicationContext context, String leadEmail) {
        this.rounds = context.getBean(ScanRoundService.class);
        this.answering = context.getBean(ScanAnsweringService.class);
        this.results = context.getBean(ScanResultsService.class);
        this.clock = context.getBean(MutableClock.class);
        this.sealedResults = context.getBean(SealedRoundResults.class);
        TrajectService trajecten = context.getBean(TrajectService.class);
        UserService users = context.getBean(UserService.class);
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        lead = leadEmail == null ? TestAccounts.withRole(users, Role.PROJECTLEIDER) : users.create(
                new UserService.NewUser(leadEmail, "Projectleider " + leadEmail, EnumSet.of(Role.PROJECTLEIDER),
                        "een lang wachtwoord"));
        member = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(lead);
        traject = trajecten.create(new TrajectForm("Scan " + UUID.randomUUID().toString().substring(0, 8), "Team",
                StartingPoint.DROOM, "", EnumSet.of(Domain.BELEID), EnumSet.of(ExpertRole.ONDERZOEKER), lead.id(),
                today(), false, "", 2, "Leiding", "Senior", false, Set.of(member.id())));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    public ScanRound round(RespondentGroup... groups) {
        return rounds.createRound(traject.getId(), new RoundForm("Nulmeting", today(), today().plusWeeks(2),
                Set.of(groups), null));
    }

    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    public List<ScanQuestion> statements(long roundId) {
        return rounds.questions(roundId).stream().filter(q -> !q.isOpenQuestion()).toList();
    }

    /**
     * A respondent with one consistent opinion: every statement scores {@code score}, so negatively worded ones are
     * answered 6 - score; {@code overrides} (by question key) are given as answered.
     */
    public Map<Long, AnswerValue> answers(long roundId, int score, Map<String, AnswerValue> overrides) {
        Map<Long, AnswerValue> answers = new HashMap<>();
        for (ScanQuestion question : rounds.questions(roundId)) {
            AnswerValue override = overrides.get(question.getQuestionKey());
            if (override != null) {
                answers.put(question.getId(), override);
            } else if (!question.isOpenQuestion()) {
                answers.put(question.getId(), AnswerValue.score(question.isReverseScored() ? 6 - score : score));
            }
        }
        return answers;
    }

    /** {@code count} people of a group answer every statement with {@code score}, through one group link. */
    public void respond(long roundId, RespondentGroup group, int count, int score, Map<String, AnswerValue> overrides) {
        String token = token(rounds.createGroupLink(roundId, group));
        Map<Long, AnswerValue> answers = answers(roundId, score, overrides);
        for (int i = 0; i < count; i++) {
            answering.submit(token, answers);
        }
    }

    /** Closes the round (as whoever is signed in), which seals it, and returns its released results. */
    public ScanResults close(ScanRound round) {
        rounds.close(round.getId(), round.getVersion());
        return results.results(round.getId());
    }

    /**
     * After a test changed a sealed round's answers in the database (its clean-up): the results the portal kept of
     * it would otherwise be shown to every later test of this context, and the backup drill found them differ from
     * those of a restored copy.
     */
    public void forgetResultsOf(long roundId) {
        sealedResults.forget(roundId);
    }
}
