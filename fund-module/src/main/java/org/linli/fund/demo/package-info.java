/** Demo books for {@code linli run}: a year of a social-work agency's fund accounting. */
package org.linli.fund.demo;
