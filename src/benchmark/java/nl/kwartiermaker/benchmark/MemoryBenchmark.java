package nl.kwartiermaker.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Live heap per session: N real sessions (signed in through the form, a UI showing the view), a full GC, and the
 * growth of the live heap divided by N. The baseline is a session that shows the bare login page. After each step
 * the sessions sign out, and the live heap must fall back to where it started. Every view here needs a budget in
 * docs/performance.md ({@link MemoryBudgets}); every menu entry is here, with the heaviest pages behind them.
 */
final class MemoryBenchmark {

    /** A main view as the navigation reaches it, and a name for the results. */
    record View(String name, String route) {
    }

    /**
     * Begeleiding is for the coordinator, mentors and experts, not the Beheerder: the coordinator's overview and the
     * demo expert's page (DemoBegeleiding registers Eef first: id 1), with all its sections, in sessions of their own.
     */
    static final List<View> COORDINATOR_VIEWS = List.of(new View("Begeleiding", "begeleiding"),
            new View("Begeleiding-persoon", "begeleiding/1"), new View("Intervisie", "begeleiding/intervisie"));

    /** The regional pool is for its coordinator and the partner contacts: the planning, the pool's home. */
    static final List<View> POOL_VIEWS = List.of(new View("Pool-planning", "pool"));

    static final List<View> MAIN_VIEWS = List.of(new View("Overzicht", ""), new View("Kennisbank", "kennisbank"),
            new View("Kennisbank-pagina", "kennisbank/de-reis"), new View("Meldingen", "meldingen"),
            new View("Gebruikers", "beheer/gebruikers"), new View("Auditlog", "beheer/audit"),
            // the demo profile's first traject: the exploring pilot with its 70 checklist steps
            new View("Trajecten", "trajecten"), new View("Traject", "trajecten/1"),
            new View("Go/no-go", "trajecten/1/besluit"), new View("Scanrondes", "trajecten/2/scans"),
            // the demo's closed baseline round of traject 2 (DemoReadiness) is the first round: id 1
            new View("Scanuitkomsten", "scans/1/resultaten"),
            // the demo's own questionnaire (DemoReadiness) makes the library show one template
            new View("Vragenlijsten", "scans/vragenlijsten"),
            // the demo profile's role descriptions: 1 is adopted (read view for others, builder-less), 2 is a draft,
            // which the Beheerder opens in the stepwise builder
            new View("Functieprofielen", "functieprofielen"), new View("Functieprofiel-builder", "functieprofielen/2"),
            // the demo's story library (three published stories with pictures) and the first story's page (DemoVerhalen)
            new View("Verhalen", "verhalen"), new View("Verhaal", "verhalen/van-wachtlijst-naar-een-eerste-gesprek"),
            new View("Organisatie", "beheer/organisatie"), new View("Privacyverzoeken", "beheer/privacy"),
            new View("Uitgaande mail", "beheer/uitgaande-mail"));

    /** One measurement: what a session showing {@code view} adds to the live heap. */
    record Result(String view, int sessions, double kbPerSession, double loginPageKbPerSession, double ratio,
                  double kbPerSessionLeftAfterSignOut) {
    }

    private static final String ACCOUNT = "beheerder@demo.nl"; // sees every main view, so the heaviest menu
    private static final String COORDINATOR = "coordinator@demo.nl";
    private static final String POOL_COORDINATOR = "poolcoordinator@demo.nl";
    private static final int AT_ONCE = 4;

    private final ServerProcess portal;

    MemoryBenchmark(ServerProcess portal) {
        this.portal = portal;
    }

    List<Result> run(int smallCount, int largeCount) {
        warmUp();
        List<Result> results = new ArrayList<>();
        for (int count : List.of(smallCount, largeCount)) {
            long before = portal.liveHeapBytes();
            List<SimulatedBrowser> loginPages = open(count, null);
            double loginKb = kbPerSession(portal.liveHeapBytes() - before, count);
            close(loginPages);

            results.addAll(measure(ACCOUNT, count == smallCount ? MAIN_VIEWS : MAIN_VIEWS.subList(0, 1), count,
                    loginKb));
            if (count == smallCount) {
                results.addAll(measure(COORDINATOR, COORDINATOR_VIEWS, count, loginKb));
                results.addAll(measure(POOL_COORDINATOR, POOL_VIEWS, count, loginKb));
            }
        }
        return results;
    }

    /** {@code count} sessions of {@code account} showing each of {@code views} in turn, then signing out. */
    private List<Result> measure(String account, List<View> views, int count, double loginKb) {
        long before = portal.liveHeapBytes();
        List<SimulatedBrowser> sessions = open(count, account);
        List<Double> perView = new ArrayList<>();
        for (View view : views) {
            if (!view.route().isEmpty()) {
                Parallel.forEach(sessions, AT_ONCE, browser -> browser.navigate(view.route()));
            }
            perView.add(kbPerSession(portal.liveHeapBytes() - before, count));
        }
        close(sessions);
        double left = kbPerSession(portal.liveHeapBytes() - before, count);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            results.add(new Result(views.get(i).name(), count, perView.get(i), loginKb, perView.get(i) / loginKb,
                    left));
        }
        return results;
    }

    /** Loads classes, fills caches and lets the JIT settle, so the first measured sessions do not pay for it. */
    private void warmUp() {
        List<SimulatedBrowser> sessions = open(20, ACCOUNT);
        for (View view : MAIN_VIEWS) {
            Parallel.forEach(sessions, AT_ONCE, browser -> browser.navigate(view.route()));
        }
        close(sessions);
        sessions = open(20, COORDINATOR);
        for (View view : COORDINATOR_VIEWS) {
            Parallel.forEach(sessions, AT_ONCE, browser -> browser.navigate(view.route()));
        }
        close(sessions);
        sessions = open(20, POOL_COORDINATOR);
        for (View view : POOL_VIEWS) {
            Parallel.forEach(sessions, AT_ONCE, browser -> browser.navigate(view.route()));
        }
        close(sessions);
        close(open(20, null));
    }

    /** {@code count} browsers on the login page, signed in as {@code account} unless it is null. */
    private List<SimulatedBrowser> open(int count, String account) {
        List<SimulatedBrowser> browsers = IntStream.range(0, count)
                .mapToObj(i -> new SimulatedBrowser(portal.address)).toList();
        Parallel.forEach(browsers, AT_ONCE, browser -> {
            browser.step("memory").open("login");
            if (account != null) {
                browser.signIn(account, "demo");
            }
        });
        return browsers;
    }

    private static void close(List<SimulatedBrowser> browsers) {
        Parallel.forEach(browsers, AT_ONCE, SimulatedBrowser::signOut);
    }

    private static double kbPerSession(long bytes, int sessions) {
        return bytes / 1024.0 / sessions;
    }
}
