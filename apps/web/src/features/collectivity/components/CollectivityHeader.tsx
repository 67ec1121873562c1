import { Link } from 'react-router';
import type { CollectivityPageQuery } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';

type Collectivity = CollectivityPageQuery['collectivity'];

export function CollectivityHeader({ collectivity: c }: { collectivity: Collectivity }) {
  const { t, plural } = useI18n();
  const places = [
    c.epci && { label: t('collectivity.epci'), place: c.epci },
    c.departement && { label: t('collectivity.departement'), place: c.departement },
    c.region && { label: t('collectivity.region'), place: c.region },
  ].filter((p): p is { label: string; place: NonNullable<Collectivity['epci']> } => Boolean(p));
  return (
    <header className="page-header">
      <p className="eyebrow">{t(`kind.${c.kind}`)}</p>
      <h1>{c.name}</h1>
      <dl className="facts">
        <div>
          <dt>{c.kind === 'COMMUNE' ? t('collectivity.inseeCode') : t('collectivity.code')}</dt>
          <dd>{c.code}</dd>
        </div>
        {c.population !== null && (
          <div>
            <dt>{t('collectivity.population')}</dt>
            <dd>{plural('common.inhabitants', c.population)}</dd>
          </div>
        )}
        {c.postcodes.length > 0 && (
          <div>
            <dt>{t('collectivity.postcodes')}</dt>
            <dd>{c.postcodes.join(', ')}</dd>
          </div>
        )}
        {places.map(({ label, place }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <Link to={collectivityPath(place.kind, place.code)}>{place.name}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
