package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.tenant.application.Commands.PersonDetails;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.tenant.domain.person.PhoneNumber;
import org.linli.tenant.domain.person.ResidentIdNumber;

/**
 * Finds a platform-wide person by the keyed hash of their ID number, or registers them with the
 * number and phone encrypted; then makes sure they have a login. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PersonRegistry {
  static final String RESIDENT_ID = "RESIDENT_ID";

  @Inject PersonRepository people;
  @Inject PiiCipher cipher;
  @Inject KeyedHasher hasher;
  @Inject LoginDirectory logins;

  public Person findOrRegister(PersonDetails details) {
    if (details == null) {
      throw DomainException.invalidField("person", "PERSON_REQUIRED", "缺少人员信息 (person required)");
    }
    ResidentIdNumber idNumber = ResidentIdNumber.parse(details.idNumber());
    PhoneNumber phone = PhoneNumber.parse(details.phone());
    String idKey = hasher.hash(RESIDENT_ID + ":" + idNumber.value());
    Person person =
        people.findByIdKey(idKey).orElseGet(() -> register(idKey, idNumber, phone, details));
    if (person.keycloakUserId() == null) {
      person.linkLogin(logins.ensureLogin(details.email(), person.name(), person.id()));
    }
    return person;
  }

  private Person register(
      String idKey, ResidentIdNumber idNumber, PhoneNumber phone, PersonDetails details) {
    String id = UUID.randomUUID().toString();
    Person.ProtectedPii pii =
        new Person.ProtectedPii(
            RESIDENT_ID,
            cipher.encrypt(idNumber.value(), "person.id_number"),
            idNumber.masked(),
            cipher.encrypt(phone.value(), "person.phone"),
            phone.masked());
    Person person =
        new Person(id, idKey, pii, details.name().strip(), details.email(), Instant.now());
    people.add(person);
    return person;
  }

  /** The full ID number, for roles that need it. */
  public String revealIdNumber(Person person) {
    return cipher.decrypt(person.idNumberCiphertext(), "person.id_number");
  }

  public String revealPhone(Person person) {
    return person.phoneCiphertext() == null
        ? null
        : cipher.decrypt(person.phoneCiphertext(), "person.phone");
  }
}
