package dev.switchboard.common.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Singleton;

/**
 * Reads the bodies clients send to Switchboard's API, strictly typed: a number or boolean where a string
 * is expected (message content, a credential, a header value), a string where a number or boolean is
 * expected, a fraction where an integer is expected, or a number for an enum is a malformed body, not
 * a value Jackson converts and passes on meaning something else. An integer still reads as a fraction
 * ({@code "temperature": 1}): JSON does not tell them apart.
 *
 * <p>Only for our own request bodies (the REST layer through {@link RequestJsonResolver}, the invocation
 * route): the application's {@link ObjectMapper} stays lenient, because it also reads the providers'
 * replies, which are not ours to police.
 */
@Singleton
public class RequestJson {

    private final ObjectMapper mapper;

    RequestJson(ObjectMapper json) {
        this.mapper = strict(json.copy());
    }

    /** A reader of request bodies of this type. */
    public ObjectReader readerFor(Class<?> type) {
        return mapper.readerFor(type);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
