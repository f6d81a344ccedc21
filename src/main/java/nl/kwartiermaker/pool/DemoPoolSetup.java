package nl.kwartiermaker.pool;

import static nl.kwartiermaker.mentoring.ExperienceTheme.DAKLOOSHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.HUISELIJK_GEWELD;
import static nl.kwartiermaker.mentoring.ExperienceTheme.JEUGDHULP;
import static nl.kwartiermaker.mentoring.ExperienceTheme.MANTELZORG;
import static nl.kwartiermaker.mentoring.ExperienceTheme.PSYCHISCHE_KWETSBAARHEID;
import static nl.kwartiermaker.mentoring.ExperienceTheme.SCHULDEN_EN_ARMOEDE;
import static nl.kwartiermaker.mentoring.ExperienceTheme.VERSLAVING;
import static nl.kwartiermaker.pool.PoolRole.CONVERSATION_PARTNER;
import static nl.kwartiermaker.pool.PoolRole.INTERVISOR;
import static nl.kwartiermaker.pool.PoolRole.LOCAL_INITIATOR;
import static nl.kwartiermaker.pool.PoolRole.ONE_ON_ONE;
import static nl.kwartiermaker.pool.PoolRole.POLICY_MAKER;
import static nl.kwartiermaker.pool.PoolRole.TRAINER;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool's set-up as it stands some months in (seed 003): kick-off meetings in Venlo, Weert, Venray, Roermond and
 * Peel en Maas with the needs they found (an inloop, a zelfregiegroep, training of professionals, 1-op-1 contact with
 * inwoners), the regional PSY-café and herstelacademie, and three sub-assignments (one regional) with a few lines of
 * progress. Nine municipalities still await their kick-off, so the overview shows what to do next. Written through
 * the services as the demo pool coordinator; the progress lines get past dates, which the service (that dates a line
 * today) cannot give. Runs once: not when any needs inventory exists.
 */
