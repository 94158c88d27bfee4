/** The rate setting, the valuation of service records and the voucher plan of a run. */
package org.linli.volunteer.servicedonation.domain;
