import { useMemo } from 'react';
import grid from '../data/departement-grid.json';
import { departementGrid, type AreaStat, type DepartementTile } from '../utils/shape';
import { useI18n } from '../../../lib/i18n';

/**
 * Committed collectivities per département as a grid of tiles grouped by région: the map that needs no tile server,
 * shown when the operator turned tiles off or when they could not be loaded.
 */
export function DepartementGrid({
  byDepartement,
  describe,
}: {
  byDepartement: AreaStat[];
  describe(d: DepartementTile): string;
}) {
  const { t, plural, formatNumber } = useI18n();
  const groups = useMemo(() => departementGrid(grid.departements, grid.regions, byDepartement), [byDepartement]);
  return (
    <div className="departement-map">
      <ul className="map-legend" aria-label={t('overview.map.legend')}>
        {[0, 1, 2, 3, 4].map((level) => (
          <li key={level}>
            <span className={`map-swatch level-${level}`} aria-hidden="true" />
            {t(`overview.map.level${level as 0 | 1 | 2 | 3 | 4}`)}
          </li>
        ))}
      </ul>
      <ul className="map-regions">
        {groups.map((group) => (
          <li key={group.code} className="map-region">
            <h3 className="map-region-name">
              {group.name} <span className="muted">({plural('overview.map.commitments', group.commitments)})</span>
            </h3>
            <ul className="map-tiles">
              {group.departements.map((d) => (
                <li key={d.code} className={`map-tile level-${d.level}`}>
                  <span aria-hidden="true" className="map-tile-code">
                    {d.code}
                  </span>
                  <span aria-hidden="true" className="map-tile-count">
                    {d.commitments > 0 ? formatNumber(d.commitments) : ''}
                  </span>
                  <span className="visually-hidden">{describe(d)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
