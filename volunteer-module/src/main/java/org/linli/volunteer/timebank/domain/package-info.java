/**
 * Time bank rules and facts: how a deposit splits between a volunteer's accounts and the org pool,
 * deceased holders' settlements and dormancy reminders.
 */
package org.linli.volunteer.timebank.domain;
