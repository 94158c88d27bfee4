/** REST resources of 通存通兑 clearing under /api/v1/orgs/{org}/time-bank/clearing. */
package org.linli.volunteer.timebank.clearing.api;
