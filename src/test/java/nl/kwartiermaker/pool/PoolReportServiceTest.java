package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.AuditLines;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The half-yearly reports on the demo pool (seed 003's key), with work in 2097 and 2098 only: each test clears those
 * years first and moves the clock past them, since a report is finalised after its half-year.
 */
@DatabaseTest
class PoolReportServiceTest {

    static final Locale DUTCH = Locale.of("nl");
    static final PoolPeriod H1_2097 = new PoolPeriod(2097, 1);
    static final PoolPeriod H2_2097 = new PoolPeriod(2097, 2);
    static final PoolPeriod H1_2098 = new PoolPeriod(2098, 1);
    static final LocalDate AFTERWARDS = LocalDate.of(2099, 1, 12);

    @Autowired
    PoolReportService reports;
    @Autowired
    FairShareService fairShare;
    @Autowired
    PoolReportFixture pool;
    @Autowired
    PoolReportTasks tasks;
    @Autowired
    DistributionKeyRepository keys;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTestYearsAsCoordinator() {
        pool.clear();
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    void contact() {
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
    }

    PoolReport finalised(String partner, PoolPeriod period) {
        PoolReport report = reports.start(partner == null ? null : pool.partner(partner), period);
        return reports.finalise(report.getId(), report.getVersion(), new PoolReportTexts("Meerwaarde " + partner,
                "Trends", "Overig"), DUTCH);
    }

    @Test
    void the_figures_are_the_planning_s_shares_and_residents_reached_per_theme() {
        LocalDate january = PoolReportFixture.monday(LocalDate.of(2097, 1, 1));
        pool.worked("Venlo", ExperienceTheme.VERSLAVING, PoolRole.ONE_ON_ONE, "Venlo-Noord", january, 3, "10", 2);
        pool.worked("Weert", ExperienceTheme.SCHULDEN_EN_ARMOEDE, PoolRole.TRAINER, "Weert", january, 7, "10.5", 3);
        pool.worked("Weert", ExperienceTheme.VERSLAVING, PoolRole.LOCAL_INITIATOR, "Inloop Weert",
                PoolReportFixture.monday(LocalDate.of(2097, 6, 22)), 1, "4", 1);
        pool.subAssignment(null, "Regionale training", LocalDate.of(2097, 2, 1), LocalDate.of(2097, 5, 31),
                LocalDate.of(2097, 3, 3), "Twee trainingen gegeven");
        pool.subAssignment("Weert", "Zelfregiegroep Weert", LocalDate.of(2097, 1, 1), LocalDate.of(2097, 12, 31),
                LocalDate.of(2097, 4, 1), "Groep draait zelfstandig");
        pool.activity("PSY-café", LocalDate.of(2097, 3, 1), null, Set.of(ExperienceTheme.PSYCHISCHE_KWETSBAARHEID));
        pool.today(AFTERWARDS);

        FairShareService.Shares planning = fairShare.shares(H1_2097, H1_2097.lastDay());
        PoolReportContent region = reports.open(reports.start(null, H1_2097).getId(), DUTCH).content();
        assertThat(region.poolHours()).isEqualByComparingTo(planning.totalHours()).isEqualByComparingTo("107.5");
        assertThat(region.partners()).hasSameSizeAs(planning.partners());
        Map<Long, FairShareService.PartnerShare> byPartner = planning.partners().stream()
                .collect(Collectors.toMap(FairShareService.PartnerShare::partnerId, s -> s));
        for (PoolReportContent.PartnerLine line : region.partners()) {
            FairShareService.PartnerShare share = byPartner.get(line.partnerId());
            assertThat(line.hours()).as(line.name()).isEqualByComparingTo(share.hours());
            assertThat(line.keyPercentage()).as(line.name()).isEqualByComparingTo(share.keyPercentage());
            assertThat(line.realisedPercentage()).as(line.name()).isEqualByComparingTo(share.realisedPercentage());
            assertThat(line.flagged()).as(line.name()).isEqualTo(share.flagged());
        }
        assertThat(region.themes()).extracting(t -> t.theme() + " " + t.residents())
                .containsExactly("SCHULDEN_EN_ARMOEDE 21", "VERSLAVING 7");
        assertThat(region.months()).hasSize(6);
        assertThat(region.months().stream().map(PoolReportContent.MonthLine::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("107.5");
        assertThat(region.months().getLast().hours()).as("the last week of June counts in June")
                .isEqualByComparingTo("4");
        assertThat(region.deployments()).extracting(PoolReportContent.DeploymentLine::place)
                .containsExactlyInAnyOrder("Venlo-Noord", "Weert", "Inloop Weert");
        assertThat(region.subAssignments()).extracting(PoolReportContent.SubAssignmentLine::title)
                .containsExactlyInAnyOrder("Regionale training", "Zelfregiegroep Weert");
        assertThat(region.activities()).extracting(PoolReportContent.ActivityLine::title).contains("PSY-café");
        assertThat(region.progress()).extracting(PoolReportContent.ProgressLine::note)
                .containsExactly("Twee trainingen gegeven", "Groep draait zelfstandig");

        PoolReportContent venlo = reports.open(reports.start(pool.partner("Venlo"), H1_2097).getId(), DUTCH)
                .content();
        assertThat(venlo.partners()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Venlo");
            assertThat(line.hours()).isEqualByComparingTo(byPartner.get(line.partnerId()).hours())
                    .isEqualByComparingTo("30");
            assertThat(line.realisedPercentage()).isEqualByComparingTo(byPartner.get(line.partnerId())
                    .realisedPercentage());
            assertThat(line.residents()).isEqualTo(6);
        });
        assertThat(venlo.poolHours()).as("the whole its share is part of").isEqualByComparingTo("107.5");
        assertThat(venlo.themes()).extracting(t -> t.theme() + " " + t.residents()).containsExactly("VERSLAVING 6");
        assertThat(venlo.deployments()).extracting(PoolReportContent.DeploymentLine::place)
                .containsExactly("Venlo-Noord");
        assertThat(venlo.subAssignments()).as("a regional sub-assignment serves Venlo too; Weert's is not Venlo's")
                .extracting(PoolReportContent.SubAssignmentLine::title).containsExactly("Regionale training");
        assertThat(venlo.progress()).extracting(PoolReportContent.ProgressLine::note)
                .containsExactly("Twee trainingen gegeven");
    }

    @Test
    void one_report_per_municipality_and_half_year_and_none_before_the_half_year_began() {
        pool.today(LocalDate.of(2097, 8, 1));
        reports.start(pool.partner("Venray"), H2_2097);
        assertThatThrownBy(() -> reports.start(pool.partner("Venray"), H2_2097)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.exists");
        reports.start(null, H2_2097);
        assertThatThrownBy(() -> reports.start(null, H2_2097)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.exists");
        assertThatThrownBy(() -> reports.start(null, H1_2098)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.future");
        assertThat(reports.halfYear(H2_2097)).filteredOn(line -> line.report() != null)
                .extracting(PoolReportService.ScopeLine::partnerName).containsExactly(null, "Venray");
    }

    @Test
    void a_finalised_report_never_changes_and_its_downloads_are_the_bytes_issued_even_after_hours_are_corrected() {
        LocalDate july = PoolReportFixture.monday(LocalDate.of(2097, 7, 1));
        long deployment = pool.worked("Weert", ExperienceTheme.DAKLOOSHEID, PoolRole.CONVERSATION_PARTNER, "Weert",
                july, 4, "8", 1);
        pool.today(LocalDate.of(2097, 12, 1));
        PoolReport started = reports.start(pool.partner("Weert"), H2_2097);
        PoolReport report = reports.write(started.getId(), started.getVersion(),
                new PoolReportTexts("Eerste tekst", "", ""));
        long draftVersion = report.getVersion();
        assertThatThrownBy(() -> reports.finalise(report.getId(), draftVersion, PoolReportTexts.none(), DUTCH))
                .as("the half-year has not ended").isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.not_ended");

        pool.today(LocalDate.of(2098, 1, 5));
        PoolReport issued = reports.finalise(report.getId(), draftVersion,
                new PoolReportTexts("Inwoners vonden sneller de weg", "Meer vragen over wonen", "Inloop gestart"),
                DUTCH);
        assertThat(issued.isFinal()).isTrue();
        assertThat(issued.getFinalisedBy()).isNotBlank();
        byte[] pdf = reports.download(issued.getId(), PoolReportService.Format.PDF, DUTCH).bytes();
        byte[] docx = reports.download(issued.getId(), PoolReportService.Format.DOCX, DUTCH).bytes();

        long version = issued.getVersion();
        assertThatThrownBy(() -> reports.write(issued.getId(), version, new PoolReportTexts("Anders", "", "")))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.final");
        assertThatThrownBy(() -> reports.finalise(issued.getId(), version, PoolReportTexts.none(), DUTCH))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.final");

        pool.correct(deployment, july, "20");
        assertThat(fairShare.shares(H2_2097, H2_2097.lastDay()).partners()).filteredOn(s -> s.partnerName()
                .equals("Weert")).singleElement().extracting(FairShareService.PartnerShare::hours)
                .as("the planning shows the correction").satisfies(h -> assertThat(h).isEqualByComparingTo("44"));
        PoolReportService.Opened reopened = reports.open(issued.getId(), DUTCH);
        assertThat(reopened.content().partners()).singleElement().extracting(PoolReportContent.PartnerLine::hours)
                .satisfies(h -> assertThat(h).isEqualByComparingTo("32"));
        assertThat(reopened.report().getAddedValue()).isEqualTo("Inwoners vonden sneller de weg");
        PoolReportService.ReportFile pdfAgain = reports.download(issued.getId(), PoolReportService.Format.PDF,
                Locale.ENGLISH);
        assertThat(pdfAgain.bytes()).as("exactly as issued, whoever asks in whatever language").isEqualTo(pdf);
        assertThat(pdfAgain.fileName()).isEqualTo("rapportage-weert-2097-2.pdf");
        assertThat(reports.download(issued.getId(), PoolReportService.Format.DOCX, DUTCH).bytes()).isEqualTo(docx);
    }

    @Test
    void a_stale_version_is_refused_so_nobody_overwrites_a_colleague_s_texts() {
        pool.today(AFTERWARDS);
        PoolReport report = reports.start(pool.partner("Gennep"), H1_2098);
        PoolReport saved = reports.write(report.getId(), report.getVersion(), new PoolReportTexts("Eerst", "", ""));
        assertThatThrownBy(() -> reports.write(report.getId(), report.getVersion(),
                new PoolReportTexts("Daarna", "", ""))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reports.write(report.getId(), saved.getVersion(),
                new PoolReportTexts("x".repeat(PoolReport.TEXT_MAX + 1), "", ""))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.reports.error.text");
    }

    @Test
    void a_contact_reads_only_finalised_reports_of_their_own_municipality_and_the_region() {
        pool.today(AFTERWARDS);
        PoolReport venlo = finalised("Venlo", H1_2098);
        PoolReport weert = finalised("Weert", H1_2098);
        PoolReport region = finalised(null, H1_2098);
        PoolReport draft = reports.start(pool.partner("Venlo"), new PoolPeriod(2098, 2));

        contact();
        assertThat(reports.finalised()).extracting(PoolReportService.Summary::id).contains(venlo.getId(),
                region.getId()).doesNotContain(weert.getId(), draft.getId());
        assertThat(reports.open(venlo.getId(), DUTCH).content().partners()).extracting(
                PoolReportContent.PartnerLine::name).containsExactly("Venlo");
        assertThat(reports.open(region.getId(), DUTCH).content().partnerId()).isNull();
        for (long hidden : List.of(weert.getId(), draft.getId(), -1L)) {
            assertThatThrownBy(() -> reports.open(hidden, DUTCH)).isInstanceOf(InvalidInput.class)
                    .hasFieldOrPropertyWithValue("messageKey", "pool.error.notfound");
            assertThatThrownBy(() -> reports.download(hidden, PoolReportService.Format.PDF, DUTCH))
                    .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "pool.error.notfound");
        }
        for (long hidden : List.of(weert.getId(), draft.getId())) {
            assertThat(AuditLines.about(jdbc, "EXPORT_DOWNLOADED", "pool-rapportage/" + hidden))
                    .as("a refused download is in the audit log").extracting(l -> l.get("actor") + " " + l.get("result"))
                    .containsExactly("gemeente@demo.nl DENIED");
        }
        reports.download(venlo.getId(), PoolReportService.Format.DOCX, DUTCH);
        var taken = AuditLines.about(jdbc, "EXPORT_DOWNLOADED", "pool-rapportage/" + venlo.getId() + " Venlo 2098-1 docx");
        assertThat(taken).extracting(l -> l.get("actor") + " " + l.get("result") + " " + l.get("detail"))
                .containsExactly("gemeente@demo.nl SUCCESS " + PoolReportService.AUDITED_AS);
        AuditLines.holdNone(taken, "Meerwaarde", "Trends");
        assertThatThrownBy(() -> reports.halfYear(H1_2098)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.start(pool.partner("Venlo"), H2_2097))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.write(draft.getId(), draft.getVersion(), PoolReportTexts.none()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void finalising_notifies_the_municipality_s_contacts_and_for_the_region_every_contact() {
        pool.today(AFTERWARDS);
        long contact = jdbc.queryForObject("select id from portal_user where email = 'gemeente@demo.nl'", Long.class);
        PoolReport weert = finalised("Weert", H1_2098);
        PoolReport venlo = finalised("Venlo", H1_2098);
        PoolReport region = finalised(null, H1_2098);
        assertThat(notified(contact, weert.getId())).as("Weert is not the contact's").isZero();
        assertThat(notified(contact, venlo.getId())).isOne();
        assertThat(notified(contact, region.getId())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'gemeente@demo.nl' "
                + "and subject like ?", Integer.class, "Halfjaarrapportage Venlo: eerste halfjaar 2098"))
                .isPositive();
    }

    int notified(long userId, long reportId) {
        return jdbc.queryForObject("select count(*) from notification where user_id = ? and link = ?",
                Integer.class, userId, PoolReportLinks.report(reportId));
    }

    @Test
    void the_coordinator_is_asked_for_the_reports_of_the_half_year_that_ended_until_all_are_finalised() {
        pool.today(AFTERWARDS);
        int expected = keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate.of(2098, 7, 1))
                .orElseThrow().getShares().size() + 1;
        PersonalTask task = tasks.mine().getFirst();
        assertThat(task.params()).containsExactly(2, "2098", 0L, (long) expected);
        assertThat(task.link()).isEqualTo("pool/rapportages?jaar=2098&half=2");

        finalised("Venlo", new PoolPeriod(2098, 2));
        assertThat(tasks.mine().getFirst().params()).containsExactly(2, "2098", 1L, (long) expected);

        contact();
        assertThat(tasks.mine()).isEmpty();
    }
}
