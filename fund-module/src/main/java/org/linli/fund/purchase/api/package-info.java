/** REST resources of contracts, residents and service orders, and the public contract read. */
package org.linli.fund.purchase.api;
