import {
  findImportKind,
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  importProblemText,
  refusedAsAWhole,
  type ImportProblem,
  type ImportReport,
} from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { ConfirmAction, DataTable, Field, FormError, type Column } from '../../../components/ui';
import { useReload } from '../../../lib/graphql';
import { useI18n, localized } from '../../../lib/i18n';
import { DeskListMatchesDocument } from '../../../generated/graphql';
import { importErrors, mayConfirm, PROBLEMS_SHOWN, runImport, type ImportUpload } from '../utils/imports';

const KINDS: readonly { code: string }[] = IMPORT_KINDS;

/**
 * The desk's "Importer" screen (moderators and administrators): choose the kind of file (and its options: a results
 * file's round), upload it with an optional mapping file (signatures), read the dry run's report (what would be
 * created, updated, left alone; each problem with its line, column, value and why, in the interface's language), then
 * confirm the real run, which sends the checked file's hash so that what is written is what was checked. The API
 * checks every row against the moderator's territory; a refused request is said in plain words.
 */
export function ImportScreen() {
  const { t, locale } = useI18n();
  const [kindCode, setKindCode] = useState(KINDS[0].code);
  const kind = findImportKind(kindCode)!;
  const [options, setOptions] = useState<Record<string, string>>({});
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const reloadMatches = useReload(DeskListMatchesDocument, {});

  const kindOptions = Object.fromEntries(kind.options.map((o) => [o.name, options[o.name] ?? o.values[0]]));
  const reset = () => {
    setReport(undefined);
    setError(undefined);
  };

  async function send(expectedHash: string | null): Promise<boolean> {
    if (!file || busy) return false;
    setBusy(true);
    setError(undefined);
    try {
      const upload: ImportUpload = {
        kind: kind.code,
        file,
        options: kindOptions,
        mapping: kind.mapping && mapping ? await mapping.text() : null,
        expectedHash,
      };
      const answer = await runImport(upload);
      setReport(answer);
      // A real run may have queued uncertain matches, or settled some.
      if (!answer.dryRun) reloadMatches();
      return true;
    } catch (err) {
      setReport(undefined);
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    await send(null);
  }

  return (
    <section className="section desk-imports" aria-labelledby="desk-imports" data-testid="desk-imports">
      <h2 id="desk-imports">{t('desk.imports.title')}</h2>
      <p>{t('desk.imports.intro')}</p>
      <form className="form" onSubmit={check} noValidate>
        <fieldset className="field">
          <legend>{t('desk.imports.kind')}</legend>
          {KINDS.map(({ code }) => {
            const k = findImportKind(code)!;
            return (
              <label key={code} className="radio">
                <input
                  type="radio"
                  name="import-kind"
                  value={code}
                  checked={kindCode === code}
                  onChange={() => {
                    setKindCode(code);
                    reset();
                  }}
                />{' '}
                <strong>{localized(k.label, locale)}</strong>
                <span className="field-hint"> — {localized(k.description, locale)}</span>
              </label>
            );
          })}
        </fieldset>
        {kind.options.map((option) => (
          <Field key={option.name} label={localized(option.label, locale)}>
            <select
              value={kindOptions[option.name]}
              onChange={(e) => {
                setOptions((o) => ({ ...o, [option.name]: e.target.value }));
                reset();
              }}
            >
              {option.values.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <Field
          label={t('desk.imports.file')}
          hint={t('desk.imports.fileHint', { size: Math.round(IMPORT_MAX_BYTES / 1024 / 1024) })}
        >
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </Field>
        {kind.mapping && (
          <Field label={t('desk.imports.mapping')} hint={t('desk.imports.mappingHint')}>
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                setMapping(e.target.files?.[0] ?? null);
                reset();
              }}
            />
          </Field>
        )}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={busy || !file}>
            {busy && !report ? t('desk.imports.checking') : t('desk.imports.check')}
          </button>
        </div>
      </form>
      <FormError error={error} />
      {report && <ImportReportView report={report} busy={busy} confirm={() => send(report.fileHash)} />}
    </section>
  );
}

function ImportReportView({
  report,
  busy,
  confirm,
}: {
  report: ImportReport;
  busy: boolean;
  confirm: () => Promise<boolean>;
}) {
  const { t, plural, locale, formatNumber } = useI18n();
  const errors = importErrors(report);
  // Refused before its rows were examined (encoding, header, mapping…): counts of rows would say nothing.
  const wholeFile = refusedAsAWhole(report);
  const counts = {
    created: formatNumber(report.created),
    updated: formatNumber(report.updated),
    unchanged: formatNumber(report.unchanged),
    refused: formatNumber(report.refused),
  };
  const columns: Column<ImportProblem & { key: string }>[] = [
    { key: 'line', header: t('desk.imports.problem.line'), cell: (p) => p.line ?? '—', numeric: true },
    { key: 'column', header: t('desk.imports.problem.column'), cell: (p) => p.column ?? '—' },
    { key: 'value', header: t('desk.imports.problem.value'), cell: (p) => p.value ?? '—' },
    {
      key: 'why',
      header: t('desk.imports.problem.why'),
      cell: (p) => (
        <>
          {p.severity === 'warning' && <strong>{t('desk.imports.warning')} </strong>}
          {importProblemText(p, locale)}
        </>
      ),
    },
  ];
  const shown = report.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => ({ ...p, key: String(i) }));
  return (
    <div className="import-report" data-testid="import-report" aria-live="polite">
      <h3>{report.dryRun ? t('desk.imports.report.check') : t('desk.imports.report.run')}</h3>
      <p>
        {t('desk.imports.report.file', {
          encoding: report.encoding || '—',
          separator: report.separator === '\t' ? t('desk.imports.tab') : report.separator || '—',
        })}
      </p>
      <p data-testid="import-counts">
        {wholeFile
          ? plural('desk.imports.report.notExamined', report.rows)
          : plural(report.dryRun ? 'desk.imports.report.wouldDo' : 'desk.imports.report.did', report.rows, counts)}
      </p>
      {errors.length > 0 ? (
        <p className="notice notice-error" role="alert">
          {wholeFile ? t('desk.imports.report.fileRefused') : plural('desk.imports.report.refused', errors.length)}
        </p>
      ) : report.dryRun ? (
        !mayConfirm(report) && <p className="notice">{t('desk.imports.report.nothing')}</p>
      ) : (
        <p className="notice" role="status">
          {report.written ? t('desk.imports.report.written') : t('desk.imports.report.nothingWritten')}
        </p>
      )}
      {shown.length > 0 && (
        <DataTable
          caption={
            report.problems.length > shown.length
              ? t('desk.imports.problems.first', {
                  shown: formatNumber(shown.length),
                  count: formatNumber(report.problems.length),
                })
              : t('desk.imports.problems.title', { count: formatNumber(report.problems.length) })
          }
          columns={columns}
          rows={shown}
          rowKey={(p) => p.key}
        />
      )}
      {mayConfirm(report) && (
        <ConfirmAction
          label={t('desk.imports.confirm')}
          question={t('desk.imports.confirmQuestion', counts)}
          pending={busy}
          onConfirm={confirm}
        />
      )}
    </div>
  );
}
