package org.creddesk.domain;

/**
 * Why a value is not acceptable. {@code key} names the message in the resource bundles
 * ({@code validation.*}); {@code message} is the English text for the CLI and logs.
 */
public record Problem(String field, String key, String message) {
    public static Problem of(String field, String key, String message) {
        return new Problem(field, key, message);
    }
}
