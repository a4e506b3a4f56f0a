package org.answerable.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A grid whose rows open something (a page, a dialog): a click opens the row, and so does Enter
 * on the row the keyboard has reached, so that keyboard users are not left out.
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void onClickOrEnter(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        FocusedRow<T> focused = new FocusedRow<>();
        // A header or footer cell has no item: Enter there sorts, and opens nothing.
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }, Key.ENTER).listenOn(grid);
    }

    private static final class FocusedRow<T> implements java.io.Serializable {
        private T item;
    }
}
