import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/config';

/**
 * Where the map's background tiles come from, as a Content-Security-Policy source: the origin of MAP_TILE_URL, with a
 * `{s}` subdomain as a wildcard (`https://{s}.tile.example.fr/…` → `https://*.tile.example.fr`); none when the tiles
 * are off or served by the site itself.
 */
export function tileSource(tileUrl: string | null): string | null {
  if (!tileUrl || tileUrl.startsWith('/')) return null;
  const match = /^(https?):\/\/([^/]+)/.exec(tileUrl);
  if (!match) return null;
  return `${match[1]}://${match[2].replace(/\{s\}/g, '*')}`;
}

/** The Content-Security-Policy of the site: its own scripts only, and nothing loaded from elsewhere but map tiles. */
export function contentSecurityPolicy(config: AppConfig): Record<string, string[]> {
  const tiles = tileSource(config.map.tileUrl);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Charts and the map position their parts with style attributes.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', ...(tiles ? [tiles] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * Security headers of every response (helmet): the CSP above, no framing, no MIME sniffing, HSTS when the public
 * address is https. The referrer policy keeps the site's origin in requests to the tile server, which OpenStreetMap's
 * tile usage policy asks for.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    strictTransportSecurity: config.publicUrl.startsWith('https://') ? { maxAge: 15_552_000 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}
