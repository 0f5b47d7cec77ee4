/**
 * The one image a shared link shows (Open Graph, Twitter cards): `public/chia-se.png`, 1200×630,
 * a 24-colour PNG of about 15 KB, rendered once from the site's name and mark. Only sharing
 * services fetch it; no page loads it.
 */
export const SHARE_IMAGE = { path: '/chia-se.png', width: 1200, height: 630 } as const;
