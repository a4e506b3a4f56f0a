package org.answerable.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.answerable.authority.Authority;
import org.answerable.authority.AuthorityService;
import org.answerable.request.RequestFilter;
import org.answerable.request.RequestStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API for data journalists: the token owner's team's requests and answers.
 * Another team's request is "not found", exactly like one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestApiController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final RequestApiService api;
    private final AuthorityService authorities;

    RequestApiController(RequestApiService api, AuthorityService authorities) {
        this.api = api;
        this.authorities = authorities;
    }

    @GetMapping("/requests")
    ApiJson.RequestPage requests(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String sentFrom,
            @RequestParam(required = false) String sentTo,
            @RequestParam(required = false) String q) {
        if (page < 0) {
            throw new BadApiParameter("page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadApiParameter("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        RequestFilter filter = new RequestFilter(authorityId(authority), status(status), q,
                date("sentFrom", sentFrom), date("sentTo", sentTo));
        return api.list(filter, page, size);
    }

    @GetMapping("/requests/{id}")
    ApiJson.RequestDetail request(@PathVariable long id) {
        return api.get(id);
    }

    @GetMapping("/requests/{id}/answers")
    ApiJson.Answers answers(@PathVariable long id) {
        return api.answers(id);
    }

    private Long authorityId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return authorities.findByCode(code.strip()).map(Authority::getId)
                .orElseThrow(() -> new BadApiParameter("No authority in the directory has the code " + code.strip()));
    }

    private static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadApiParameter("status must be one of " + Arrays.toString(RequestStatus.values()));
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadApiParameter(name + " must be a date like 2025-04-01");
        }
    }

    static final class BadApiParameter extends RuntimeException {
        BadApiParameter(String message) {
            super(message);
        }
    }
}
