package org.answerable.calendar;

import java.time.Instant;
import java.util.Optional;
import org.answerable.account.SignedInUser;
import org.answerable.base.Secrets;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, finds and revokes the secret links calendar apps subscribe to. */
@Service
public class CalendarFeedService {

    /** Who a feed belongs to, so its deadlines are read with that user's team and rights. */
    public record FeedOwner(Long userId, Long teamId) {
    }

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;

    CalendarFeedService(CalendarFeedRepository feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    /** A new link for the signed-in user; any previous link stops working. Shown once: only its hash is stored. */
    @Transactional
    public String createFeed() {
        SignedInUser user = currentUser.require();
        revokeAll(user);
        String token = Secrets.newSecret();
        feeds.save(new CalendarFeed(user.teamId(), user.userId(), Secrets.hash(token)));
        return token;
    }

    @Transactional
    public void revoke() {
        revokeAll(currentUser.require());
    }

    @Transactional(readOnly = true)
    public Optional<Instant> activeFeedCreatedAt() {
        SignedInUser user = currentUser.require();
        return feeds.findByUserIdAndTeamIdAndRevokedAtIsNull(user.userId(), user.teamId()).stream()
                .map(CalendarFeed::getCreatedAt).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<FeedOwner> ownerOf(String token) {
        return feeds.findByTokenHashAndRevokedAtIsNull(Secrets.hash(token))
                .map(feed -> new FeedOwner(feed.getUserId(), feed.getTeamId()));
    }

    private void revokeAll(SignedInUser user) {
        feeds.findByUserIdAndTeamIdAndRevokedAtIsNull(user.userId(), user.teamId()).forEach(CalendarFeed::revoke);
    }
}
