/**
 * Whether charts animate: not for people who asked their system for less motion
 * (prefers-reduced-motion), nor in the browser tests, which emulate that preference so a
 * screenshot shows the finished chart instead of one caught mid-animation.
 */
export function chartAnimation(): boolean {
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
}
