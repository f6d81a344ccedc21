package nl.kwartiermaker.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.PoolPeriod;
import nl.kwartiermaker.pool.PoolReport;
import nl.kwartiermaker.pool.PoolReportFixture;
import nl.kwartiermaker.pool.PoolReportService;
import nl.kwartiermaker.pool.PoolReportTexts;
import nl.kwartiermaker.pool.PoolRole;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PoolReportViewsTest extends BrowserlessViewTest {

    static final PoolPeriod H1_2098 = new PoolPeriod(2098, 1);

    @Autowired
    PoolReportService reports;
    @Autowired
    PoolReportFixture pool;
    @Autowired
    UserService users;

    @BeforeEach
    void workInTheFirstHalfOf2098AsCoordinator() {
        pool.clear();
        pool.worked("Venlo", ExperienceTheme.VERSLAVING, PoolRole.ONE_ON_ONE, "Venlo-Noord",
                PoolReportFixture.monday(LocalDate.of(2098, 2, 1)), 4, "6", 2);
        pool.today(LocalDate.of(2099, 1, 12));
        coordinator();
    }

    void coordinator() {
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
    }

    PoolReport finalised(String partner) {
        PoolReport report = reports.start(partner == null ? null : pool.partner(partner), H1_2098);
        return reports.finalise(report.getId(), report.getVersion(), new PoolReportTexts("Meerwaarde", "", ""),
                Locale.of("nl"));
    }

    /** The list as a task's link opens it: at a half-year given in the address. */
    PoolReportsView atHalfYear(String year, String half) {
        UI.getCurrent().navigate("pool/rapportages", QueryParameters.simple(Map.of("jaar", year, "half", half)));
        return (PoolReportsView) getCurrentView();
    }

    List<String> lines() {
        return $(Anchor.class).all().stream().map(Anchor::getText).toList();
    }

    @Test
    void the_coordinator_sees_each_municipality_of_the_half_year_in_the_address_and_starts_a_missing_report() {
        PoolReportsView view = atHalfYear("2098", "1");
        assertThat(view.period.getValue()).isEqualTo(H1_2098);
        assertThat(view.getElement().getTextRecursively()).contains("Eerste halfjaar 2098",
                "Hele regio (alle gemeenten) nog niet gestart", "Venlo nog niet gestart");
        view.scope.setValue(view.scope.getListDataView().getItems()
                .filter(l -> "Venlo".equals(l.partnerName())).findFirst().orElseThrow());
        click(view.start);

        PoolReportView report = (PoolReportView) getCurrentView();
        assertThat($(H1.class).single().getText()).isEqualTo("Venlo: Eerste halfjaar 2098");
        assertThat(report.getElement().getTextRecursively()).contains("Concept", "Venlo-Noord",
                "a. Inzet per gemeente en bereikte inwoners per thema", "Uren per maand");
        assertThat($(DownloadLink.class).all()).extracting(DownloadLink::getText)
                .containsExactly("Concept als PDF", "Concept als Word-bestand");

        atHalfYear("2098", "1");
        assertThat(lines()).contains("Venlo");
    }

    @Test
    void the_coordinator_writes_parts_c_to_e_and_finalises_after_a_confirmation() {
        PoolReport draft = reports.start(pool.partner("Venlo"), H1_2098);
        PoolReportView view = navigate("pool/rapportages/" + draft.getId(), PoolReportView.class);
        view.addedValue.setValue("Inwoners vonden de weg naar de inloop");
        view.trends.setValue("Meer vragen over schulden");
        click(view.save);
        assertThat(notificationTexts()).contains("De teksten zijn opgeslagen.");
        assertThat(reports.open(draft.getId(), Locale.of("nl")).report().getTrends())
                .isEqualTo("Meer vragen over schulden");

        view.otherResults.setValue("Een zelfregiegroep gestart");
        click(view.finalise);
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        assertThat(confirmation.getElement().getProperty("message")).contains("Daarna kan niemand de rapportage");
        test(confirmation).confirm();

        assertThat(reports.open(draft.getId(), Locale.of("nl")).report().isFinal()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Vastgesteld op", "Een zelfregiegroep gestart",
                "Inwoners vonden de weg naar de inloop");
        assertThat($(TextArea.class).all()).as("a finalised report takes no more text").isEmpty();
        assertThat($(DownloadLink.class).all()).extracting(DownloadLink::getText)
                .containsExactly("PDF downloaden", "Word-bestand downloaden");
    }

    @Test
    void a_contact_reads_the_finalised_reports_of_their_municipality_and_the_region_and_nothing_else() {
        PoolReport venlo = finalised("Venlo");
        PoolReport region = finalised(null);
        PoolReport weert = finalised("Weert");
        PoolReport draft = reports.start(pool.partner("Venray"), H1_2098);

        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        PoolReportsView list = navigate("pool/rapportages", PoolReportsView.class);
        assertThat(list.period.isAttached()).as("a contact picks no half-year").isFalse();
        assertThat(lines()).contains("Venlo: Eerste halfjaar 2098",
                "Hele regio (alle gemeenten): Eerste halfjaar 2098").doesNotContain("Weert: Eerste halfjaar 2098");

        PoolReportView view = navigate("pool/rapportages/" + venlo.getId(), PoolReportView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Venlo-Noord", "Meerwaarde");
        assertThat($(TextArea.class).all()).isEmpty();
        assertThat($(DownloadLink.class).all()).hasSize(2);
        navigate("pool/rapportages/" + region.getId(), PoolReportView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Hele regio (alle gemeenten): Eerste halfjaar 2098");

        for (long hidden : List.of(weert.getId(), draft.getId())) {
            navigate("pool/rapportages/" + hidden, PoolReportView.class);
            assertThat($(H1.class).single().getText()).isEqualTo("Rapportage niet gevonden");
            assertThat($(DownloadLink.class).all()).isEmpty();
        }
    }

    @Test
    void a_contact_without_finalised_reports_is_told_when_they_come() {
        SignedIn.nobody();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        // this account speaks for no municipality yet, so no report is theirs
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.PARTNER_CONTACT));
        PoolReportsView view = navigate("pool/rapportages", PoolReportsView.class);
        assertThat($(Div.class).withClassName("note").single().getElement().getTextRecursively())
                .startsWith("Er is nog geen vastgestelde rapportage");
        assertThat(view.start.isAttached()).isFalse();
    }

    @Test
    void a_report_takes_the_same_statements_with_one_deployment_as_with_thirty() {
        pool.subAssignment("Venlo", "Herstelgroep", LocalDate.of(2098, 1, 1), LocalDate.of(2098, 6, 30),
                LocalDate.of(2098, 2, 1), "Gestart");
        PoolReport draft = reports.start(null, H1_2098);
        PoolReport issued = finalised("Venlo");
        String page = "pool/rapportages/" + draft.getId();
        List<String> few = statementsToOpen(page);
        for (int i = 0; i < 29; i++) {
            pool.worked(i % 2 == 0 ? "Venray" : "Venlo", ExperienceTheme.values()[i % ExperienceTheme.values().length],
                    PoolRole.TRAINER, "Plaats " + i, PoolReportFixture.monday(LocalDate.of(2098, 1, 1 + i)), 3, "2",
                    1);
        }
        pool.subAssignment("Venray", "Deelopdracht", LocalDate.of(2098, 1, 1), LocalDate.of(2098, 6, 30),
                LocalDate.of(2098, 3, 1), "Voortgang");
        // the report, the reader, the partners (twice: shares and names), then one statement per sum or list
        assertThat(statementsToOpen(page)).hasSize(few.size()).hasSize(17);
        // the report, the reader, the partner's name and the figures as issued (not the files); nothing is summed
        assertThat(statementsToOpen("pool/rapportages/" + issued.getId())).hasSize(4);
        // the first key's day, the half-year's reports and the partners
        assertThat(statementsToOpen("pool/rapportages")).hasSize(3);
    }
}
