package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.decision.DecisionRecorded;
import nl.kwartiermaker.decision.Outcome;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Everyone involved in a decision hears of it, and finding them costs the same for one person as for many. */
@DatabaseTest
class DecisionNotificationsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserService users;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<String> selectsToNotify(Set<Long> involved) {
        return StatementCounter.statementsOf(() -> new TransactionTemplate(transactions).executeWithoutResult(tx ->
                events.publishEvent(new DecisionRecorded(1, 1, "Proef", Outcome.GO, LocalDate.of(2026, 1, 5), null,
                        involved)))).stream().filter(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("select"))
                .toList();
    }

    @Test
    void notifying_four_people_reads_as_many_statements_as_notifying_one() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        List<Long> demo = List.of("projectleider@demo.nl", "hr@demo.nl", "coordinator@demo.nl", "medewerker@demo.nl")
                .stream().map(email -> users.findByEmail(email).orElseThrow().id()).toList();

        List<String> one = selectsToNotify(Set.of(demo.getFirst()));
        List<String> four = selectsToNotify(demo.stream().collect(Collectors.toSet()));

        assertThat(four).hasSameSizeAs(one);
    }
}
