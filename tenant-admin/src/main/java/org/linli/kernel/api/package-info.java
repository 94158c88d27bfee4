/** REST plumbing shared by every module: problem+json errors, paging, request validation. */
package org.linli.kernel.api;
