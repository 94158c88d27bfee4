package org.linli.volunteer.servicedonation.domain;

/**
 * What a run does with the valued hours. {@code OFF}: runs are refused (the default until set).
 * {@code RECOGNISE}: posted to the books as 服务捐赠 (Dr 510103 / Cr 410103). {@code DISCLOSE}: valued
 * and remembered for the notes to the statements only; nothing is posted.
 */
public enum ServiceDonationMode {
  OFF,
  RECOGNISE,
  DISCLOSE
}
