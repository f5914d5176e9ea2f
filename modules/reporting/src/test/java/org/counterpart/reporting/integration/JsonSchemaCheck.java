package org.counterpart.reporting.integration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema (2020-12) the contract's schemas use — {@code type} (one or several), {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code pattern},
 * {@code minimum}, {@code format} uuid/date/date-time — checked against a parsed JSON value. No validator library is
 * on the test class path, and the poms are not changed for one.
 */
final class JsonSchemaCheck {

    private JsonSchemaCheck() {
    }

    static List<String> problems(Map<?, ?> schema, Object value) {
        var problems = new ArrayList<String>();
        check(schema, value, "$", problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<?, ?> schema, Object value, String path, List<String> problems) {
        var type = schema.get("type");
        if (type != null) {
            var types = type instanceof List<?> list ? list : List.of(type);
            if (types.stream().noneMatch(t -> is((String) t, value))) {
                problems.add(path + ": " + describe(value) + " is not " + types);
                return;
            }
        }
        if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
            problems.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value instanceof String text) {
            if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
                problems.add(path + ": \"" + text + "\" does not match " + pattern);
            }
            if (schema.get("format") instanceof String format && !formatted(format, text)) {
                problems.add(path + ": \"" + text + "\" is not a " + format);
            }
        }
        if (value instanceof Number number && schema.get("minimum") instanceof Number minimum
                && new BigDecimal(number.toString()).compareTo(new BigDecimal(minimum.toString())) < 0) {
            problems.add(path + ": " + number + " is below " + minimum);
        }
        if (value instanceof Map<?, ?> object) {
            var properties = (Map<String, Map<?, ?>>) schema.get("properties");
            if (schema.get("required") instanceof List<?> required) {
                required.stream().filter(name -> !object.containsKey(name))
                        .forEach(name -> problems.add(path + ": required " + name + " is missing"));
            }
            for (var entry : object.entrySet()) {
                var property = properties == null ? null : properties.get((String) entry.getKey());
                if (property == null) {
                    if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                        problems.add(path + ": " + entry.getKey() + " is not in the schema");
                    }
                } else {
                    check(property, entry.getValue(), path + "." + entry.getKey(), problems);
                }
            }
        }
        if (value instanceof List<?> array && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < array.size(); i++) {
                check(items, array.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean is(String type, Object value) {
        return switch (type) {
            case "null" -> value == null;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            case "number" -> value instanceof Number;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            default -> throw new IllegalArgumentException("type " + type + " is not checked here");
        };
    }

    private static boolean formatted(String format, String text) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> throw new IllegalArgumentException("format " + format + " is not checked here");
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
