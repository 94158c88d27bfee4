/** Use cases of the buyer, the provider and the provider's workers. */
package org.linli.fund.purchase.application;
