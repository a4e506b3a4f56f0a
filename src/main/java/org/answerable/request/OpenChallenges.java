package org.answerable.request;

import java.util.Set;

/**
 * Which of the signed-in team's requests have an internal review under way. The review feature
 * answers; requests ask through this interface so that they need not depend on reviews.
 */
public interface OpenChallenges {

    Set<Long> requestsUnderReview();
}
