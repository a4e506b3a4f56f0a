package org.answerable.base.chart;

/**
 * How wide to draw a chart for the space the page has for it. A chart drawn wider than its space is
 * shrunk by the browser, and its labels with it: 760 px shown on a phone's 358 px reads at 5 px.
 * Drawn at the space's own width, the labels keep their size.
 */
public final class ChartWidth {

    /** Wide enough for every chart's labels; wider only makes the bars longer. */
    public static final int WIDEST = 760;
    /** Narrower than this, long authority names leave the bars no room. */
    static final int NARROWEST = 280;
    /** Widths differing by less than this draw the same chart, so resizing a window does not redraw it at every step. */
    static final int STEP = 20;

    private ChartWidth() {
    }

    /** The width to draw at, given the width in CSS pixels of the box the chart goes in (border included). */
    public static int toFit(double available) {
        int inside = (int) Math.floor(available) - 2;
        int stepped = inside - Math.floorMod(inside, STEP);
        return Math.clamp(stepped, NARROWEST, WIDEST);
    }
}
