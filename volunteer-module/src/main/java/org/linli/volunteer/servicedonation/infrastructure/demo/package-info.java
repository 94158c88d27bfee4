/** Demo data of 服务捐赠, loaded when LINLI_DEMO_ENABLED is true. */
package org.linli.volunteer.servicedonation.infrastructure.demo;
