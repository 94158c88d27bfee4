package org.linli.volunteer.timebank.application;

/**
 * A donation of hours to the organization's pool. {@code volunteerId} null: the signed-in volunteer
 * donates their own; staff donating on a volunteer's behalf name them and give a reason.
 *
 * @param from CREDIT (ordinary hours) or DONATE_ONLY (group-activity hours)
 */
public record DonateHours(String volunteerId, long minutes, String from, String reason) {}
