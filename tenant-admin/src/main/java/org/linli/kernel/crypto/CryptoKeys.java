package org.linli.kernel.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys for personal data come from configuration (environment in production, generated per run by
 * the scripts), never from the repository. A missing key stops the application from starting.
 */
@ApplicationScoped
public class CryptoKeys {
  @Inject
  @ConfigProperty(name = "linli.crypto.pii-key-id", defaultValue = "k1")
  String piiKeyId;

  @Inject
  @ConfigProperty(name = "linli.crypto.pii-key")
  String piiKey;

  @Inject
  @ConfigProperty(name = "linli.crypto.hmac-key")
  String hmacKey;

  // @Singleton, not @ApplicationScoped: the cipher classes are final and need no client proxy.
  @Produces
  @Singleton
  PiiCipher piiCipher() {
    return PiiCipher.fromBase64Key(piiKeyId, piiKey);
  }

  @Produces
  @Singleton
  KeyedHasher keyedHasher() {
    return KeyedHasher.fromBase64Key(hmacKey);
  }
}
