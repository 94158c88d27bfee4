/** REST resources of the compliance meter, the profile and the disclosure calendar. */
package org.linli.fund.compliance.api;
