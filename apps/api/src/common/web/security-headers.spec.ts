import { loadConfig } from '../../config/config';
import { contentSecurityPolicy, tileSource } from './security-headers';

describe('security headers', () => {
  it('allows images from the tile server of MAP_TILE_URL only, with {s} subdomains as a wildcard', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.openstreetmap.fr',
    );
    expect(tileSource('http://127.0.0.1:8123/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8123');
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource(null)).toBeNull();
  });

  it('lets the site run its own scripts only, and load nothing from elsewhere but the tiles', () => {
    const csp = contentSecurityPolicy(loadConfig({}));
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy(loadConfig({ MAP_TILE_URL: 'off' }))['img-src']).toEqual(["'self'", 'data:']);
  });
});
