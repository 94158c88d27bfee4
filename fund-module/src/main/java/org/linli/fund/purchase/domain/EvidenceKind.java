package org.linli.fund.purchase.domain;

/** What an evidence entry proves (EVV elements, photos, the resident's word, the 回访). */
public enum EvidenceKind {
  CHECK_IN,
  CHECK_OUT,
  PHOTO,
  CONFIRMATION,
  FOLLOW_UP
}
