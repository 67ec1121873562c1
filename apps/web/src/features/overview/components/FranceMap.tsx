import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { MAP_VIEWS, attributionHtml, type MapMarker, type MapViewKey } from '../utils/map';

export interface MapSettings {
  tileUrl: string | null;
  attribution: string;
  attributionUrl: string | null;
}

interface FranceMapProps {
  markers: MapMarker[];
  settings: MapSettings;
  /** The text of a circle's tooltip (and of its row in the table beside the map). */
  describe(marker: MapMarker): string;
  /** A circle was clicked (or Enter pressed on it): list that département's committed collectivities. */
  onSelect(code: string): void;
  /** Some tiles could not be loaded (tile server down, network closed): the page says so and shows the grid. */
  onTilesFailed(): void;
}

/** The level colours of the per-département grid (styles.css .level-N), for the circles. */
const LEVEL_FILL = ['#f4f6f9', '#7fb0e3', '#2f6fb8', '#0b4f9c', '#083a73'] as const;

/**
 * The map of France on Leaflet: background tiles from the configured server (none when turned off), one circle per
 * département with committed collectivities, sized by their number. Loaded on its own (Leaflet is not in the first
 * load). Each circle is a named keyboard stop; the table beside it is the map's text alternative.
 */
export default function FranceMap({ markers, settings, describe, onSelect, onTilesFailed }: FranceMapProps) {
  const { t, locale } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [view, setView] = useState<MapViewKey>('metropole');
  // The callbacks change on every render of the parent; the map is built from the latest ones without being rebuilt.
  const callbacks = useRef({ describe, onSelect, onTilesFailed });
  useLayoutEffect(() => {
    callbacks.current = { describe, onSelect, onTilesFailed };
  });

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = L.map(container.current, {
      zoomControl: false,
      attributionControl: false,
      minZoom: 2,
      maxZoom: 12,
      worldCopyJump: true,
    });
    instance.fitBounds(MAP_VIEWS[0].bounds);
    L.control.zoom({ zoomInTitle: t('overview.map.zoomIn'), zoomOutTitle: t('overview.map.zoomOut') }).addTo(instance);
    const credit = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(instance);
    if (settings.tileUrl) {
      const tiles = L.tileLayer(settings.tileUrl, { maxZoom: 19, crossOrigin: false });
      let failed = false;
      tiles.on('tileerror', () => {
        if (failed) return;
        failed = true;
        callbacks.current.onTilesFailed();
      });
      tiles.addTo(instance);
      const credits = attributionHtml(settings.attribution, settings.attributionUrl);
      if (credits) credit.addAttribution(credits);
    }
    for (const marker of markers) {
      const circle = L.circleMarker(marker.position, {
        radius: marker.radius,
        color: '#083a73',
        weight: 1.5,
        fillColor: LEVEL_FILL[marker.level],
        fillOpacity: 0.85,
        bubblingMouseEvents: false,
        className: `map-circle map-circle-${marker.code}`,
      })
        .bindTooltip(callbacks.current.describe(marker))
        .on('click', () => callbacks.current.onSelect(marker.code))
        .addTo(instance);
      // Each circle is a keyboard stop with a name: Tab reaches it, Enter or Space opens its list, as a click does.
      const element = circle.getElement();
      if (element) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', 'button');
        element.setAttribute('aria-label', callbacks.current.describe(marker));
        element.addEventListener('keydown', (event) => {
          if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return;
          event.preventDefault();
          callbacks.current.onSelect(marker.code);
        });
        element.addEventListener('focus', () => circle.openTooltip());
        element.addEventListener('blur', () => circle.closeTooltip());
      }
    }
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
    };
    // Rebuilt when the language changes: the zoom buttons' titles are set when the control is made.
  }, [markers, settings, locale, t]);

  const show = (key: MapViewKey) => {
    const target = MAP_VIEWS.find((v) => v.key === key);
    if (!target || !map.current) return;
    map.current.fitBounds(target.bounds);
    setView(key);
  };

  return (
    <div className="france-map">
      <div className="map-views" role="group" aria-label={t('overview.map.views')}>
        {MAP_VIEWS.map((v) => (
          <button
            key={v.key}
            type="button"
            className="button button-secondary map-view-button"
            aria-pressed={view === v.key}
            onClick={() => show(v.key)}
          >
            {t(`overview.map.view.${v.key}`)}
          </button>
        ))}
      </div>
      <div
        ref={container}
        className="france-map-canvas"
        role="region"
        aria-label={t('overview.map.canvas')}
        data-testid="france-map"
      />
    </div>
  );
}
