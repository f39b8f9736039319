package org.lifecircle.api;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/** One-line messages for what Spring MVC refuses (it names no class, path or stack frame). */
final class MvcErrors {

    private MvcErrors() {
    }

    static String message(Exception e, int status) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedMethods() == null ? "" : " (allowed: "
                    + String.join(", ", method.getSupportedMethods()) + ")";
            return "method " + method.getMethod() + " is not allowed on this URL" + allowed;
        }
        if (e instanceof HttpMediaTypeNotSupportedException type) {
            return "this URL does not take a body of type " + (type.getContentType() == null ? "(none)"
                    : type.getContentType()) + " (it takes " + list(type.getSupportedMediaTypes()) + ")";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException type) {
            return "this URL answers only in " + list(type.getSupportedMediaTypes())
                    + ", which the request's Accept header does not allow";
        }
        return ErrorBodies.generalMessage(status);
    }

    static String unusableContentType() {
        return "the Content-Type header is not a usable media type (write endpoints take application/json;"
                + " imports take application/zip)";
    }

    private static String list(Collection<?> types) {
        return types == null || types.isEmpty() ? "other types"
                : types.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
