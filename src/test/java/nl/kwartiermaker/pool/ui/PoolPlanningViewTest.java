package nl.kwartiermaker.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.FairShareService.PartnerShare;
import nl.kwartiermaker.pool.PoolPeriod;
import nl.kwartiermaker.pool.PoolTestData;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The planning view in the second half of 2096, which only this class writes in (once, for all its tests): an expert in
 * Venlo (4 hours a week in September, 8 worked) and one in Weert (10 a week in September and October, 60 worked), so
 * Venlo has 11.76 % of the 68 hours against 28.47 % in the key and Weert 88.24 % against 13.81 %.
 */
class PoolPlanningViewTest extends BrowserlessViewTest {

    /** Nobody stays signed in for the next test class (one left signed in broke another class's Vaadin set-up). */
    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static final PoolPeriod SECOND_HALF = new PoolPeriod(2096, 2);
    static PoolTestData.Expert inVenlo;
    static PoolTestData.Expert inWeert;

    @Autowired
    PoolTestData pool;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void novemberOf2096() {
        LocalDate day = LocalDate.of(2096, 11, 16);
        pool.today(day);
        if (inVenlo == null) {
            inVenlo = pool.expert(day);
            inWeert = pool.expert(day);
            long venlo = pool.deployment("Venlo", inVenlo, ExperienceTheme.VERSLAVING, 4, LocalDate.of(2096, 9, 3),
                    LocalDate.of(2096, 9, 30));
            pool.worked(venlo, LocalDate.of(2096, 9, 3), "4", ExperienceTheme.VERSLAVING);
            pool.worked(venlo, LocalDate.of(2096, 9, 10), "4", ExperienceTheme.VERSLAVING);
            long weert = pool.deployment("Weert", inWeert, ExperienceTheme.JEUGDHULP, 10, LocalDate.of(2096, 9, 3),
                    LocalDate.of(2096, 10, 28));
            for (int week = 0; week < 6; week++) {
                pool.worked(weert, LocalDate.of(2096, 9, 3).plusWeeks(week), "10", ExperienceTheme.JEUGDHULP);
            }
        }
        SignedIn.as("poolcoordinator@demo.nl", Role.POOL_COORDINATOR);
    }

    @AfterEach
    void noAgreementLeft() {
        jdbc.update("delete from pool_agreed_deviation where period_year = 2096");
    }

    /** The planning with filters in the address, as a shared link opens it. */
    private PoolPlanningView open(Map<String, String> parameters) {
        UI.getCurrent().navigate("pool", QueryParameters.simple(parameters));
        return (PoolPlanningView) getCurrentView();
    }

