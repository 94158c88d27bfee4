/** Native SQL under row level security, and the peer-copy functions of V61. */
package org.linli.fund.purchase.infrastructure;
