/**
 * Government service purchase (政府购买服务), part A: contracts between a buyer and a provider
 * organization, the buyer's resident roster, service orders with hash-chained evidence (ADR 0015).
 */
package org.linli.fund.purchase;
