/**
 * The renderer's Content-Security-Policy in the built app: nothing but its own
 * origin, no inline script or style, no plugins, no forms posting anywhere.
 * Set as a meta tag at build time and as a header by every server of the page
 * (the app's custom protocol, the e2e host).
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy as a header, where `frame-ancestors` also works (a meta tag ignores it). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;

/** The dev server's policy (forge start): Vite injects styles and talks over a socket for hot reload. */
export const DEV_RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws:; object-src 'none'";
