/** The about-you fields a response can carry, keyed by the `field` of the items that fill them. */
export const ABOUT_FIELDS = [
  'partnership-name',
  'place',
  'sector',
  'role-level',
  'time-involved',
] as const;
export type AboutField = (typeof ABOUT_FIELDS)[number];
