package org.linli.volunteer.certificate.domain;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import org.linli.volunteer.certificate.domain.CertificateFacts.Holder;
import org.linli.volunteer.certificate.domain.CertificateFacts.Issuer;
import org.linli.volunteer.certificate.domain.CertificateFacts.ServiceItem;

/** Certificate facts and keys shared by the certificate tests. */
public final class Samples {
  private Samples() {}

  public static CertificateFacts facts(String number) {
    return CertificateFacts.of(
        number,
        LocalDate.of(2026, 11, 23),
        new Issuer("sunshine-sw", "南京市鼓楼区阳光社会工作服务中心", "52320106MJ5432101X", "王芳"),
        new Holder("张伟", "3201**********123X", "2026000001"),
        new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 22)),
        "升学材料",
        List.of(
            new ServiceItem(LocalDate.of(2026, 10, 3), "社区助老服务", "陪伴老人、整理物资", 90),
            new ServiceItem(LocalDate.of(2026, 11, 2), "垃圾分类宣传", "入户宣传 \"分类\"\n指导", 120)));
  }

  public static KeyPair keyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
