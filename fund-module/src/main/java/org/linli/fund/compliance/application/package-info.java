/** Use cases: the meter from the books' figures, the profile, the disclosure calendar. */
package org.linli.fund.compliance.application;
