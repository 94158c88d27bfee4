package org.linli.kernel.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantId;

/**
 * Enforces each endpoint's declared access rule. The organization comes only from the path and is
 * admitted against stored memberships; the request context is filled once, here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {
  static final String PLATFORM_ADMIN = "platform-admin";

  @Context ResourceInfo resourceInfo;
  @Inject RequestContext requestContext;
  @Inject OrgAdmission orgAdmission;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    Annotation rule = method == null ? null : accessRule(method);
    if (method == null || rule instanceof Public) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token)) {
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED");
    }
    requestContext.authenticated(token.getSubject(), token.getName());
    if (rule instanceof OrgRoles orgRoles) {
      admitToOrg(request, token, orgRoles.value());
    } else if (rule instanceof PlatformAdmin) {
      Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
      if (!groups.contains(PLATFORM_ADMIN)) {
        throw DomainException.forbidden("PLATFORM_ADMIN_REQUIRED");
      }
    } else if (!(rule instanceof SignedIn)) {
      throw DomainException.forbidden("ACCESS_NOT_DECLARED");
    }
  }

  private void admitToOrg(ContainerRequestContext request, JsonWebToken token, OrgRole[] wanted) {
    String org = request.getUriInfo().getPathParameters().getFirst("org");
    if (org == null) {
      throw DomainException.forbidden("ACCESS_NOT_DECLARED")
          .withMessage("ACCESS_NOT_DECLARED.NO_ORG");
    }
    TenantId tenant = TenantId.of(org);
    Admission admission = orgAdmission.admit(tenant, token.getSubject());
    if (!admission.holdsAnyOf(wanted)) {
      String needed =
          Arrays.stream(wanted).map(OrgRole::wireName).collect(Collectors.joining(", "));
      throw DomainException.forbidden("ROLE_REQUIRED").with(needed);
    }
    requestContext.admitted(
        tenant,
        admission.personId(),
        admission.roles().stream().map(OrgRole::wireName).collect(Collectors.toSet()));
  }

  private static final List<Class<? extends Annotation>> RULES =
      List.of(Public.class, PlatformAdmin.class, SignedIn.class, OrgRoles.class);

  /** The method's own rule wins over its class's; null when neither declares one. */
  private static Annotation accessRule(Method method) {
    Annotation rule = firstRule(method.getAnnotations());
    return rule != null ? rule : firstRule(method.getDeclaringClass().getAnnotations());
  }

  private static Annotation firstRule(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (RULES.contains(a.annotationType())) {
        return a;
      }
    }
    return null;
  }
}
