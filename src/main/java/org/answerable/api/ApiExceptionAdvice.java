package org.answerable.api;

import java.util.Map;
import org.answerable.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every JSON API controller answers failures the same way: JSON {"error": ...}, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.body(e.getMessage()));
    }

    @ExceptionHandler(RequestApiController.BadApiParameter.class)
    ResponseEntity<Map<String, String>> badParameter(RequestApiController.BadApiParameter e) {
        return ResponseEntity.badRequest().body(ApiErrors.body(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiErrors.body(e.getName() + " must be a whole number"));
    }

    /** The owner was disabled or left the team while the call was under way. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> refused(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiErrors.body(ApiErrors.INVALID_TOKEN));
    }

    /** Scripts get JSON even when something breaks; the details go to the log, not to the caller. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failed(RuntimeException e) {
        log.error("JSON API call failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiErrors.body("Something went wrong on our side; please try again later"));
    }

}
