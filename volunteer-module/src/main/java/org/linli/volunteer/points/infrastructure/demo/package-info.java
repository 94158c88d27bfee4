/** Demo data of the points shop, loaded when LINLI_DEMO_ENABLED is true. */
package org.linli.volunteer.points.infrastructure.demo;
