package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid that fits the screen it is on. Its cells wrap their text instead of cutting it off; on a narrow window (a
 * phone) the columns named here fold away and their values show in a row's details, opened by tapping or pressing
 * Enter on the row, as the hint above the grid says. Field tests found lists whose last columns lay beyond the
 * screen, which nobody knew to scroll to.
 */
public final class FoldingColumns<T> {

    /** Below this window width (in CSS pixels) the folding columns fold. */
    public static final int NARROW_BELOW = 760;

    private record Folded<T>(Grid.Column<T> column, String label, ValueProvider<T, String> value) {
    }

    private final Grid<T> grid;
    private final Paragraph hint = new Paragraph();
    private final List<Folded<T>> folded = new ArrayList<>();
    private boolean narrow;
    private boolean rowOpensRecord;
    private int narrowBelow = NARROW_BELOW;
    private Registration resizing;

    private FoldingColumns(Grid<T> grid) {
        this.grid = grid;
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        hint.addClassNames("muted", "folding-hint");
        hint.setVisible(false);
        grid.addAttachListener(e -> {
            UI ui = e.getUI();
            hint.setText(grid.getTranslation(rowOpensRecord ? "grid.folding.hint.open" : "grid.folding.hint"));
            ui.getPage().retrieveExtendedClientDetails(client -> fit(client.getWindowInnerWidth()));
            resizing = ui.getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
        });
        grid.addDetachListener(e -> {
            if (resizing != null) {
                resizing.remove();
            }
        });
    }

    /** Makes {@code grid} fit narrow and wide screens; put {@link #hint()} on the page just above it. */
    public static <T> FoldingColumns<T> of(Grid<T> grid) {
        return new FoldingColumns<>(grid);
    }

    /** Shown on narrow screens only: says that a row opens the values of the folded columns. */
    public Paragraph hint() {
        return hint;
    }

    /**
     * A row already opens its whole record (a dialog or page) when clicked, which shows the folded values; no details
     * are added under the row.
     */
    public FoldingColumns<T> rowOpensRecord() {
        rowOpensRecord = true;
        grid.setItemDetailsRenderer(null);
        return this;
    }

    /**
     * Folds below this window width instead of {@link #NARROW_BELOW}: for a grid whose columns need more room than
     * most, such as one column per month of a year.
     */
    public FoldingColumns<T> foldBelow(int windowWidth) {
        narrowBelow = windowWidth;
        return this;
    }

    /** On a narrow screen, this column's value shows in the row's details, under {@code label}. */
    public FoldingColumns<T> fold(Grid.Column<T> column, String label, ValueProvider<T, String> value) {
        folded.add(new Folded<>(column, label, value));
        return this;
    }

    private void fit(int windowWidth) {
        boolean nowNarrow = windowWidth > 0 && windowWidth < narrowBelow;
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        folded.forEach(f -> f.column().setVisible(!narrow));
        grid.setDetailsVisibleOnClick(narrow && !rowOpensRecord);
        hint.setVisible(narrow);
        if (!narrow) {
            grid.getDataProvider().refreshAll();
        }
    }

    private DescriptionList details(T item) {
        DescriptionList list = new DescriptionList();
        list.addClassName("row-details");
        for (Folded<T> f : folded) {
            String value = f.value().apply(item);
            list.add(new DescriptionList.Term(f.label()),
                    new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
        }
        return list;
    }
}
