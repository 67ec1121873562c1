import departements from '@etalab/decoupage-administratif/data/departements.json';
import regions from '@etalab/decoupage-administratif/data/regions.json';
import { DataTable } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import { departementGrid, type AreaStat, type DepartementTile } from '../utils/shape';

/**
 * Committed collectivities per département, as a grid of tiles grouped by région (the "map" that needs no tiles from
 * a map server), then as a table of the départements that have commitments.
 */
export default function DepartementMap({ byDepartement }: { byDepartement: AreaStat[] }) {
  const { t, plural, formatPercent, formatNumber } = useI18n();
  const groups = departementGrid(departements, regions, byDepartement);
  const withCommitments = groups
    .flatMap((g) => g.departements)
    .filter((d) => d.commitments > 0)
    .sort((a, b) => b.commitments - a.commitments || a.code.localeCompare(b.code));
  const describe = (d: DepartementTile) =>
    d.commitments === 0
      ? t('overview.map.tileNone', { name: d.name, code: d.code })
      : t('overview.map.tile', {
          name: d.name,
          code: d.code,
          commitments: plural('overview.map.commitments', d.commitments),
          progress: formatPercent(d.averageProgress),
        });

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
      {withCommitments.length > 0 && (
        <DataTable<DepartementTile>
          caption={t('overview.map.caption')}
          rows={withCommitments}
          rowKey={(d) => d.code}
          columns={[
            {
              key: 'name',
              header: t('overview.table.departement'),
              cell: (d) => `${d.name} (${d.code})`,
              rowHeader: true,
            },
            {
              key: 'commitments',
              header: t('overview.table.commitments'),
              cell: (d) => formatNumber(d.commitments),
              numeric: true,
            },
            {
              key: 'progress',
              header: t('overview.table.averageProgress'),
              cell: (d) => formatPercent(d.averageProgress),
              numeric: true,
            },
          ]}
        />
      )}
    </div>
  );
}
