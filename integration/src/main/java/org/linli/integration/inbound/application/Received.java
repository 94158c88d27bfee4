package org.linli.integration.inbound.application;

/**
 * What receiving a list did: {@code duplicate} when the same bytes came from the same source before
 * (nothing applied again; {@code fileId} names the first).
 */
public record Received(
    String fileId, boolean duplicate, String status, int applied, int rejected, String error) {}
