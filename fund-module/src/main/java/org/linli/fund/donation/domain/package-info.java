/** Donors and donations: the aggregates and their repository port. */
package org.linli.fund.donation.domain;
