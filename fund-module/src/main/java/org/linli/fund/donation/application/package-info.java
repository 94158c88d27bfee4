/** Use cases of donations (the transaction boundary) and the vouchers gifts post. */
package org.linli.fund.donation.application;
