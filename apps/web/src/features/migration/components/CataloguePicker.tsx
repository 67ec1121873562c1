import { FREE_DISTRIBUTION_LICENCE, MIGRATION_STAGE_LABELS, type SoftwareCategory } from '@pacte/pact';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  SoftwareCatalogueSearchDocument,
  SoftwareUsersDocument,
  type CatalogueEntryFieldsFragment,
} from '../../../generated/graphql';
import { ErrorMessage } from '../../../components/ui';
import { useResultsKeyboard } from '../../../components/ui/useResultsKeyboard';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { useDebouncedValue } from '../../../lib/hooks/useDebouncedValue';
import { useInventoryEditing } from '../hooks/useInventoryEditing';

export type CatalogueEntry = CatalogueEntryFieldsFragment;

interface CataloguePickerProps {
  label: string;
  hint: string;
  /** With an empty search, the catalogue's entries of this category are offered. */
  category: SoftwareCategory | '';
  value: { id: string; name: string } | null;
  onChange(entry: CatalogueEntry | null): void;
}

const DEBOUNCE_MS = 250;
const SHOWN = 8;

/**
 * Picks a free software of the catalogue: results as you type (debounced), or the entries of the chosen category
 * while the box is empty. Arrow keys move between the box and the results. Once chosen, says who else uses it.
 */
export function CataloguePicker({ label, hint, category, value, onChange }: CataloguePickerProps) {
  const { t, plural } = useI18n();
  const licenceLabel = (licence: string) =>
    licence === FREE_DISTRIBUTION_LICENCE ? t('migration.catalogue.freeDistribution') : licence;
  const id = useId();
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const searchable = debounced.length >= 2 || (debounced === '' && category !== '');
  const { data, error, loading, refetch } = useQuery(
    SoftwareCatalogueSearchDocument,
    { query: debounced || null, category: debounced ? null : category || null, first: SHOWN },
    { skip: value !== null || !searchable, keepPreviousData: true },
  );
  const { inputRef, listRef, onInputKey, onListKey, onInputFocus } = useResultsKeyboard();
  const changeRef = useRef<HTMLButtonElement>(null);
  const chosen = useRef(false);
  useEffect(() => {
    // Focus follows the choice: on "Change" once chosen, back in the box once cleared.
    if (!chosen.current) return;
    chosen.current = false;
    (value ? changeRef.current : inputRef.current)?.focus();
  }, [value, inputRef]);

  const choose = (entry: CatalogueEntry | null) => {
    chosen.current = true;
    onChange(entry);
  };

  if (value) {
    return (
      <div className="field catalogue-picker">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <p className="catalogue-choice">
          <strong data-testid="catalogue-choice">{value.name}</strong>{' '}
          <button
            ref={changeRef}
            type="button"
            className="button button-secondary button-small"
            aria-describedby={`${id}-label`}
            onClick={() => choose(null)}
          >
            {t('migration.catalogue.change')}
          </button>
        </p>
        <WhoElseUsesIt entryId={value.id} />
      </div>
    );
  }

  const results = searchable ? (data?.softwareCatalogue.nodes ?? []) : [];
  const total = searchable ? (data?.softwareCatalogue.totalCount ?? 0) : 0;
  const settled = !loading && text.trim() === debounced;
  let status = '';
  if (text.trim().length === 1) status = t('migration.catalogue.tooShort');
  else if (searchable && !settled) status = t('migration.catalogue.searching');
  else if (searchable && !error)
    status = total === 0 ? t('migration.catalogue.none') : plural('migration.catalogue.results', total);

  return (
    <div className="field catalogue-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-controls={`${id}-results`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onInputKey}
        onFocus={onInputFocus}
      />
      <p id={`${id}-status`} className="field-hint" role="status">
        {status}
      </p>
      {error && searchable && <ErrorMessage error={error} onRetry={refetch} />}
      <ul
        id={`${id}-results`}
        ref={listRef}
        className="catalogue-results"
        aria-label={t('migration.catalogue.resultsLabel')}
        aria-busy={searchable && !settled}
        onKeyDown={onListKey}
      >
        {results.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="catalogue-result" onClick={() => choose(entry)}>
              <span className="catalogue-result-name">{entry.name}</span>
              <span className="muted">
                {' '}
                · {t(`migration.catalogue.source.${entry.source}`)}
                {entry.licence && ` · ${licenceLabel(entry.licence)}`}
                {entry.replaces.length > 0 &&
                  ` · ${t('migration.catalogue.replaces', { products: entry.replaces.join(', ') })}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Who else uses it": the other collectivities whose inventory runs or targets the entry, furthest first. */
function WhoElseUsesIt({ entryId }: { entryId: string }) {
  const { t, locale } = useI18n();
  const { collectivityId } = useInventoryEditing();
  const { data } = useQuery(SoftwareUsersDocument, { catalogueEntryId: entryId });
  if (!data) return null;
  const others = data.softwareUsers.filter((u) => u.collectivity.id !== collectivityId);
  if (others.length === 0) return <p className="field-hint">{t('migration.catalogue.noOtherUser')}</p>;
  const shown = others.slice(0, 5);
  return (
    <div className="field-hint" data-testid="software-users">
      {t('migration.catalogue.otherUsers')}{' '}
      {shown.map((u, i) => (
        <span key={`${u.collectivity.id}-${i}`}>
          {i > 0 && ', '}
          <Link to={collectivityPath(u.collectivity.kind, u.collectivity.code)}>{u.collectivity.name}</Link> (
          {u.runsIt ? t('migration.catalogue.runsIt') : MIGRATION_STAGE_LABELS[u.stage][locale]})
        </span>
      ))}
      {others.length > shown.length && ` ${t('migration.catalogue.andMore', { count: others.length - shown.length })}`}
    </div>
  );
}
