/** JPA repository of donors and donations. */
package org.linli.fund.donation.infrastructure;
