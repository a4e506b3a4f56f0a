package org.answerable.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.answerable.account.SignedInUser;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.base.Secrets;
import org.answerable.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made, listed and revoked by their owner on the account page, and checked on
 * every API call. Any role may have one, since the API only reads.
 */
@Service
public class ApiTokenService {

    /** Marks our tokens so secret scanners and people can tell them from other keys. */
    static final String PREFIX = "ans_";

    public static final int NAME_MAX_LENGTH = ApiToken.NAME_MAX_LENGTH;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The token's secret, returned only here: the database keeps its hash. */
    public record IssuedToken(String secret, ApiTokenSummary token) {
    }

    @Transactional
    public IssuedToken create(String name, LocalDate expiresOn) {
        SignedInUser user = currentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Name the token after what will use it, such as \"data desk notebook\"");
        }
        if (trimmed.length() > ApiToken.NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "Keep the name under " + ApiToken.NAME_MAX_LENGTH + " characters");
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("expiresOn", "The last day cannot be in the past");
        }
        String secret = PREFIX + Secrets.newSecret();
        ApiToken token = tokens.save(new ApiToken(user.teamId(), user.userId(), trimmed, Secrets.hash(secret),
                expiresOn, Instant.now(clock)));
        return new IssuedToken(secret, summary(token));
    }

    /** The signed-in user's tokens for the team they have open, newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        SignedInUser user = currentUser.require();
        return tokens.findByUserIdAndTeamIdOrderByCreatedAtDesc(user.userId(), user.teamId()).stream()
                .map(this::summary).toList();
    }

    @Transactional
    public void revoke(Long id) {
        SignedInUser user = currentUser.require();
        tokens.findByIdAndUserIdAndTeamId(id, user.userId(), user.teamId())
                .orElseThrow(() -> new NotFoundException("token"))
                .revoke();
    }

    /**
     * Who a presented secret belongs to, when it is one of ours and still works; its use is recorded.
     * Whether the owner may still read the team is checked by the caller, on every call.
     */
    @Transactional
    public Optional<TokenOwner> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(secret))
                .filter(token -> token.worksOn(LocalDate.now(clock)))
                .map(token -> {
                    tokens.markUsed(token.getId(), Instant.now(clock));
                    return new TokenOwner(token.getUserId(), token.getTeamId());
                });
    }

    /** Whose rights, in which team, an API call is made with. */
    public record TokenOwner(Long userId, Long teamId) {
    }

    private ApiTokenSummary summary(ApiToken token) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
                token.getExpiresOn(), token.isRevoked(), token.worksOn(LocalDate.now(clock)));
    }
}
