/**
 * 通存通兑 clearing between organizations: agreements (trust lines with a limit) and the two sides of a
 * cross-organization redemption. Each organization holds only its own side.
 */
package org.linli.volunteer.timebank.clearing.domain;
