/**
 * The working-day calendar: per year the public holidays and the make-up working days (调休) of the
 * State Council's arrangement; years without an arrangement count Monday to Friday.
 */
package org.linli.kernel.calendar.domain;
