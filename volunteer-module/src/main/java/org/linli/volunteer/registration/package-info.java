/**
 * Registration: an organization's volunteers (real-name profiles of platform people), their status
 * and the age rules (《志愿服务条例》, 记录办法 Art. 5). Every other volunteer context builds on it.
 */
package org.linli.volunteer.registration;
