/** REST access to the audit chain for org admins and auditors. */
package org.linli.kernel.audit.api;
