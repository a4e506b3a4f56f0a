package org.answerable.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether the browser window is phone-narrow, now and after every resize, for what
 * CSS cannot change: which columns a grid shows. The width matches styles.css's "Phones" rules.
 */
public final class NarrowScreen {

    /** The widest window that counts as a phone, in CSS pixels. */
    public static final int PHONE_MAX_WIDTH = 600;

    private NarrowScreen() {
    }

    /**
     * Calls {@code narrow} with true when the view is shown in a narrow window, and again with true or
     * false when the window is resized across the width. A view starts laid out for a wide window.
     */
    public static void follow(Component view, SerializableConsumer<Boolean> narrow) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(attach -> {
            boolean[] last = {false};
            view.getElement().executeJs("return window.innerWidth").then(Double.class, width -> {
                last[0] = width <= PHONE_MAX_WIDTH;
                narrow.accept(last[0]);
            });
            resize[0] = attach.getUI().getPage().addBrowserWindowResizeListener(e -> {
                boolean now = e.getWidth() <= PHONE_MAX_WIDTH;
                if (now != last[0]) {
                    last[0] = now;
                    narrow.accept(now);
                }
            });
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }
}
