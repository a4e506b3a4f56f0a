package org.answerable.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers which of their teams a user is working in, in their HTTP session: each browser
 * session has its own, and it ends with the session. Vaadin requests (including background work
 * on a UI) reach the session through VaadinSession; plain Spring MVC requests through the request.
 */
@Component
class ActiveTeamStore {

    static final String ATTRIBUTE = ActiveTeamStore.class.getName() + ".teamId";

    Optional<Long> get() {
        WrappedSession vaadin = vaadinSession();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getAttribute(ATTRIBUTE)).map(Long.class::cast);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            return Optional.ofNullable(request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_SESSION))
                    .map(Long.class::cast);
        }
        return Optional.empty();
    }

    void set(Long teamId) {
        WrappedSession vaadin = vaadinSession();
        if (vaadin != null) {
            vaadin.setAttribute(ATTRIBUTE, teamId);
            return;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            throw new IllegalStateException("Switching teams needs a browser session");
        }
        request.setAttribute(ATTRIBUTE, teamId, RequestAttributes.SCOPE_SESSION);
    }

    private static WrappedSession vaadinSession() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession();
    }
}
