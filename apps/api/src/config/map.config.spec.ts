import { configProblems, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => configProblems(env).join('\n');

describe('map configuration', () => {
  it("uses OpenStreetMap's standard tiles and credit by default", () => {
    expect(loadConfig({}).map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© les contributeurs d’OpenStreetMap',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
    });
  });

  it('takes another tile server with its own credit, or a path on this site', () => {
    const config = loadConfig({
      MAP_TILE_URL: 'https://{s}.tiles.example.fr/osmfr/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: '© OpenStreetMap France',
      MAP_TILE_ATTRIBUTION_URL: 'https://www.openstreetmap.fr/',
    });
    expect(config.map).toEqual({
      tileUrl: 'https://{s}.tiles.example.fr/osmfr/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap France',
      attributionUrl: 'https://www.openstreetmap.fr/',
    });
    expect(loadConfig({ MAP_TILE_URL: '/tiles/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'local' }).map.tileUrl).toBe(
      '/tiles/{z}/{x}/{y}.png',
    );
  });

  it('turns the tiles off with "off"', () => {
    expect(loadConfig({ MAP_TILE_URL: 'off' }).map).toEqual({ tileUrl: null, attribution: '', attributionUrl: null });
  });

  it('refuses a template without coordinates, another scheme, or a custom server without credit', () => {
    expect(problemsOf({ MAP_TILE_URL: 'https://tiles.example.fr/map.png', MAP_TILE_ATTRIBUTION: 'x' })).toMatch(
      /MAP_TILE_URL must contain \{z\}, \{x\} and \{y\}/,
    );
    expect(problemsOf({ MAP_TILE_URL: 'javascript:alert(1)/{z}/{x}/{y}', MAP_TILE_ATTRIBUTION: 'x' })).toMatch(
      /MAP_TILE_URL must be an http\(s\) URL/,
    );
    expect(problemsOf({ MAP_TILE_URL: 'https://tiles.example.fr/{z}/{x}/{y}.png' })).toMatch(
      /MAP_TILE_ATTRIBUTION is required/,
    );
    expect(problemsOf({ MAP_TILE_ATTRIBUTION_URL: 'ftp://example.fr', MAP_TILE_ATTRIBUTION: 'x' })).toMatch(
      /MAP_TILE_ATTRIBUTION_URL must be an http\(s\) URL/,
    );
  });
});
