package org.answerable.reminder;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-click unsubscribe link in every reminder: opening it (GET) or a mail program's own
 * button (POST, RFC 8058) turns the owner's reminders off, without signing in; the signed token
 * is the credential.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/reminders/unsubscribe";

    private final ReminderService reminders;

    UnsubscribeController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> open(@RequestParam(name = "t", required = false) String token) {
        return unsubscribe(token);
    }

    @PostMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> oneClick(@RequestParam(name = "t", required = false) String token) {
        return unsubscribe(token);
    }

    private ResponseEntity<String> unsubscribe(String token) {
        if (reminders.unsubscribe(token)) {
            return ResponseEntity.ok(page("Reminder emails are off",
                    "You will get no more reminder emails from Answerable. Turn them on again on My account."));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("This link is not valid",
                "The unsubscribe link is incomplete or not one of ours. Change your reminders on My account."));
    }

    /** Fixed words only: nothing from the request is written into the page. */
    private static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " · Answerable</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>";
    }
}
