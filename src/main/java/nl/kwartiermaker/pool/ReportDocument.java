package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a half-yearly report prints, whatever the format: a title, a line under it, a mark when it is a draft, and
 * blocks in order. The PDF, the DOCX and the report's page render the same document, so they cannot drift apart.
 *
 * @param concept the draft's mark ("concept …"), or null for a finalised report
 */
public record ReportDocument(String title, String subtitle, String concept, List<Block> blocks) {

    public sealed interface Block permits Heading, Text, Table, Bars {
    }

    public record Heading(String text) implements Block {
    }

    /** A paragraph as written, line breaks kept; {@code muted} for notes and empty states. */
    public record Text(String text, boolean muted) implements Block {
    }

    /**
     * A table with a caption; cells are final text. {@code numeric}: per column, whether it holds figures (aligned
     * right); {@code totalRow}: the last row sums the others.
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, List<Boolean> numeric,
                 boolean totalRow) implements Block {
    }

    /** A bar chart with its figures: one bar per label, as long as its value against the largest. */
    public record Bars(String caption, String labelHeader, String valueHeader, List<String> labels, List<BigDecimal> values,
                List<String> valueTexts) implements Block {

        public BigDecimal max() {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        }

        /** The bar's length as a share of the longest, 0–1. */
        public double fraction(int index) {
            BigDecimal max = max();
            return max.signum() == 0 ? 0 : values.get(index).doubleValue() / max.doubleValue();
        }
    }
}