    private static PartnerShare share(PoolPlanningView view, String name) {
        return view.shown.shares().partners().stream().filter(s -> s.partnerName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The experts in the hours' table, in its order. */
    private static List<String> rows(PoolPlanningView view) {
        return hoursTable(view).select("tbody th").eachText();
    }

    private static org.jsoup.nodes.Element hoursTable(PoolPlanningView view) {
        return Jsoup.parseBodyFragment(view.hours.getInnerHtml()).selectFirst("table");
    }

    /** The column headers of the hours: the expert, the months or weeks, the total. */
    private static List<String> columns(PoolPlanningView view) {
        return hoursTable(view).select("thead th").eachText();
    }

    /**
     * A cell of the hours, as a sighted person reads it: planned, then worked below it ("40 / 20"); the column counts
     * from the expert's name (0).
     */
    private static String cell(PoolPlanningView view, PoolTestData.Expert expert, int column) {
        org.jsoup.nodes.Element row = hoursTable(view).select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(expert.name())).findFirst().orElseThrow();
        org.jsoup.nodes.Element cell = row.child(column).clone();
        cell.select(".visually-hidden").remove();
        String worked = cell.select(".pool-worked").text();
        cell.select(".pool-worked").remove();
        return cell.text() + " / " + worked;
    }

    /** The municipalities in the shares' table, in its order. */
    private static List<String> lines(PoolPlanningView view) {
        Matcher names = Pattern.compile("<th role=\"rowheader\" scope=\"row\">([^<]*)</th>")
                .matcher(view.shares.getInnerHtml());
        List<String> found = new java.util.ArrayList<>();
        while (names.find()) {
            found.add(HtmlUtils.htmlUnescape(names.group(1)));
        }
        return found;
    }

    /** A municipality's figures and state in the shares' table, as a person reads them: "13,81 % | 60 | …". */
    private static String line(PoolPlanningView view, String name) {
        Matcher row = Pattern.compile("scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>")
                .matcher(view.shares.getInnerHtml());
        assertThat(row.find()).as(name + " in the table").isTrue();
        return Arrays.stream(row.group(1).split("</td>")).map(cell -> HtmlUtils.htmlUnescape(
                cell.replaceAll("<[^>]+>", ""))).collect(Collectors.joining(" | "));
    }

    private static String state(PoolPlanningView view, String name) {
        String line = line(view, name);
        return line.substring(line.lastIndexOf(" | ") + 3);
    }

    private Optional<Button> button(String ariaLabel) {
        return $(Button.class).all().stream().filter(b -> ariaLabel.equals(b.getAriaLabel().orElse(null)))
                .findFirst();
    }

    private String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    @Test
    void the_coordinator_sees_each_municipality_against_the_key_and_the_experts_planned_and_worked_hours_per_month() {
        PoolPlanningView view = navigate("pool", PoolPlanningView.class);

        assertThat(view.period.getValue()).as("the current half-year").isEqualTo(SECOND_HALF);
        assertThat(lines(view)).hasSize(14).startsWith("Beesel").endsWith("Weert");
        assertThat(line(view, "Weert")).isEqualTo("13,81\u00a0% | 60 | 88,24\u00a0% | +74,43 | Wijkt af");
        assertThat(state(view, "Beesel")).isEqualTo("Binnen de sleutel");
        assertThat(text(view.deviations)).contains(
                "Weert: 88,24\u00a0% van de uren, tegen 13,81\u00a0% in de sleutel (+74,43 procentpunt). Nog niet"
                        + " afgesproken.",
                "Venlo: 11,76\u00a0% van de uren, tegen 28,47\u00a0% in de sleutel (\u221216,71 procentpunt).");
        assertThat(button("Afwijking afspreken voor Weert")).isPresent();

        // the expert, July to December, the total
        assertThat(columns(view)).hasSize(8).startsWith("Ervaringsdeskundige", "jul").endsWith("Totaal");
        assertThat(columns(view).get(3)).startsWith("sep");
        assertThat(rows(view)).contains(inWeert.name(), inVenlo.name());
        assertThat(cell(view, inWeert, 1)).isEqualTo("\u2013 / ");
        assertThat(cell(view, inWeert, 3)).isEqualTo("40 / 40");
        assertThat(cell(view, inWeert, 4)).isEqualTo("40 / 20");
        assertThat(cell(view, inWeert, 7)).isEqualTo("80 / 60");
        assertThat(cell(view, inVenlo, 3)).isEqualTo("16 / 8");
        assertThat(hoursTable(view).select("tbody td").first().attr("data-label"))
                .as("a stacked line names its month").isEqualTo(columns(view).get(1));
    }

    @Test
    void the_filters_narrow_the_view_and_a_month_shows_its_weeks_and_the_address_sets_them() {
        PoolPlanningView view = navigate("pool", PoolPlanningView.class);

        test(view.municipality).selectItem("Venlo");
        assertThat(lines(view)).containsExactly("Venlo");
        assertThat(rows(view)).contains(inVenlo.name()).doesNotContain(inWeert.name());
        view.municipality.clear();

        view.theme.setValue(ExperienceTheme.JEUGDHULP);
        assertThat(rows(view)).contains(inWeert.name()).doesNotContain(inVenlo.name());
        view.theme.clear();

        view.expert.setValue(inVenlo.id());
        assertThat(rows(view)).containsExactly(inVenlo.name());
        view.period.clear();
        assertThat(view.period.getValue()).as("an emptied period takes back the one shown").isEqualTo(SECOND_HALF);
        test(view.weeksOf).selectItem("Per week in september 2096");
        // the expert, the weeks of 3, 10, 17 and 24 September, the total
        assertThat(columns(view)).hasSize(6);
        assertThat(columns(view).get(1)).isEqualTo("wk 36 (3 sep)");
        assertThat(cell(view, inVenlo, 1)).isEqualTo("4 / 4");
        assertThat(cell(view, inVenlo, 3)).isEqualTo("4 / 0");

        // another period: September is not in it, so the months come back
        view.period.setValue(new PoolPeriod(2096, 1));
        assertThat(view.weeksOf.getValue()).isEqualTo(PoolPlanningView.HoursScale.MONTHS);
        assertThat(columns(view)).hasSize(8);
        assertThat(rows(view)).doesNotContain(inVenlo.name(), inWeert.name());

        view.expert.clear();
        view.theme.setValue(ExperienceTheme.MANTELZORG);
        view.period.setValue(SECOND_HALF);
        assertThat(view.hours.isVisible()).isFalse();
        assertThat($(Div.class).withClassName("note").all()).extracting(this::text)
                .contains("Met deze filters zijn er geen uren. Maak een filter leeg om meer te zien.");

        PoolPlanningView fromAddress = open(Map.of("periode", "2096-2", "thema", "jeugdhulp", "maand", "2096-10"));
        assertThat(fromAddress.theme.getValue()).isEqualTo(ExperienceTheme.JEUGDHULP);
        assertThat(fromAddress.weeksOf.getValue().weeksOf()).isEqualTo(YearMonth.of(2096, 10));
        // the weeks of 1, 8, 15, 22 and 29 October
        assertThat(columns(fromAddress)).hasSize(7);
        assertThat(cell(fromAddress, inWeert, 2)).isEqualTo("10 / 10");
    }

    @Test
    void the_coordinator_agrees_a_flagged_deviation_changes_its_reason_and_withdraws_it_after_confirming() {
        PoolPlanningView view = navigate("pool", PoolPlanningView.class);
        click(button("Afwijking afspreken voor Weert").orElseThrow());
        AgreementDialog dialog = $(AgreementDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Afwijking afspreken: Weert");
        click(dialog.save);
        assertThat(notificationTexts()).contains("Schrijf op waarom de gemeenten de afwijking hebben afgesproken.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();

        test(dialog.reason).setValue("Reële vraag leidend: de pilot jeugd in Weert");
        click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(share(view, "Weert").agreed()).isTrue();
        assertThat(state(view, "Weert")).isEqualTo("Afgesproken");
        assertThat(text(view.deviations)).contains("Weert: wijkt +74,43 procentpunt af, afgesproken op 16 november"
                + " 2096. Reden: Reële vraag leidend: de pilot jeugd in Weert");
        assertThat(button("Afwijking afspreken voor Weert")).isEmpty();

        click(button("Reden wijzigen van de afspraak met Weert").orElseThrow());
        AgreementDialog change = $(AgreementDialog.class).all().stream().filter(AgreementDialog::isOpened)
                .findFirst().orElseThrow();
        assertThat(change.reason.getValue()).isEqualTo("Reële vraag leidend: de pilot jeugd in Weert");
        test(change.reason).setValue("Afgesproken in het regio-overleg");
        click(change.save);
        assertThat(share(view, "Weert").agreedReason()).isEqualTo("Afgesproken in het regio-overleg");

        click(button("Afspraak intrekken met Weert").orElseThrow());
        ConfirmDialog confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                .findFirst().orElseThrow();
        test(confirmation).cancel();
        assertThat(share(view, "Weert").agreed()).as("cancel keeps it").isTrue();
        click(button("Afspraak intrekken met Weert").orElseThrow());
        confirmation = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        test(confirmation).confirm();
        assertThat(share(view, "Weert").needsAttention()).isTrue();
        assertThat(state(view, "Weert")).isEqualTo("Wijkt af");
        assertThat(notificationTexts()).contains("De afspraak met Weert is ingetrokken.");
    }

    @Test
    void a_contact_sees_only_their_own_municipality_and_the_hours_worked_in_it() {
        SignedIn.as("gemeente@demo.nl", Role.PARTNER_CONTACT);
        long weert = pool.partner("Weert");
        PoolPlanningView view = open(Map.of("gemeente", String.valueOf(weert)));

        assertThat(view.municipality.isVisible()).isFalse();
        assertThat(lines(view)).containsExactly("Venlo");
        assertThat(state(view, "Venlo")).isEqualTo("Wijkt af");
        assertThat(rows(view)).contains(inVenlo.name()).doesNotContain(inWeert.name());
        assertThat(view.expert.getListDataView().getItems()).doesNotContain(inWeert.id());
        assertThat(text(view.deviations)).contains("Venlo: 11,76\u00a0%").doesNotContain("Weert");
        assertThat($(Button.class).all()).noneMatch(b -> b.getAriaLabel().orElse("").contains("Afwijking"));
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Weert", "Beesel");
    }

    @Test
    void a_contact_whose_municipality_has_no_deployment_is_shown_the_way_to_ask_for_one() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount contact = users.create(new UserService.NewUser("beesel-" + UUID.randomUUID() + "@test.nl",
                "Contact Beesel", EnumSet.of(Role.PARTNER_CONTACT), "een lang wachtwoord"));
        pool.contact(contact.id(), "Beesel");
        TestAccounts.signInAs(contact);

        PoolPlanningView view = navigate("pool", PoolPlanningView.class);
        assertThat(view.hours.isVisible()).isFalse();
        assertThat($(Div.class).withClassName("note").all()).extracting(this::text)
                .contains("In deze periode werkt nog geen ervaringsdeskundige in Beesel.Vraag een ervaringsdeskundige"
                        + " aan");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("pool/verzoeken");
    }

    @Test
    void a_contact_not_yet_linked_to_a_municipality_is_told_to_ask_the_coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.PARTNER_CONTACT));
        PoolPlanningView view = navigate("pool", PoolPlanningView.class);
        assertThat(view.shares.isVisible() && view.shares.getParent().orElseThrow().isVisible()
                && view.shares.getParent().orElseThrow().getParent().orElseThrow().isVisible()).isFalse();
        assertThat($(Div.class).withClassName("note").all()).extracting(this::text)
                .anyMatch(t -> t.startsWith("Je account is nog niet gekoppeld aan een gemeente."));
    }
}
