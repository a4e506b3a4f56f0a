package org.answerable.reply;

/** What a cell of an authority's table holds; only NUMBER and AMOUNT cells carry a value. */
public enum CellKind {
    NUMBER,
    /** Money in pounds, written with "£". */
    AMOUNT,
    /** A small number hidden to protect identities ("c", "<5", "*", "x"); never a zero. */
    SUPPRESSED,
    /** The authority says there is no figure ("-", "n/a", "–"). */
    NOT_RECORDED,
    TEXT
}
