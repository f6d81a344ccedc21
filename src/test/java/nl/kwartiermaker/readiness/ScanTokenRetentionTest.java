package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.RetentionJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class ScanTokenRetentionTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScanAnsweringService answering;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A round with a personal invitation and a group link, sealed {@code ago}; its group link's token. */
    record ClosedRound(ScanFixture fixture, ScanRound round, String groupToken) {
    }

    ClosedRound closed(Duration ago) {
        return clock.ago(ago, () -> {
            ScanFixture fixture = new ScanFixture(context);
            ScanRound round = fixture.round(RespondentGroup.MEDEWERKERS);
            fixture.rounds.invite(round.getId(), RespondentGroup.MEDEWERKERS, "collega@example.nl");
            String token = ScanFixture.token(fixture.rounds.createGroupLink(round.getId(), RespondentGroup.MEDEWERKERS));
            answering.submit(token, fixture.answers(round.getId(), 4, Map.of()));
            fixture.close(round);
            return new ClosedRound(fixture, round, token);
        });
    }

    List<Map<String, Object>> links(ClosedRound closed) {
        return jdbc.queryForList("select token_hash, email, link_nonce from scan_invitation where round_id = ?",
                closed.round().getId());
    }

    @Test
    void a_sealed_round_s_links_and_addresses_go_the_day_after_the_period_and_its_counts_stay() {
        Duration period = retention.periods().get("scan-tokens");
        ClosedRound outside = closed(period.plusDays(1));
        ClosedRound inside = closed(period);

        assertThat(retention.apply("scan-tokens")).isGreaterThanOrEqualTo(2);

        assertThat(links(outside)).as("the personal invitation and the group link").hasSize(2)
                .allSatisfy(i -> assertThat(i.values()).containsOnlyNulls());
        assertThat(answering.questionnaire(outside.groupToken()).state()).isEqualTo(Questionnaire.LinkState.UNKNOWN);
        assertThat(answering.questionnaire(inside.groupToken()).state()).as("still says the round has closed")
                .isEqualTo(Questionnaire.LinkState.CLOSED);
        assertThat(links(inside)).hasSize(2).allSatisfy(i -> assertThat(i.get("token_hash")).isNotNull());

        TestAccounts.signInAs(outside.fixture().lead);
        assertThat(outside.fixture().results.results(outside.round().getId()).groups()).singleElement()
                .satisfies(g -> {
                    assertThat(g.invited()).as("the invitation is still counted").isEqualTo(1);
                    assertThat(g.responses()).isEqualTo(1);
                });
    }
}
