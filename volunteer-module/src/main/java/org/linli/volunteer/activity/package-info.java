/** Activities (志愿项目), their shifts, and sign-ups with capacity, waitlist and overlap checks. */
package org.linli.volunteer.activity;
