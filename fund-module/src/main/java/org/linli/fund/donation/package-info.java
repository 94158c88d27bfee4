/**
 * Donations: donors (people with masked ID numbers, companies, anonymous), gifts in cash, in kind
 * and pledges, each received gift posting its voucher through the books; and the donor's public
 * fund-use page.
 */
package org.linli.fund.donation;
