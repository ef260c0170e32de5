/** How photos leave the phone (ARCHITECTURE.md, Budgets); the server re-encodes whatever arrives. */
export const PHONE_PHOTO = {
  longEdge: 1280,
  maxBytes: 300 * 1024,
  /** Tried in order until the photo fits in maxBytes. */
  qualities: [0.8, 0.7, 0.6, 0.5, 0.4],
} as const
