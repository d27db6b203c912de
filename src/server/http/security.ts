import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { forbidden, misdirected } from '../errors';
import type { AppEnv } from './app-env';
import { isLoopbackUrl, loopbackHostnames } from './loopback';

export function securityHeaders(https: boolean): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    // Stakeholder links must never leak to another site through the Referer header.
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginOpenerPolicy: 'same-origin',
  });
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Answers only to BASE_URL's host name, or a loopback name (a reverse proxy or health check on this
 * machine). A page on another name that resolves to this server (DNS rebinding) gets 421 instead of
 * the app. `/healthz` answers any name, so an orchestrator can probe a container by its address.
 */
export function knownHostOnly(baseUrl: string): MiddlewareHandler {
  const ownHostname = new URL(baseUrl).hostname;
  return async (c, next) => {
    if (c.req.path === '/healthz') return next();
    const { hostname } = new URL(c.req.url);
    if (hostname !== ownHostname && !loopbackHostnames.has(hostname))
      throw misdirected(
        'unknown_host',
        `This server answers only to ${ownHostname} (its BASE_URL). A reverse proxy must pass the Host header on.`,
      );
    return next();
  };
}

/** BASE_URL's origin; in development also the same port on the other loopback names. */
function allowedOrigins(baseUrl: string): Set<string> {
  const base = new URL(baseUrl);
  if (!isLoopbackUrl(baseUrl)) return new Set([base.origin]);
  return new Set(
    [...loopbackHostnames].map(
      (hostname) => `${base.protocol}//${hostname}${base.port ? `:${base.port}` : ''}`,
    ),
  );
}

/**
 * Cross-site request forgery guard: a state-changing request must come from our own origin, as
 * browsers state in Origin (or Sec-Fetch-Site). Requests that say neither are refused. The origin
 * is BASE_URL's, never one built from the request's own Host, which the sender chooses.
 */
export function sameOriginOnly(baseUrl: string): MiddlewareHandler<AppEnv> {
  const allowed = allowedOrigins(baseUrl);
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    // A bearer token is sent by a script, never added by a browser: nothing to forge (bearer-auth.ts).
    if (c.get('tokenUser')) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const sameOrigin = origin ? allowed.has(origin) : fetchSite === 'same-origin';
    if (!sameOrigin)
      throw forbidden('cross_site_request', 'This request did not come from Feedforward itself.');
    return next();
  };
}
