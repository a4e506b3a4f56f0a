package org.answerable.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Every date field of the app. Dates are mostly typed (23/11/2026): a pop-up that opens on typing
 * stays open after Tab and swallows the next click, so it opens only from its button or the
 * down-arrow key.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker of(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setAutoOpen(false);
        return picker;
    }
}
