package org.answerable.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionerComplaintRepository extends JpaRepository<CommissionerComplaint, Long> {

    Optional<CommissionerComplaint> findByReviewIdAndTeamId(Long reviewId, Long teamId);

    List<CommissionerComplaint> findByTeamId(Long teamId);
}
