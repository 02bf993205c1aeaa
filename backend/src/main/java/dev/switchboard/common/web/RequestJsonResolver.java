package dev.switchboard.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the REST layer the strict {@link RequestJson} mapper, so that every resource's body is bound
 * with it. Writing is unaffected: the coercion rules apply to reading only.
 */
@Provider
class RequestJsonResolver implements ContextResolver<ObjectMapper> {

    private final RequestJson requestJson;

    RequestJsonResolver(RequestJson requestJson) {
        this.requestJson = requestJson;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return requestJson.mapper();
    }
}
