package nl.kwartiermaker.pool;

import nl.kwartiermaker.base.PortalLocales;
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

/**
 * Half-yearly reports to try: for the last half-year that ended, Venlo's report finalised (so {@code gemeente@demo.nl}
 * has one to read and download) and the region's as a draft with its texts begun (so the coordinator can finish and
 * finalise it). After the demo's pool and its work; runs once: not when any report exists.
 */
@Component
@Profile("demo")
@Order(84)
class DemoPoolReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoolReports.class);

    private final PoolReportService reports;
    private final PoolReportRepository stored;
    private final PoolPartnerRepository partners;
    private final PortalTime time;

    DemoPoolReports(PoolReportService reports, PoolReportRepository stored, PoolPartnerRepository partners,
                    PortalTime time) {
        this.reports = reports;
        this.stored = stored;
        this.partners = partners;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (stored.count() > 0) {
            return;
        }
        PoolPeriod period = PoolReportTasks.lastEnded(time.today());
        Long venlo = partners.findAllByOrderByNameAsc().stream()
                .filter(p -> p.getName().equals(DemoPool.DEMO_CONTACT_PARTNER)).map(PoolPartner::getId)
                .findFirst().orElse(null);
        if (venlo == null) {
            return;
        }
        RunAs.run("poolcoordinator@demo.nl", Role.POOL_COORDINATOR, () -> {
            PoolReport report = reports.start(venlo, period);
            reports.finalise(report.getId(), report.getVersion(), new PoolReportTexts(
                    "Inwoners vonden via de ervaringsdeskundigen de weg naar de inloop en de schuldhulp. Het wijkteam "
                            + "noemt de gesprekken 'een brug': mensen vertellen eerder wat er speelt.",
                    "Meer vragen over armoede en eenzaamheid; jongeren melden zich vaker zelf.",
                    "Een zelfregiegroep in Venlo-Noord draait sinds het voorjaar zonder begeleiding."),
                    PortalLocales.DUTCH);
            PoolReport region = reports.start(null, period);
            reports.write(region.getId(), region.getVersion(), new PoolReportTexts(
                    "Gemeenten zien dat ervaringsdeskundigen mensen bereiken die de hulp zelf niet vinden.", "", ""));
        });
        log.info("Demo half-yearly reports created for {}-{}", period.year(), period.half());
    }
}
