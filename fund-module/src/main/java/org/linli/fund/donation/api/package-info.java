/** REST resources of donors, donations and the public fund-use page. */
package org.linli.fund.donation.api;
