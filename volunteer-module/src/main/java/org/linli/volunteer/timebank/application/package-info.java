/**
 * Time bank use cases. Every movement of hours is a posting through the fund module's ledger engine
 * (ADR 0006); this package never writes ledger tables itself.
 */
package org.linli.volunteer.timebank.application;
