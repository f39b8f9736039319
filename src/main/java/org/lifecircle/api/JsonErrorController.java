package org.lifecircle.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}): where Tomcat sends every error that a filter or servlet
 * reported with {@code sendError} or an exception, instead of Spring Boot's own JSON or HTML. It
 * answers with the documented error JSON and a general message for the status (the exception's
 * text could name classes or paths, so it stays in the server log).
 */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer known && known >= 400 ? known : 500;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBodies.of(status, ErrorBodies.generalMessage(status)));
    }
}
