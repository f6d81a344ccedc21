package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.traject.DemoTrajecten;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A closed baseline round for the demo traject that recorded a "go", answered through group links by 29 made-up
 * respondents, so the results page and the decision page have something to show. It is the first round in a new
 * database (id 1), which the benchmark opens. The directie group stays under the threshold on purpose: the page then
 * shows how a small group, and the next smallest with it, is hidden.
 */
@Component
@Profile("demo")
@Order(50)
class DemoReadiness implements ApplicationRunner {

    private static final Map<String, double[]> OPINIONS = new HashMap<>();

    static {
        // per theme: medewerkers, management, directie/bestuur, ervaringsdeskundigen (1 weak … 5 strong)
        OPINIONS.put("kennis", new double[] {2.3, 3.4, 3.0, 4.2});
        OPINIONS.put("rollen", new double[] {2.1, 3.0, 2.8, 4.0});
        OPINIONS.put("samenwerking", new double[] {2.7, 3.1, 3.0, 3.0});
        OPINIONS.put("houding", new double[] {3.4, 4.3, 4.0, 3.6});
        OPINIONS.put("vormen", new double[] {3.1, 3.6, 3.5, 3.9});
        OPINIONS.put("verwachtingen", new double[] {3.6, 4.1, 4.2, 4.4});
        OPINIONS.put("waarden", new double[] {3.3, 3.9, 3.8, 2.9});
        OPINIONS.put("financien", new double[] {2.9, 2.4, 2.2, 2.6});
        OPINIONS.put("opdrachtgever", new double[] {3.0, 3.5, 3.9, 3.1});
        OPINIONS.put("veranderklimaat", new double[] {2.8, 3.7, 3.6, 3.0});
    }

    private static final List<String> OPEN_ANSWERS = List.of(
            "Ervaringsdeskundigen kunnen helpen bij de intake, daar voelen cliënten zich vaak niet gehoord.",
            "Zorg eerst dat we weten wat een ervaringsdeskundige wel en niet doet.",
            "Ik ben bang dat het erbij komt terwijl de werkdruk al hoog is.",
            "Begin met één team en laat zien wat het oplevert.",
            "Betrek de cliëntenraad vanaf het begin.",
            "Maak duidelijk wie de ervaringsdeskundigen begeleidt.");

    private final QuestionnaireLibraryService library;
    private final ScanRoundService scans;
    private final ScanAnsweringService answering;
    private final ScanRoundRepository rounds;
    private final DemoTrajecten demoTrajecten;
    private final PortalTime time;

    DemoReadiness(QuestionnaireLibraryService library, ScanRoundService scans, ScanAnsweringService answering,
                  ScanRoundRepository rounds, DemoTrajecten demoTrajecten, PortalTime time) {
        this.library = library;
        this.scans = scans;
        this.answering = answering;
        this.rounds = rounds;
        this.demoTrajecten = demoTrajecten;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> {
            if (library.templateLibrary().isEmpty()) {
                createOwnQuestionnaire();
            }
        });
        if (rounds.count() > 0) {
            return;
        }
        demoTrajecten.idOf(DemoTrajecten.Demo.STARTED).ifPresent(id -> RunAs.run("beheerder@demo.nl", Role.BEHEERDER,
                () -> createBaseline(id)));
    }

    /**
     * The organisation's own version of the questionnaire (id 1 in a new database, opened by the benchmark and the
     * accessibility check): worded for a polyclinic, with a statement of its own, and without the statement about the
     * conditions of the municipality, which a hospital department does not deal with directly.
     */
    private void createOwnQuestionnaire() {
        OrganisationTemplate copy = library.copyTemplate(null, "Gereedheidsscan polikliniek");
        TemplateContent content = library.template(copy.getId());
        List<TemplateQuestion> adapted = new java.util.ArrayList<>();
        for (TemplateQuestion question : content.questions()) {
            if (question.questionKey().equals("samenwerking.al-gewerkt")) {
                adapted.add(question.withText("Op onze polikliniek heb ik al eens samengewerkt met een "
                        + "ervaringsdeskundige.", question.reverse()));
            } else if (!question.questionKey().equals("opdrachtgever.voorwaarden")) {
                adapted.add(question);
            }
        }
        adapted.add(TemplateQuestion.ownStatement("samenwerking", "", "Ik weet bij wie ik terechtkan als ik een "
                + "patiënt in contact wil brengen met een ervaringsdeskundige.", false));
        library.saveTemplate(copy.getId(), content.version(), copy.getName(), adapted);
    }

    private void createBaseline(long trajectId) {
        LocalDate today = time.today();
        Map<RespondentGroup, Integer> respondents = new EnumMap<>(RespondentGroup.class);
        respondents.put(RespondentGroup.MEDEWERKERS, 14);
        respondents.put(RespondentGroup.MANAGEMENT, 7);
        respondents.put(RespondentGroup.DIRECTIE_BESTUUR, 3);
        respondents.put(RespondentGroup.ERVARINGSDESKUNDIGEN, 5);
        ScanRound round = scans.createRound(trajectId, new RoundForm("Nulmeting polikliniek", today.minusWeeks(10),
                today, EnumSet.copyOf(respondents.keySet()), null));
        List<ScanQuestion> questions = scans.questions(round.getId());
        Random random = new Random(2024);
        int opinionIndex = 0;
        for (Map.Entry<RespondentGroup, Integer> group : respondents.entrySet()) {
            int column = switch (group.getKey()) {
                case MEDEWERKERS -> 0;
                case MANAGEMENT -> 1;
                case DIRECTIE_BESTUUR -> 2;
                default -> 3;
            };
            String token = ScanLinks.token(scans.createGroupLink(round.getId(), group.getKey()));
            for (int person = 0; person < group.getValue(); person++) {
                double mood = random.nextGaussian() * 0.4;
                Map<Long, AnswerValue> answers = new HashMap<>();
                for (ScanQuestion question : questions) {
                    if (question.isOpenQuestion()) {
                        if (random.nextInt(3) == 0) {
                            answers.put(question.getId(), AnswerValue.text(
                                    OPEN_ANSWERS.get(opinionIndex++ % OPEN_ANSWERS.size())));
                        }
                        continue;
                    }
                    if (random.nextInt(20) == 0) {
                        answers.put(question.getId(), AnswerValue.score(AnswerValue.DONT_KNOW));
                        continue;
                    }
                    double base = OPINIONS.getOrDefault(question.getThemeKey(), new double[] {3, 3, 3, 3})[column];
                    int score = (int) Math.round(Math.max(1, Math.min(5, base + mood + random.nextGaussian() * 0.7)));
                    answers.put(question.getId(), AnswerValue.score(question.isReverseScored() ? 6 - score : score));
                }
                answering.submit(token, answers);
            }
        }
        ScanRound saved = rounds.findById(round.getId()).orElseThrow();
        scans.close(saved.getId(), saved.getVersion());
    }
}
