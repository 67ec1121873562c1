import { Map as TileMap, type TileComponentProps } from 'pigeon-maps';
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useI18n } from '../../../lib/i18n';
import {
  MAP_VIEWS,
  MAX_ZOOM,
  MIN_ZOOM,
  creditUrl,
  fitBounds,
  isInView,
  panBy,
  tileUrl,
  zoomBy,
  type LatLng,
  type MapMarker,
  type MapSize,
  type MapView,
  type MapViewKey,
} from '../utils/map';

export interface MapSettings {
  tileUrl: string | null;
  attribution: string;
  attributionUrl: string | null;
}

interface FranceMapProps {
  markers: MapMarker[];
  settings: MapSettings;
  /** The text of a circle's tooltip and its name (and of its row in the table beside the map). */
  describe(marker: MapMarker): string;
  /** A circle was clicked (or Enter or Space pressed on it): list that département's committed collectivities. */
  onSelect(code: string): void;
  /** Some tiles could not be loaded (tile server down, network closed): the page says so and shows the grid. */
  onTilesFailed(): void;
}

/** The level colours of the per-département grid (styles.css .level-N), for the circles, at 85 % opacity. */
const LEVEL_FILL = ['#f4f6f9d9', '#7fb0e3d9', '#2f6fb8d9', '#0b4f9cd9', '#083a73d9'] as const;
/** How far an arrow key moves the map, in pixels. */
const PAN_STEP = 80;
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-PAN_STEP, 0],
  ArrowRight: [PAN_STEP, 0],
  ArrowUp: [0, -PAN_STEP],
  ArrowDown: [0, PAN_STEP],
};
/** The map's size before it is laid out (a test without layout): what the style sheet gives it on a wide screen. */
const UNMEASURED: MapSize = { width: 800, height: 512 };

function sizeOf(el: HTMLElement | null): MapSize {
  const box = el?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : UNMEASURED;
}

/** Tells the tiles whom to warn when one cannot be loaded (Pigeon Maps draws them with this component). */
const TileFailure = createContext<() => void>(() => undefined);

function MapTile({ tile, tileLoaded }: TileComponentProps) {
  const failed = useContext(TileFailure);
  const [loaded, setLoaded] = useState(false);
  return (
    <img
      src={tile.url}
      srcSet={tile.srcSet || undefined}
      width={tile.width}
      height={tile.height}
      alt=""
      className={loaded ? 'france-map-tile france-map-tile-loaded' : 'france-map-tile'}
      style={{ left: tile.left, top: tile.top }}
      onLoad={() => {
        setLoaded(true);
        tileLoaded();
      }}
      onError={failed}
    />
  );
}

interface CircleProps {
  marker: MapMarker;
  label: string;
  /** Where Pigeon Maps places the circle: `anchor` is read by the map, `left` and `top` given by it. */
  anchor: LatLng;
  left?: number;
  top?: number;
  onSelect(code: string): void;
  onFocus(marker: MapMarker): void;
}

/** A département's circle: a button named by its figures, with the same text as a tooltip on hover and focus. */
function Circle({ marker, label, left = 0, top = 0, onSelect, onFocus }: CircleProps) {
  const r = marker.radius;
  return (
    <button
      type="button"
      // pigeon-drag-block: a press on a circle is a click, not the start of a drag of the map.
      className={`map-circle map-circle-${marker.code} pigeon-drag-block`}
      aria-label={label}
      style={{
        width: 2 * r,
        height: 2 * r,
        transform: `translate(${left - r}px, ${top - r}px)`,
        background: LEVEL_FILL[marker.level],
      }}
      onClick={() => onSelect(marker.code)}
      onFocus={() => onFocus(marker)}
    >
      <span className="map-circle-tip" aria-hidden="true">
        {label}
      </span>
    </button>
  );
}

function Credit({ settings }: { settings: MapSettings }): ReactNode {
  const url = creditUrl(settings.attributionUrl);
  return (
    <div className="france-map-credit pigeon-drag-block">
      <a href="https://pigeon-maps.js.org/">Pigeon Maps</a>
      {settings.attribution && (
        <>
          {' | '}
          {url ? <a href={url}>{settings.attribution}</a> : settings.attribution}
        </>
      )}
    </div>
  );
}

