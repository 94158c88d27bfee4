/** Native SQL repositories of the profile and the disclosure records. */
package org.linli.fund.compliance.infrastructure;
