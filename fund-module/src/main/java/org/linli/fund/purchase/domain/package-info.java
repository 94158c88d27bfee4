/** Contracts, residents, service orders and their evidence chain; rules without persistence. */
package org.linli.fund.purchase.domain;
