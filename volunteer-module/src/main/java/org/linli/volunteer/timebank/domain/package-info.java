/** Time bank rules: how a deposit splits between a volunteer's time account and the org pool. */
package org.linli.volunteer.timebank.domain;
