package org.answerable.review;

/** The usual reasons for asking an authority to look again at an answer, in plain words for the letter. */
public enum ReviewGround {
    COST_ESTIMATE_NOT_CREDIBLE("Cost estimate not credible",
            "The cost estimate is not credible: the information could be found within the appropriate limit, "
                    + "and no reasonable estimate has been shown."),
    EXEMPTION_MISAPPLIED("Exemption misapplied",
            "The exemption or exception cited does not apply to this information."),
    NO_PUBLIC_INTEREST_TEST("No public interest test shown",
            "No public interest test has been shown: the response does not weigh the public interest in "
                    + "disclosure against the interest in withholding."),
    INFORMATION_SHOULD_BE_HELD("Information should be held",
            "I believe the information is held: the authority would need it to carry out its functions, "
                    + "and the search described was not adequate."),
    RESPONSE_LATE("Response late",
            "The response was sent after the statutory time limit."),
    PARTIAL_ANSWER("Partial answer",
            "The answer is partial: it does not address all of the information asked for.");

    private final String label;
    private final String letterText;

    ReviewGround(String label, String letterText) {
        this.label = label;
        this.letterText = letterText;
    }

    public String label() {
        return label;
    }

    /** The ground as a sentence of the review letter. */
    public String letterText() {
        return letterText;
    }
}
