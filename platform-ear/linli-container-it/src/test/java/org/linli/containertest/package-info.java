/**
 * Container tests: Arquillian runs them inside a real Liberty with the real WAR against PostgreSQL,
 * to check the platform kernel's tenancy plumbing from inside the application.
 */
package org.linli.containertest;
