/** The ratio rules, the organization's profile and the disclosure items: pure rules. */
package org.linli.fund.compliance.domain;
