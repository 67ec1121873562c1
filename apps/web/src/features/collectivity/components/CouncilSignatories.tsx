import { Link } from 'react-router';
import { DataTable } from '../../../components/ui';
import type { CollectivityPageQuery } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';

type Councillor = CollectivityPageQuery['collectivity']['councilSignatories'][number];

/**
 * On an EPCI's page: the signatories of the pact who sit on its community council, as the register of elected
 * officials says (an EPCI is not elected on its own ballot: its councillors come from its communes' lists).
 */
export function CouncilSignatories({ signatories }: { signatories: readonly Councillor[] }) {
  const { t, plural } = useI18n();
  return (
    <section className="section" aria-labelledby="council-signatories-heading" data-testid="council-signatories">
      <h2 id="council-signatories-heading">{t('collectivity.council.title')}</h2>
      {signatories.length === 0 ? (
        <p>{t('collectivity.council.none')}</p>
      ) : (
        <DataTable<Councillor>
          caption={plural('collectivity.council.count', signatories.length)}
          rows={[...signatories]}
          rowKey={(s) => s.id}
          columns={[
            {
              key: 'name',
              header: t('collectivity.council.col.name'),
              cell: (s) => `${s.firstName} ${s.lastName}`,
              rowHeader: true,
            },
            {
              key: 'commune',
              header: t('collectivity.council.col.commune'),
              cell: (s) => (
                <Link to={collectivityPath(s.candidateList.collectivity.kind, s.candidateList.collectivity.code)}>
                  {s.candidateList.collectivity.name}
                </Link>
              ),
            },
            { key: 'list', header: t('collectivity.council.col.list'), cell: (s) => s.candidateList.name },
          ]}
        />
      )}
    </section>
  );
}
