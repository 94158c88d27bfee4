/**
 * Demo volunteers, activities, shifts, approved hours and certificates for the run command. Seeds
 * through the contexts' use cases, so it depends on all of them; the points and time bank demos
 * start from its {@link org.linli.volunteer.demo.DemoTenants}.
 */
package org.linli.volunteer.demo;
