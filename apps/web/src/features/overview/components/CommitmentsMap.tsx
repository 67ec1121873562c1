import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { DataTable, Loading } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import anchorData from '../data/departement-anchors.json';
import { mapMarkers, type LatLng } from '../utils/map';
import { departementRows, type AreaStat, type DepartementTile } from '../utils/shape';
import FranceMap, { type MapSettings } from './FranceMap';

/**
 * A département's list comes when a reader asks for it (a circle, or its button in the table), and the grid (with the
 * official list of départements and régions) when the map has no tiles: neither is in the home page's load when the
 * map shows.
 */
const CommittedInDepartement = lazy(() =>
  import('./CommittedInDepartement').then((m) => ({ default: m.CommittedInDepartement })),
);
const DepartementGrid = lazy(() => import('./DepartementGrid').then((m) => ({ default: m.DepartementGrid })));

const ANCHORS = anchorData.anchors as unknown as Record<string, LatLng>;

/**
 * Where the committed collectivities are: the map of France (OpenStreetMap tiles, or the operator's server), the table
 * of départements that is its text alternative, and the list of one département's collectivities. Without tiles (turned
 * off, or failing to load) the per-département grid shows the same data.
 */
export default function CommitmentsMap({
  byDepartement,
  settings,
}: {
  byDepartement: AreaStat[];
  settings: MapSettings;
}) {
  const { t, plural, formatPercent, formatNumber } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const markers = useMemo(() => mapMarkers(byDepartement, ANCHORS), [byDepartement]);
  const withCommitments = useMemo(() => departementRows(byDepartement), [byDepartement]);
  const describe = useCallback(
    (d: Pick<DepartementTile, 'name' | 'code' | 'commitments' | 'demoCommitments' | 'averageProgress'>) => {
      if (d.commitments === 0) return t('overview.map.tileNone', { name: d.name, code: d.code });
      const tile = t('overview.map.tile', {
        name: d.name,
        code: d.code,
        commitments: plural('overview.map.commitments', d.commitments),
        progress: formatPercent(d.averageProgress),
      });
      return d.demoCommitments > 0
        ? t('overview.map.tileWithDemo', { tile, demo: plural('overview.map.demo', d.demoCommitments) })
        : tile;
    },
    [t, plural, formatPercent],
  );
  const onTilesFailed = useCallback(() => setTilesFailed(true), []);
  const selectedTile = withCommitments.find((d) => d.code === selected);
  const showGrid = settings.tileUrl === null || tilesFailed;

  return (
    <div className="commitments-map">
      {settings.tileUrl !== null && (
        <FranceMap
          markers={markers}
          settings={settings}
          describe={describe}
          onSelect={setSelected}
          onTilesFailed={onTilesFailed}
        />
      )}
      {tilesFailed && (
        <p className="notice" role="status">
          {t('overview.map.tilesFailed')}
        </p>
      )}
      {selected && (
        <Suspense fallback={<Loading label={t('overview.map.listLoading')} />}>
          <CommittedInDepartement
            key={selected}
            code={selected}
            name={selectedTile?.name ?? selected}
            onClose={() => setSelected(null)}
          />
        </Suspense>
      )}
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
              cell: (d) =>
                d.demoCommitments > 0
                  ? t('overview.map.countWithDemo', {
                      count: formatNumber(d.commitments),
                      demo: plural('overview.map.demo', d.demoCommitments),
                    })
                  : formatNumber(d.commitments),
              numeric: true,
            },
            {
              key: 'progress',
              header: t('overview.table.averageProgress'),
              cell: (d) => formatPercent(d.averageProgress),
              numeric: true,
            },
            {
              key: 'list',
              header: <span className="visually-hidden">{t('overview.map.listColumn')}</span>,
              cell: (d) => (
                <button type="button" className="button button-secondary" onClick={() => setSelected(d.code)}>
                  {t('overview.map.listOpen', { name: d.name })}
                </button>
              ),
            },
          ]}
        />
      )}
      {showGrid && (
        <Suspense fallback={<Loading label={t('overview.map.loading')} />}>
          <DepartementGrid byDepartement={byDepartement} describe={describe} />
        </Suspense>
      )}
    </div>
  );
}
