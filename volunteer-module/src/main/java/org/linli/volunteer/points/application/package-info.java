/**
 * Points use cases. Every movement of points is a posting through the fund module's ledger engine
 * (ADR 0006) with a deterministic transaction id; lots record where each volunteer's points came
 * from so spending and expiry can go oldest first (ADR 0008).
 */
package org.linli.volunteer.points.application;