/**
 * The map of France on Pigeon Maps: background tiles from the configured server, one circle per département with
 * committed collectivities, sized by their number. Loaded on its own, after the figures and charts. Each circle is a
 * named button (Tab reaches it, Enter or Space opens its list); the map itself takes the arrow keys to move and + and −
 * to zoom; the table beside it is the map's text alternative.
 */
export default function FranceMap({ markers, settings, describe, onSelect, onTilesFailed }: FranceMapProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const [viewKey, setViewKey] = useState<MapViewKey>('metropole');
  const [view, setView] = useState<MapView | null>(null);
  // The parent's callback changes on its every render; the tiles warn the latest one, once.
  const tilesFailed = useRef({ onTilesFailed, warned: false });
  useLayoutEffect(() => {
    tilesFailed.current.onTilesFailed = onTilesFailed;
  });
  const warn = useMemo(
    () => () => {
      if (tilesFailed.current.warned) return;
      tilesFailed.current.warned = true;
      tilesFailed.current.onTilesFailed();
    },
    [],
  );
  const provider = useMemo(() => tileUrl(settings.tileUrl ?? ''), [settings.tileUrl]);

  const size = () => sizeOf(canvas.current);
  const fit = (key: MapViewKey) => fitBounds(MAP_VIEWS.find((v) => v.key === key)!.bounds, size());
  // The first view needs the map's size: set once its box is in the page, before the browser paints.
  const attach = useCallback((el: HTMLDivElement | null) => {
    canvas.current = el;
    if (el) setView((current) => current ?? fitBounds(MAP_VIEWS[0].bounds, sizeOf(el)));
  }, []);

  const show = (key: MapViewKey) => {
    setView(fit(key));
    setViewKey(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!view || event.target !== event.currentTarget) return;
    const move = KEY_MOVES[event.key];
    const zoom = event.key === '+' || event.key === '=' ? 1 : event.key === '-' || event.key === '_' ? -1 : 0;
    if (!move && !zoom) return;
    event.preventDefault();
    setView(move ? panBy(view, move) : zoomBy(view, zoom));
  };

  // Tab may reach a circle outside the view: bring it into view (the browser would scroll the clipped map instead).
  const onFocusCircle = (marker: MapMarker) => {
    const box = canvas.current;
    requestAnimationFrame(() => {
      for (const el of [box, box?.firstElementChild]) if (el) el.scrollTop = el.scrollLeft = 0;
    });
    if (view && !isInView(view, size(), marker.position)) setView({ center: marker.position, zoom: view.zoom });
  };

  return (
    <div className="france-map">
      <div className="map-views" role="group" aria-label={t('overview.map.views')}>
        {MAP_VIEWS.map((v) => (
          <button
            key={v.key}
            type="button"
            className="button button-secondary map-view-button"
            aria-pressed={viewKey === v.key}
            onClick={() => show(v.key)}
          >
            {t(`overview.map.view.${v.key}`)}
          </button>
        ))}
      </div>
      <div
        ref={attach}
        className="france-map-canvas"
        role="region"
        aria-label={t('overview.map.canvas')}
        data-testid="france-map"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {view && (
          <TileFailure.Provider value={warn}>
            <TileMap
              center={view.center}
              zoom={view.zoom}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              // Without animation: the map reports where it is (after a drag or the wheel) once it is there, so that a
              // report never brings back a view the buttons or the keyboard have already left.
              animate={false}
              onBoundsChanged={({ center, zoom }) => setView({ center, zoom })}
              provider={provider}
              tileComponent={MapTile}
              attribution={false}
            >
              {markers.map((marker) => (
                <Circle
                  key={marker.code}
                  marker={marker}
                  anchor={marker.position}
                  label={describe(marker)}
                  onSelect={onSelect}
                  onFocus={onFocusCircle}
                />
              ))}
            </TileMap>
          </TileFailure.Provider>
        )}
        <div className="map-zoom pigeon-drag-block">
          {(
            [
              [1, '+', 'overview.map.zoomIn'],
              [-1, '−', 'overview.map.zoomOut'],
            ] as const
          ).map(([step, sign, label]) => (
            <button
              key={step}
              type="button"
              className="map-zoom-button"
              aria-label={t(label)}
              title={t(label)}
              disabled={!view || view.zoom === (step > 0 ? MAX_ZOOM : MIN_ZOOM)}
              onClick={() => view && setView(zoomBy(view, step))}
            >
              <span aria-hidden="true">{sign}</span>
            </button>
          ))}
        </div>
        <Credit settings={settings} />
      </div>
    </div>
  );
}
