package nl.kwartiermaker.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class SealedRoundResultsTest {

    private final SealedRoundResults kept = new SealedRoundResults();
    private final AtomicInteger computed = new AtomicInteger();

    private Supplier<ScanResults> computing() {
        return () -> {
            computed.incrementAndGet();
            return mock(ScanResults.class);
        };
    }

    private static ScanRound round(long id, Instant created, boolean sealed) {
        ScanRound round = new ScanRound(1, new RoundForm("Ronde", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19),
                Set.of(RespondentGroup.MEDEWERKERS), null), 2);
        ReflectionTestUtils.setField(round, "id", id);
        ReflectionTestUtils.setField(round, "createdAt", created);
        if (sealed) {
            round.seal();
        }
        return round;
    }

    @Test
    void a_sealed_rounds_results_are_computed_once_and_an_open_rounds_every_time() {
        Instant created = Instant.parse("2026-01-05T09:00:00Z");
        ScanResults first = kept.of(round(7, created, true), computing());
        assertThat(kept.of(round(7, created, true), computing())).isSameAs(first);
        assertThat(computed).hasValue(1);

        kept.of(round(8, created, false), computing());
        kept.of(round(8, created, false), computing());
        assertThat(computed).hasValue(3);
    }

    @Test
    void another_round_under_a_known_id_after_a_restore_gets_its_own_results() {
        ScanResults before = kept.of(round(7, Instant.parse("2026-01-05T09:00:00Z"), true), computing());
        ScanResults restored = kept.of(round(7, Instant.parse("2026-03-02T10:00:00Z"), true), computing());
        assertThat(restored).isNotSameAs(before);
        assertThat(computed).hasValue(2);
    }

    @Test
    void forgotten_results_are_computed_again() {
        Instant created = Instant.parse("2026-01-05T09:00:00Z");
        kept.of(round(7, created, true), computing());
        kept.forget(7);
        kept.of(round(7, created, true), computing());
        assertThat(computed).hasValue(2);
    }
}
