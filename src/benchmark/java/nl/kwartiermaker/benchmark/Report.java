package nl.kwartiermaker.benchmark;

/** The suite's results as a plain-text table for the console and for docs/performance.md. */
final class Report {

    private Report() {
    }

    static String respondentPage(RespondentPageBenchmark.Result p) {
        return String.format("%nRespondent page on a 360 px phone: %d DOM nodes (%d elements, shadow DOM included), "
                + "first statement on screen after %.0f ms, main thread busy %.0f ms, JS %.0f KB wire / %.0f KB plain%n",
                p.nodes(), p.elements(), p.firstQuestionMs(), p.mainThreadMs(), p.jsWireBytes() / 1024.0,
                p.jsPlainBytes() / 1024.0);
    }

    static String table(BenchmarkSuite.Results r) {
        StringBuilder out = new StringBuilder("\n== Kwartiermaker benchmark, " + r.machine() + "\n\n");
        out.append(String.format("Start-up to first answer, median of %d: portal %.1f s (with AOT cache %.1f s), "
                        + "floor app %.1f s, ratio %.2f (with AOT cache %.2f)%n",
                r.portalStartup().secondsPerRun().size(), r.portalStartup().medianSeconds(),
                r.portalStartupWithAotCache().medianSeconds(), r.floorStartup().medianSeconds(), r.startupRatio(),
                r.startupRatioWithAotCache()));
        out.append("  portal runs ").append(r.portalStartup().secondsPerRun()).append(", with AOT cache ")
                .append(r.portalStartupWithAotCache().secondsPerRun()).append(", floor runs ")
                .append(r.floorStartup().secondsPerRun()).append("\n\n");
        out.append(String.format("%-22s %12s %12s %12s %12s%n", "Downloads (KB)", "JS wire", "JS plain", "CSS wire",
                "CSS plain"));
        r.pageWeight().forEach(p -> out.append(String.format("%-22s %12.0f %12.0f %12.0f %12.0f%n", p.page(),
                p.jsWireBytes() / 1024.0, p.jsPlainBytes() / 1024.0, p.cssWireBytes() / 1024.0,
                p.cssPlainBytes() / 1024.0)));
        out.append(respondentPage(r.respondentPage()));
        out.append(String.format("%n%-20s %9s %14s %16s %8s %20s%n", "Live heap", "sessions", "KB/session",
                "login KB/session", "ratio", "KB/session left"));
        r.memory().forEach(m -> out.append(String.format("%-20s %9d %14.1f %16.1f %8.2f %20.1f%n", m.view(),
                m.sessions(), m.kbPerSession(), m.loginPageKbPerSession(), m.ratio(),
                m.kbPerSessionLeftAfterSignOut())));
        out.append(interactions(r.interactions()));
        out.append("\nGoals (issues 3 and 18)\n");
        r.goals().forEach(g -> out.append(String.format("  %-4s %-80s %s%n", g.met() ? "PASS" : "MISS", g.goal(),
                g.measured())));
        out.append("  (statement counts per view: StatementCounter tests in the normal test run)\n");
        return out.toString();
    }

    /** The table of interactions: server times and CPU per interaction, one line each. */
    static String interactions(java.util.List<InteractionBenchmark.Result> results) {
        StringBuilder out = new StringBuilder(String.format("%n%-44s %6s %7s %9s %9s %9s %10s %6s%n",
                "Interaction (server time, ms)", "users", "count", "p50", "p95", "p99", "CPU ms", "trips"));
        results.forEach(i -> out.append(String.format("%-44s %6d %7d %9.1f %9.1f %9.1f %10s %6d%n",
                i.server() + ": " + i.interaction(), i.users(), i.count(), i.p50Ms(), i.p95Ms(), i.p99Ms(),
                i.cpuMsPerInteraction() == null ? "" : String.format("%.2f", i.cpuMsPerInteraction()),
                i.roundTrips())));
        return out.toString();
    }
}
