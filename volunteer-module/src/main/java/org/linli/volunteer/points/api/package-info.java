/** REST resources of points: rules, bonuses, expiry runs, shop, redemptions, leaderboard. */
package org.linli.volunteer.points.api;
