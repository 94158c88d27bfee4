package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;
import org.linli.tenant.application.Commands.PersonDetails;
import org.linli.tenant.domain.person.IdentityDocument;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.tenant.domain.person.PhoneNumber;

/**
 * Finds a platform-wide person by the keyed hash of their ID number, or registers them with the
 * number and phone encrypted; then makes sure they have a login. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PersonRegistry {
  public static final String RESIDENT_ID = IdentityDocument.RESIDENT_ID;

  /** 港澳台居民居住证: the same GB 11643 number shape, region 810000/820000/830000. */
  public static final String HMT_RESIDENCE_PERMIT = IdentityDocument.HMT_RESIDENCE_PERMIT;

  @Inject PersonRepository people;
  @Inject PiiCipher cipher;
  @Inject KeyedHasher hasher;
  @Inject LoginDirectory logins;

  /** A person identified by a 居民身份证 who gets (or keeps) a login for their e-mail. */
  public Person findOrRegister(PersonDetails details) {
    return findOrRegister(details, RESIDENT_ID);
  }

  /**
   * Finds or registers a person by document type and number. A login is created only when an e-mail
   * is given (staff may register volunteers who never sign in themselves).
   */
  public Person findOrRegister(PersonDetails details, String idType) {
    if (details == null) {
      throw DomainException.invalidField("person", "PERSON_REQUIRED");
    }
    IdentityDocument idNumber = parseDocument(idType, details.idNumber());
    PhoneNumber phone = PhoneNumber.parse(details.phone());
    if (details.email() != null && details.email().isBlank()) {
      throw DomainException.invalidField("email", "EMAIL_EMPTY");
    }
    String idKey = hasher.hash(idType + ":" + idNumber.number());
    Person person =
        people
            .findByIdKey(idKey)
            .map(known -> sameName(known, details.name()))
            .orElseGet(() -> register(idKey, idType, idNumber, phone, details));
    if (person.keycloakUserId() == null && details.email() != null) {
      String login = logins.ensureLogin(details.email(), person.name(), person.id());
      people
          .findByLogin(login)
          .filter(other -> !other.id().equals(person.id()))
          .ifPresent(
              other -> {
                throw emailTaken();
              });
      person.linkLogin(login);
    }
    return person;
  }

  /**
   * A known ID number under another name is a typing error or someone else's number: either way it
   * must not silently join the new entry to that person. The stored name is not disclosed.
   */
  private static Person sameName(Person known, String name) {
    if (name != null && !known.name().equals(name.strip())) {
      throw new DomainException(
          ErrorKind.CONFLICT,
          "ID_NUMBER_NAME_MISMATCH",
          List.of(FieldError.of("idNumber", "ID_NUMBER_NAME_MISMATCH")));
    }
    return known;
  }

  /** The e-mail is already the user name of another person's login. */
  private static DomainException emailTaken() {
    return new DomainException(
        ErrorKind.CONFLICT, "EMAIL_TAKEN", List.of(FieldError.of("email", "EMAIL_TAKEN")));
  }

  /**
   * Finds or registers a person whom staff record on someone else's behalf (e.g. a volunteer's
   * family member in the time bank): never a login, and the phone may be unknown.
   */
  public Person findOrRegisterWithoutLogin(
      String name, String idType, String idNumber, String phone) {
    IdentityDocument document = parseDocument(idType, idNumber);
    PhoneNumber parsedPhone = phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone);
    String idKey = hasher.hash(idType + ":" + document.number());
    return people
        .findByIdKey(idKey)
        .map(known -> sameName(known, name))
        .orElseGet(
            () ->
                register(
                    idKey,
                    idType,
                    document,
                    parsedPhone,
                    new PersonDetails(name, idNumber, phone, null)));
  }

  /** One entry of a list (a roster row): a name and a document number, nothing else. */
  public record Listed(String name, String idNumber) {}

  /** What a listed entry resolves to: its person, or the stable code it is refused with. */
  public record Resolved(Person person, String refusal) {}

  /**
   * {@link #findOrRegisterWithoutLogin} for a whole list at once, in the caller's transaction: the
   * known people found in one statement, the new ones registered in one (numbers encrypted here,
   * never in SQL). The answers are in the order of {@code listed}; an entry naming a person listed
   * earlier resolves to the same person.
   */
  public List<Resolved> findOrRegisterAllWithoutLogin(String idType, List<Listed> listed) {
    List<String> keys = new ArrayList<>();
    List<IdentityDocument> documents = new ArrayList<>();
    List<Resolved> out = new ArrayList<>();
    for (Listed l : listed) {
      try {
        IdentityDocument d = parseDocument(idType, l.idNumber());
        documents.add(d);
        keys.add(hasher.hash(idType + ":" + d.number()));
      } catch (DomainException e) {
        documents.add(null);
        keys.add(null);
      }
    }
    Map<String, Person> known =
        new HashMap<>(people.findByIdKeys(keys.stream().filter(Objects::nonNull).toList()));
    Map<String, Person> fresh = new LinkedHashMap<>();
    for (int i = 0; i < listed.size(); i++) {
      String key = keys.get(i);
      if (key != null && !known.containsKey(key) && !fresh.containsKey(key)) {
        Person p =
            new Person(
                UUID.randomUUID().toString(),
                key,
                protect(idType, documents.get(i), null),
                listed.get(i).name().strip(),
                null,
                Instant.now());
        fresh.put(key, p);
      }
    }
    Set<String> inserted = people.addAll(List.copyOf(fresh.values()));
    known.putAll(fresh);
    if (inserted.size() < fresh.size()) {
      // Registered by another transaction meanwhile (another organization's list): theirs holds.
      List<String> raced = fresh.keySet().stream().filter(k -> !inserted.contains(k)).toList();
      known.putAll(people.findByIdKeys(raced));
    }
    for (int i = 0; i < listed.size(); i++) {
      String key = keys.get(i);
      if (key == null) {
        out.add(new Resolved(null, refusalOf(idType, listed.get(i).idNumber())));
        continue;
      }
      Person p = known.get(key);
      String name = listed.get(i).name();
      boolean sameName = name == null || p.name().equals(name.strip());
      out.add(sameName ? new Resolved(p, null) : new Resolved(null, "ID_NUMBER_NAME_MISMATCH"));
    }
    return out;
  }

  private static String refusalOf(String idType, String idNumber) {
    try {
      parseDocument(idType, idNumber);
      return "ID_NUMBER_INVALID";
    } catch (DomainException e) {
      return e.code();
    }
  }

  /**
   * The signed-in person, who must be the holder of the document they claim: a login cannot
   * register someone else's identity.
   */
  public Person signedInHolderOf(String subject, String idType, String idNumber) {
    IdentityDocument number = parseDocument(idType, idNumber);
    Person person =
        people.findByLogin(subject).orElseThrow(() -> DomainException.rule("PERSON_UNKNOWN"));
    if (!person.hasDocument(hasher.hash(idType + ":" + number.number()))) {
      throw DomainException.rule("ID_MISMATCH");
    }
    return person;
  }

  /** Whether the person {@code personId} is the holder of this document; registers no one. */
  public boolean isHolder(String personId, String idType, String idNumber) {
    IdentityDocument document = parseDocument(idType, idNumber);
    return people
        .findByIdKey(hasher.hash(idType + ":" + document.number()))
        .map(known -> known.id().equals(personId))
        .orElse(false);
  }

  /** The id of the person holding this document, if the platform knows them; registers no one. */
  public Optional<String> findWithoutRegistering(String idType, String idNumber) {
    IdentityDocument document = parseDocument(idType, idNumber);
    return people.findByIdKey(hasher.hash(idType + ":" + document.number())).map(Person::id);
  }

  /** A validated document of a supported type (see {@link IdentityDocument}). */
  public static IdentityDocument parseDocument(String idType, String number) {
    return IdentityDocument.parse(idType, number);
  }

  private Person register(
      String idKey,
      String idType,
      IdentityDocument idNumber,
      PhoneNumber phone,
      PersonDetails details) {
    Person person =
        new Person(
            UUID.randomUUID().toString(),
            idKey,
            protect(idType, idNumber, phone),
            details.name().strip(),
            details.email(),
            Instant.now());
    people.add(person);
    return person;
  }

  private Person.ProtectedPii protect(String idType, IdentityDocument idNumber, PhoneNumber phone) {
    return new Person.ProtectedPii(
        idType,
        cipher.encrypt(idNumber.number(), "person.id_number"),
        idNumber.masked(),
        phone == null ? null : cipher.encrypt(phone.value(), "person.phone"),
        phone == null ? null : phone.masked());
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
