package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each main view's live-heap budget per session, read from the table under {@value #HEADING} in
 * {@code docs/performance.md}: the page people read is the one the benchmark enforces, so a new view cannot be
 * measured without someone writing its budget down, and a budget cannot change without the document changing.
 */
final class MemoryBudgets {

    static final String HEADING = "## Memory budget per view";

    /** A view may hold at most {@code kb} per session and at most {@code timesLogin} × the bare login page's. */
    record Budget(String view, double kb, double timesLogin) {
    }

    private final Map<String, Budget> budgets;

    private MemoryBudgets(Map<String, Budget> budgets) {
        this.budgets = budgets;
    }

    /** Reads the table: rows {@code | view | route | budget KB | budget × login |}, after the heading, to a blank line. */
    static MemoryBudgets from(Path document) {
        try {
            List<String> lines = Files.readAllLines(document);
            int start = lines.indexOf(HEADING);
            if (start < 0) {
                throw new IllegalStateException(document + " has no section '" + HEADING + "'");
            }
            Map<String, Budget> budgets = new LinkedHashMap<>();
            boolean inTable = false;
            for (String line : lines.subList(start + 1, lines.size())) {
                if (!line.startsWith("|")) {
                    if (inTable) {
                        break;
                    }
                    continue;
                }
                inTable = true;
                String[] cells = line.substring(1).split("\\|");
                String view = cells[0].trim();
                if (view.equals("view") || view.startsWith("---")) {
                    continue;
                }
                budgets.put(view, new Budget(view, number(cells[2]), number(cells[3])));
            }
            return new MemoryBudgets(budgets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Budget of(String view) {
        return budgets.get(view);
    }

    /** One line per measured view over its budget, or without one; empty when every view keeps to its budget. */
    List<String> breaches(List<MemoryBenchmark.Result> measured) {
        List<String> breaches = new ArrayList<>();
        for (MemoryBenchmark.Result m : measured) {
            Budget budget = budgets.get(m.view());
            if (budget == null) {
                breaches.add(m.view() + " has no memory budget in docs/performance.md (" + HEADING + ")");
            } else if (m.kbPerSession() > budget.kb() || m.ratio() > budget.timesLogin()) {
                breaches.add(String.format("%s (N=%d) holds %.0f KB per session, %.1f x login: budget %.0f KB and "
                        + "%.1f x", m.view(), m.sessions(), m.kbPerSession(), m.ratio(), budget.kb(),
                        budget.timesLogin()));
            }
        }
        return breaches;
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.trim());
    }
}
