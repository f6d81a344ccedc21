package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shares against the demo key (seed 003): hours are written in 2090, a year no other test uses, so the sums are this
 * test's own.
 */
@DatabaseTest
class FairShareServiceTest {

    static final PoolPeriod FIRST_HALF_2090 = new PoolPeriod(2090, 1);

    @Autowired
    FairShareService shares;
    @Autowired
    PoolPartnerRepository partners;
    @Autowired
    PoolExpertRepository experts;
    @Autowired
    DeploymentRequestRepository requests;
    @Autowired
    DeploymentRepository deployments;
    @Autowired
    RealisedHoursRepository hours;
    @Autowired
    AgreedDeviationRepository agreed;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    long partner(String name) {
        return partners.findAllByOrderByNameAsc().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    /** {@code weeks} weeks of {@code perWeek} hours in {@code partner} from the first Monday of 2090. */
    void worked(String partner, int weeks, int perWeek) {
        transaction.executeWithoutResult(s -> {
            PoolExpert expert = experts.save(new PoolExpert(-System.nanoTime()));
            DeploymentRequest request = new DeploymentRequest(partner(partner), 1);
            request.describe(ExperienceTheme.VERSLAVING, PoolRole.ONE_ON_ONE, "Centrum", weeks * perWeek,
                    LocalDate.of(2090, 1, 2), LocalDate.of(2090, 6, 30), "", null);
            request = requests.save(request);
            Deployment deployment = deployments.save(new Deployment(request.getId(), request.getPartnerId(),
                    expert.getId(), perWeek, request.getStartsOn(), request.getEndsOn(), ""));
            for (int week = 0; week < weeks; week++) {
                RealisedHours realised = new RealisedHours(deployment, LocalDate.of(2090, 1, 2).plusWeeks(week));
                realised.record(BigDecimal.valueOf(perWeek), 2, ExperienceTheme.VERSLAVING);
                hours.save(realised);
            }
        });
    }

    Map<String, FairShareService.PartnerShare> byName(FairShareService.Shares result) {
        return result.partners().stream().collect(Collectors.toMap(FairShareService.PartnerShare::partnerName,
                p -> p));
    }

    @Test
    void shares_follow_the_realised_hours_and_flag_what_strays_from_the_key_unless_it_was_agreed() {
        // Venlo (key 28.47 %) 30 of 100 hours: within 5 points; Weert (13.81 %) 70 of 100: far above
        worked("Venlo", 3, 10);
        worked("Weert", 7, 10);
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);

        var result = byName(shares.shares(FIRST_HALF_2090, LocalDate.of(2090, 12, 31)));
        assertThat(result.get("Venlo").realisedPercentage()).isEqualByComparingTo("30.00");
        assertThat(result.get("Venlo").keyPercentage()).isEqualByComparingTo("28.47");
        assertThat(result.get("Venlo").flagged()).isFalse();
        assertThat(result.get("Weert").realisedPercentage()).isEqualByComparingTo("70.00");
        assertThat(result.get("Weert").deviation()).isEqualByComparingTo("56.19");
        assertThat(result.get("Weert").needsAttention()).isTrue();
        assertThat(result.get("Beesel").hours()).isEqualByComparingTo("0");
        assertThat(result.get("Beesel").flagged()).as("0 % against 0.78 % is within the threshold").isFalse();
        assertThat(result).hasSize(14);

        agreed.save(new AgreedDeviation(partner("Weert"), FIRST_HALF_2090, "Reële vraag leidend: pilot inloop", 1,
                LocalDate.of(2090, 3, 1)));
        var afterAgreement = byName(shares.shares(FIRST_HALF_2090, LocalDate.of(2090, 12, 31))).get("Weert");
        assertThat(afterAgreement.flagged()).isTrue();
        assertThat(afterAgreement.agreed()).isTrue();
        assertThat(afterAgreement.needsAttention()).isFalse();
        assertThat(afterAgreement.agreedReason()).isEqualTo("Reële vraag leidend: pilot inloop");

        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        var contactSees = shares.shares(FIRST_HALF_2090, LocalDate.of(2090, 12, 31));
        assertThat(contactSees.partners()).extracting(FairShareService.PartnerShare::partnerName)
                .containsExactly("Venlo");
        assertThat(contactSees.partners().getFirst().realisedPercentage()).isEqualByComparingTo("30.00");
    }
}
