package org.answerable.authority;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.answerable.base.ConcurrentEditException;
import org.answerable.base.InvalidInputException;
import org.answerable.base.NotFoundException;
import org.answerable.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared directory of public bodies. */
@Service
public class AuthorityService {

    private final AuthorityRepository authorities;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AuthorityService(AuthorityRepository authorities, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.authorities = authorities;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Page<Authority> search(String text, Pageable pageable) {
        String needle = text == null ? "" : Authority.nameKey(text);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("officialName"));
        return authorities.search(needle, sorted);
    }

    @Transactional(readOnly = true)
    public Optional<Authority> find(Long id) {
        return authorities.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Authority> findByCode(String code) {
        return authorities.findByCodeIgnoreCase(code);
    }

    /** Resolves names or codes typed or pasted by a user against the whole directory. */
    @Transactional(readOnly = true)
    public List<AuthorityNameMatcher.Match> resolve(Collection<String> namesOrCodes) {
        return matcher().matchAll(namesOrCodes);
    }

    /** A matcher over the directory as it is now, for callers resolving many names at once. */
    @Transactional(readOnly = true)
    public AuthorityNameMatcher matcher() {
        return new AuthorityNameMatcher(authorities.findAll());
    }

    @Transactional(readOnly = true)
    public long count() {
        return authorities.count();
    }

    @Transactional
    public Authority create(AuthorityForm form) {
        currentUser.requireEditor();
        rejectDuplicateName(form.getOfficialName(), null);
        Authority authority = new Authority(form.getOfficialName(), form.getNation(), form.getDefaultRegime());
        form.applyTo(authority);
        return authorities.save(authority);
    }

    @Transactional
    public Authority update(Long id, AuthorityForm form) {
        currentUser.requireEditor();
        Authority authority = authorities.findById(id).orElseThrow(() -> new NotFoundException("authority"));
        if (authority.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException("authority");
        }
        rejectDuplicateName(form.getOfficialName(), id);
        String oldName = authority.getOfficialName();
        form.applyTo(authority);
        authority.touch();
        Authority saved = authorities.saveAndFlush(authority);
        if (!saved.getOfficialName().equals(oldName)) {
            events.publishEvent(new AuthorityRenamed(saved.getId(), saved.getOfficialName()));
        }
        return saved;
    }

    @Transactional
    void saveImported(Iterable<Authority> imported) {
        authorities.saveAll(imported);
    }

    private void rejectDuplicateName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("officialName", "Enter the authority's name");
        }
        authorities.findByNameKey(Authority.nameKey(name))
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new InvalidInputException("officialName",
                            "'" + existing.getOfficialName() + "' is already in the directory");
                });
    }
}