@Component
@Profile("demo")
@Order(81)
class DemoPoolSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoolSetup.class);
    private static final String COORDINATOR = "poolcoordinator@demo.nl";

    private final NeedsService needs;
    private final SubAssignmentService subAssignments;
    private final PoolPartnerRepository partners;
    private final NeedsInventoryRepository inventories;
    private final SubAssignmentProgressRepository progress;
    private final PoolAccess access;
    private final PortalTime time;
    private final TransactionTemplate transaction;

    DemoPoolSetup(NeedsService needs, SubAssignmentService subAssignments, PoolPartnerRepository partners,
                  NeedsInventoryRepository inventories, SubAssignmentProgressRepository progress, PoolAccess access,
                  PortalTime time, TransactionTemplate transaction) {
        this.needs = needs;
        this.subAssignments = subAssignments;
        this.partners = partners;
        this.inventories = inventories;
        this.progress = progress;
        this.access = access;
        this.time = time;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inventories.count() > 0 || partners.count() == 0) {
            return;
        }
        RunAs.run(COORDINATOR, Role.POOL_COORDINATOR, () -> transaction.executeWithoutResult(s -> setUp()));
    }

    private void setUp() {
        Map<String, Long> ids = partners.findAll().stream()
                .collect(Collectors.toMap(PoolPartner::getName, PoolPartner::getId));
        LocalDate today = time.today();
        long author = access.me().id();

        needs.addInventory(ids.get("Venlo"), new InventoryForm(today.minusMonths(7),
                "Beleidsadviseur sociaal domein, wijkteam Venlo-Zuid, consulent schulddienstverlening, "
                        + "Herstelacademie Venlo, het zelfregiecentrum en twee inwoners met ervaringskennis",
                Set.of(PSYCHISCHE_KWETSBAARHEID, SCHULDEN_EN_ARMOEDE, DAKLOOSHEID),
                Set.of(ONE_ON_ONE, LOCAL_INITIATOR, TRAINER),
                """
                Venlo wil een vrije inloop waar inwoners zonder indicatie binnen kunnen lopen en een \
                ervaringsdeskundige treffen, in het Inclusiehuis of in een buurthuis.
                Daarnaast 1-op-1 contact met inwoners die nu buiten beeld blijven, vooral bij schulden en \
                dakloosheid, in samenwerking met de consulenten Wmo en schulddienstverlening.
                De herstelacademie zoekt ervaringsdeskundigen die cursussen herstel mee willen geven."""));
        needs.addInventory(ids.get("Weert"), new InventoryForm(today.minusMonths(6),
                "Wethouder sociaal domein, beleidsadviseur armoede, twee huisartsen met hun POH-ggz, "
                        + "welzijnsorganisatie",
                Set.of(SCHULDEN_EN_ARMOEDE, PSYCHISCHE_KWETSBAARHEID),
                Set.of(ONE_ON_ONE, CONVERSATION_PARTNER, POLICY_MAKER),
                """
                Weert wil ervaringsdeskundigen op een vast spreekuur bij de gemeente en bij twee \
                huisartsenpraktijken, zodat de POH snel kan doorverwijzen.
                De gemeente vraagt een ervaringsdeskundige als gesprekspartner bij het nieuwe armoedebeleid.
                Training van professionals: eerst bekijken wat het welzijnswerk al doet."""));
        needs.addInventory(ids.get("Venray"), new InventoryForm(today.minusMonths(5),
                "Beleidsadviseur jeugd en Wmo, de ervaringsdeskundige die al in Venray werkt, Veilig Thuis, "
                        + "klantmanager Participatiewet",
                Set.of(JEUGDHULP, HUISELIJK_GEWELD, SCHULDEN_EN_ARMOEDE),
                Set.of(ONE_ON_ONE, TRAINER, INTERVISOR),
                """
                De pool komt naast de ervaringsdeskundige die Venray al heeft, en sluit aan bij wat er lokaal loopt.
                Wensen: jongeren met depressieve klachten, huiselijk geweld, en inwoners in de bijstand met een \
                grotere afstand tot de arbeidsmarkt.
                Intervisie voor de ervaringsdeskundigen die in Venray werken, samen met die van de pool."""));
        needs.addInventory(ids.get("Roermond"), new InventoryForm(today.minusMonths(4),
                "Beleidsadviseur maatschappelijke opvang, verslavingszorg, buurtwerk, een zelfregiegroep in oprichting",
                Set.of(PSYCHISCHE_KWETSBAARHEID, VERSLAVING),
                Set.of(LOCAL_INITIATOR, ONE_ON_ONE),
                """
                Roermond wil een zelfregiegroep starten voor inwoners met psychische kwetsbaarheid of verslaving: \
                een ervaringsdeskundige zet de groep op en draagt haar later over aan de deelnemers.
                1-op-1 contact vanuit de groep voor wie meer nodig heeft."""));
        needs.addInventory(ids.get("Peel en Maas"), new InventoryForm(today.minusMonths(3),
                "Beleidsadviseur sociaal domein, algemeen maatschappelijk werk, welzijnswerk, steunpunt mantelzorg",
                Set.of(PSYCHISCHE_KWETSBAARHEID, MANTELZORG),
                Set.of(TRAINER, CONVERSATION_PARTNER, LOCAL_INITIATOR),
                """
                Het maatschappelijk werk en het welzijnswerk vinden het lastig om te zien wat een \
                ervaringsdeskundige anders doet dan zij: graag een training voor professionals.
                Peel en Maas wil een herstelwerkgroep bij de huisartsenpraktijken, naar het voorbeeld uit de \
                regio."""));

        needs.addActivity(new ActivityForm("Regionaal PSY-café",
                "Elke maand een avond om elkaar te ontmoeten, informatie te krijgen en ervaringen uit te wisselen, "
                        + "steeds in een andere gemeente. Iedereen is welkom, ook naastbetrokkenen, hulpverleners en "
                        + "andere geïnteresseerden. Een ervaringsdeskundige vertelt over een thema, daarna praten we "
                        + "samen.",
                Set.of(PSYCHISCHE_KWETSBAARHEID), today.minusMonths(2), null));
        needs.addActivity(new ActivityForm("Herstelacademie: cursussen herstel voor de hele regio",
                "Ervaringsdeskundigen uit de pool geven cursussen herstel en zelfregie, open voor inwoners van alle "
                        + "veertien gemeenten, zonder indicatie.",
                Set.of(PSYCHISCHE_KWETSBAARHEID, VERSLAVING), today.minusMonths(1), today.plusMonths(11)));

        SubAssignment inloop = subAssignments.create(new SubAssignmentForm(ids.get("Venlo"),
                "Vrije inloop in het Inclusiehuis",
                "Inwoners kunnen zonder indicatie binnenlopen bij een ervaringsdeskundige. We bereiken inwoners "
                        + "die nu niet of onvoldoende bereikt worden, en signaleren waar lokaal aanbod ontbreekt.",
                "De ervaringsdeskundigen houden per dagdeel bij hoeveel inwoners langskomen en bij welk thema "
                        + "(alleen aantallen), en schrijven kort op wat opvalt.",
                "Elke maand overleg met het wijkteam; elk kwartaal een korte terugkoppeling aan de gemeente.",
                "In de halfjaarlijkse rapportage: de inzet in uren, het aantal bereikte inwoners per thema en de "
                        + "meerwaarde die we zien.",
                today.minusMonths(5).withDayOfMonth(1), today.plusMonths(7), 600, SubAssignmentStatus.RUNNING));
        SubAssignment training = subAssignments.create(new SubAssignmentForm(ids.get("Weert"),
                "Training herstel en stigma voor consulenten",
                "Consulenten Wmo en schulddienstverlening weten wat een ervaringsdeskundige kan betekenen en "
                        + "verwijzen inwoners vaker door.",
                "Na elke training een korte vragenlijst voor de deelnemers; na drie maanden vragen we hoe vaak zij "
                        + "hebben doorverwezen.",
                "Drie trainingen per jaar.",
                "Verslag per training aan de beleidsadviseur; samengevat in de halfjaarlijkse rapportage.",
                today.minusMonths(1).withDayOfMonth(1), today.plusMonths(11), 80, SubAssignmentStatus.PLANNED));
        SubAssignment regional = subAssignments.create(new SubAssignmentForm(null,
                "Regionaal PSY-café en herstelacademie",
                "Een vrije plek in de regio om ervaringen uit te wisselen, en cursussen herstel voor inwoners van "
                        + "alle gemeenten. De collectieve ervaringskennis van de pool groeit mee.",
                "Aantal bezoekers per avond en per cursus (alleen aantallen), uit welke gemeenten, en de thema's.",
                "Elke maand een avond; elk half jaar een evaluatie met de begeleidingsgroep.",
                "In de halfjaarlijkse rapportage onder regionale activiteiten; de uren tellen mee in de "
                        + "verdeling naar de verdeelsleutel.",
                today.minusMonths(2).withDayOfMonth(1), today.plusMonths(10), 300, SubAssignmentStatus.RUNNING));

        progress.save(new SubAssignmentProgress(inloop.getId(), today.minusMonths(4),
                "Ruimte in het Inclusiehuis geregeld: dinsdag- en donderdagmiddag open.", author));
        progress.save(new SubAssignmentProgress(inloop.getId(), today.minusMonths(2),
                "Gemiddeld 9 bezoekers per middag, vooral met vragen over geld en eenzaamheid.", author));
        progress.save(new SubAssignmentProgress(inloop.getId(), today.minusWeeks(2),
                "Wijkteam verwijst nu zelf door; tweede ervaringsdeskundige begint in de inloop.", author));
        progress.save(new SubAssignmentProgress(training.getId(), today.minusWeeks(3),
                "Eerste training gepland met de consulenten Wmo; datum volgt.", author));
        progress.save(new SubAssignmentProgress(regional.getId(), today.minusMonths(1),
                "Eerste PSY-café in Venlo: 18 bezoekers, ook naasten en twee huisartsen.", author));
        progress.save(new SubAssignmentProgress(regional.getId(), today.minusWeeks(1),
                "Tweede avond in Roermond; de herstelacademie start haar eerste cursus.", author));
        log.info("Demo pool set-up created: 5 kick-off meetings, 2 regional activities, 3 sub-assignments");
    }
}
