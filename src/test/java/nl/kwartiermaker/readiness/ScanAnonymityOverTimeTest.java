package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What someone with the project lead's view can learn by watching a round's results over time, and what the database
 * keeps of the order in which people answered (issue 10, decision 0005). Runs on H2 and on MariaDB.
 */
@DatabaseTest
class ScanAnonymityOverTimeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    ScanFixture fixture;

    @BeforeEach
    void traject() {
        fixture = new ScanFixture(context);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void watching_the_results_of_an_open_round_while_a_small_group_answers_reveals_none_of_its_answers() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 4,
                Map.of("open.tip", AnswerValue.text("Van een medewerker")));
        ScanResults before = fixture.results.resultsPage(round.getId()).results();

        fixture.respond(round.getId(), RespondentGroup.MANAGEMENT, 4, 1,
                Map.of("open.tip", AnswerValue.text("Van het management")));
        ScanResults after = fixture.results.resultsPage(round.getId()).results();

        for (ScanResults view : List.of(before, after)) {
            assertThat(view.released()).isFalse();
            assertThat(view.themes()).isEmpty();
            assertThat(view.statements()).isEmpty();
            assertThat(view.gaps()).isEmpty();
            assertThat(view.advice()).isEmpty();
            assertThat(view.openAnswers()).isEmpty();
            assertThat(view.totalsShown()).isFalse();
        }
        // between the two views only the number of responses per group changed
        assertThat(after).usingRecursiveComparison().ignoringFields("groups", "totalResponses").isEqualTo(before);
        assertThat(after.groups()).extracting(ScanResults.GroupResponse::responses).containsExactly(5L, 4L);
        assertThatThrownBy(() -> fixture.results.pdf(round.getId(), Locale.of("nl"))).isInstanceOf(InvalidInput.class)
                .hasMessage("scan.error.results.notreleased");
        assertThatThrownBy(() -> fixture.results.csv(round.getId(), Locale.of("nl"))).isInstanceOf(InvalidInput.class)
                .hasMessage("scan.error.results.notreleased");
        assertThat(fixture.results.latestClosedRound(fixture.traject.getId())).isEmpty();

        ScanResults closed = fixture.close(round);

        assertThat(closed.released()).isTrue();
        // five medewerkers protect four managers: no group is shown, only the nine together
        assertThat(closed.groups()).extracting(ScanResults.GroupResponse::visibility).containsExactly(
                GroupThreshold.Visibility.PROTECTS_ANOTHER, GroupThreshold.Visibility.TOO_FEW);
        assertThat(closed.themes()).allSatisfy(t -> assertThat(t.byGroup()).isEmpty());
        assertThat(closed.openAnswers()).isEmpty();
        assertThat(closed.totalResponses()).isEqualTo(9);
    }

    @Test
    void a_round_closed_by_its_date_is_sealed_by_its_first_reader_and_never_takes_or_shows_another_answer() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        String link = fixture.rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS);
        Map<Long, AnswerValue> answers = fixture.answers(round.getId(), 3, Map.of());
        for (int i = 0; i < 6; i++) {
            fixture.answering.submit(ScanFixture.token(link), answers);
        }
        clock.advance(Duration.ofDays(15));
        try {
            ScanResults first = fixture.results.results(round.getId());

            assertThat(first.released()).isTrue();
            assertThat(first.closedOn()).isEqualTo(round.getClosesOn());
            assertThat(jdbc.queryForObject("select sealed from scan_round where id = ?", Boolean.class,
                    round.getId())).isTrue();
            assertThatThrownBy(() -> fixture.answering.submit(ScanFixture.token(link), answers))
                    .isInstanceOf(InvalidInput.class).hasMessage("scan.link.closed");
            clock.advance(Duration.ofDays(30));
            assertThat(fixture.results.results(round.getId())).usingRecursiveComparison().isEqualTo(first);
        } finally {
            clock.reset();
        }
        // even with the clock back before the closing date, a sealed round stays closed
        assertThat(fixture.answering.questionnaire(ScanFixture.token(link)).state())
                .isEqualTo(Questionnaire.LinkState.CLOSED);
    }

    @Test
    void an_answer_being_submitted_while_the_lead_closes_the_round_is_waited_for_and_counted_before_results_appear()
            throws Exception {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
        fixture.respond(round.getId(), RespondentGroup.MEDEWERKERS, 5, 3, Map.of());
        String late = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        Map<Long, AnswerValue> answers = fixture.answers(round.getId(), 3, Map.of());
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        TransactionTemplate respondentTransaction = new TransactionTemplate(transactions);

        CompletableFuture<Void> respondent = CompletableFuture.runAsync(() -> respondentTransaction
                .executeWithoutResult(tx -> {
                    fixture.answering.submit(late, answers);
                    written.countDown();
                    await(commit);
                }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ScanResults> closing = CompletableFuture.supplyAsync(() -> {
            TestAccounts.signInAs(fixture.lead);
            try {
                return fixture.close(round);
            } finally {
                SignedIn.nobody();
            }
        });
        Thread.sleep(300);
        assertThat(closing).isNotDone();
        commit.countDown();
        respondent.get(10, TimeUnit.SECONDS);

        ScanResults released = closing.get(10, TimeUnit.SECONDS);

        assertThat(released.totalResponses()).isEqualTo(6);
        assertThat(fixture.results.results(round.getId()).totalResponses()).isEqualTo(6);
        assertThatThrownBy(() -> fixture.answering.submit(late, answers)).isInstanceOf(InvalidInput.class)
                .hasMessage("scan.link.closed");
    }

    @Test
    void once_sealed_no_storage_order_tells_in_which_order_people_answered() {
        ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT);
        String staff = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
        String managers = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(),
                RespondentGroup.MANAGEMENT));
        List<String> submitted = new ArrayList<>();
        for (int i = 10; i < 30; i++) {
            String marker = "antwoord " + i;
            submitted.add(marker);
            fixture.answering.submit(i < 20 ? staff : managers, fixture.answers(round.getId(), 3,
                    Map.of("open.tip", AnswerValue.text(marker))));
        }
        List<String> beforeSealing = storageOrder(round);
        List<String> keysBeforeSealing = responseKeys(round);
        if (isH2()) {
            assertThat(beforeSealing).as("on H2 the row order is the order of answering, until sealed")
                    .isEqualTo(submitted);
        }

        fixture.close(round);

        List<String> stored = storageOrder(round);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(submitted).isNotEqualTo(submitted)
                .isNotEqualTo(beforeSealing);
        assertThat(responseKeys(round)).hasSize(20).doesNotContainAnyElementsOf(keysBeforeSealing);
        assertThat(fixture.results.results(round.getId()).openAnswers()).extracting(ScanResults.OpenAnswer::text)
                .containsExactlyInAnyOrderElementsOf(submitted);
    }

    private boolean isH2() {
        return "H2".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    private List<String> responseKeys(ScanRound round) {
        return jdbc.queryForList("select id from scan_response where round_id = ?", String.class, round.getId());
    }

    /**
     * The open answers in the order the database keeps their rows: H2's hidden row id (the order rows were written
     * in), MariaDB's clustered primary key (response key, question).
     */
    private List<String> storageOrder(ScanRound round) {
        String order = isH2() ? "a._rowid_" : "a.response_id, a.question_id";
        return jdbc.queryForList("select a.text from scan_answer a join scan_response r on r.id = a.response_id "
                + "where r.round_id = ? and a.text like 'antwoord %' order by " + order, String.class, round.getId());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
