/** The books' rules: the 民非 chart, funds, balanced vouchers with maker-checker. No I/O. */
package org.linli.fund.accounting.domain;
