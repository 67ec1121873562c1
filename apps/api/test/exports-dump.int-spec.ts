import { OPEN_DATASETS } from '@pacte/pact';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import tabularDataPackage from './fixtures/frictionless/tabular-data-package.json';
import tableSchema from './fixtures/frictionless/table-schema.json';
import { PRIVATE_EMAIL, PRIVATE_PHONE, collectivityWithEverything, get } from './support/exports';
import { createTestApi, TestApi } from './support/test-app';

const run = promisify(execFile);
const CLI = resolve(__dirname, '../dist/cli/export-dump.js');

interface Field {
  name: string;
  type: string;
  constraints: { required: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: Field[]; primaryKey: string[] };
}
interface Package {
  licenses: { name: string }[];
  created: string;
  resources: Resource[];
}

/** What a CSV cell of each Table Schema type looks like (formats: default, datetime: any ISO 8601 instant). */
const CELL: Record<string, RegExp> = {
  string: /^[\s\S]*$/,
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/,
  object: /^\{[\s\S]*\}$/,
};

/** Problems of a CSV file against its Table Schema: header, required cells, types, allowed values, unique keys. */
function tableProblems(text: string, schema: Resource['schema']): string[] {
  const rows: string[][] = parse(text);
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(rows[0]) !== JSON.stringify(names)) problems.push(`header ${rows[0].join(',')}`);
  const keys = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    if (row.length !== names.length) problems.push(`row ${i + 2}: ${row.length} cells`);
    schema.fields.forEach((field, c) => {
      const value = row[c] ?? '';
      if (value === '') {
        if (field.constraints.required) problems.push(`row ${i + 2} ${field.name}: empty but required`);
        return;
      }
      if (!CELL[field.type].test(value)) problems.push(`row ${i + 2} ${field.name}: ${value} is not ${field.type}`);
      if (field.type === 'object') JSON.parse(value);
      if (field.constraints.enum && !field.constraints.enum.includes(value)) {
        problems.push(`row ${i + 2} ${field.name}: ${value} not allowed`);
      }
    });
    const key = JSON.stringify(schema.primaryKey.map((k) => row[names.indexOf(k)]));
    if (keys.has(key)) problems.push(`row ${i + 2}: duplicate key ${key}`);
    keys.add(key);
  });
  return problems;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// French phone numbers, national or international, with or without separators; ids and hashes are taken out first.
const PHONE = /(?<![\w+])(?:\+33[\s.-]?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\w)/g;
const IDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{64}\b/gi;

function privateDataIn(text: string): string[] {
  const scrubbed = text.replace(IDS, '');
  return [...(scrubbed.match(EMAIL) ?? []), ...(scrubbed.match(PHONE) ?? [])];
}

describe('the full public dump', () => {
  let api: TestApi;
  let tmp: string;
  let phones: string[];
  beforeAll(async () => {
    api = await createTestApi();
    tmp = mkdtempSync(join(tmpdir(), 'exports-dump-'));
    await collectivityWithEverything(api);
    const stored: { phone: string | null; email: string | null }[] = await api.dataSource.query(
      'SELECT phone, email FROM signatory WHERE phone IS NOT NULL OR email IS NOT NULL',
    );
    phones = stored.flatMap((s) => [s.phone, s.email]).filter((v): v is string => v !== null);
  });
  afterAll(async () => {
    await api.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  function checkPackage(pkg: Package, files: Map<string, Buffer>) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // A hint for form builders in the Frictionless profiles, not a constraint.
    ajv.addFormat('textarea', true);
    const validPackage = ajv.validate(tabularDataPackage, pkg);
    expect(ajv.errors ?? []).toEqual([]);
    expect(validPackage).toBe(true);
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
    expect(Number.isNaN(Date.parse(pkg.created))).toBe(false);
    expect(pkg.resources.map((r) => r.name)).toEqual(OPEN_DATASETS.map((d) => d.id));
    const validSchema = ajv.compile(tableSchema);
    for (const resource of pkg.resources) {
      expect({ name: resource.name, valid: validSchema(resource.schema), errors: validSchema.errors ?? [] }).toEqual({
        name: resource.name,
        valid: true,
        errors: [],
      });
      const bytes = files.get(resource.path)!;
      expect(bytes).toBeDefined();
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect({ name: resource.name, problems: tableProblems(bytes.toString('utf8'), resource.schema) }).toEqual({
        name: resource.name,
        problems: [],
      });
    }
    for (const [path, bytes] of files) {
      const text = bytes.toString('utf8');
      expect({ path, found: privateDataIn(text) }).toEqual({ path, found: [] });
      for (const secret of phones) expect(text).not.toContain(secret);
    }
  }

  it('GET /exports/dump.zip: every dataset as CSV with a valid datapackage.json, and no private data', async () => {
    const response = await get(api, '/exports/dump.zip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.zip"$/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const names = Object.keys(zip.files);
    expect(names).toEqual([...OPEN_DATASETS.map((d) => `${d.id}.csv`), 'datapackage.json']);
    const files = new Map<string, Buffer>();
    for (const name of names) files.set(name, await zip.file(name)!.async('nodebuffer'));
    const pkg = JSON.parse(files.get('datapackage.json')!.toString('utf8')) as Package;
    expect(phones).toEqual(expect.arrayContaining([PRIVATE_PHONE, PRIVATE_EMAIL]));
    // The scan finds what it looks for: the signatory's own phone and e-mail would be caught.
    expect(privateDataIn(`${PRIVATE_PHONE} ${PRIVATE_EMAIL} 06.12.34.56.78`)).toHaveLength(3);
    checkPackage(pkg, files);
  });

  it('npm run export:dump -- DIR writes the same files', async () => {
    const dir = join(tmp, 'dump');
    await run(process.execPath, [CLI, dir], {
      env: { ...process.env, DATABASE_URL: process.env.PACTE_TEST_DATABASE_URL!, NODE_ENV: 'test', LOG_LEVEL: 'error' },
      timeout: 120_000,
    });
    const names = readdirSync(dir).sort();
    expect(names).toEqual([...OPEN_DATASETS.map((d) => `${d.id}.csv`), 'datapackage.json'].sort());
    const files = new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
    checkPackage(JSON.parse(files.get('datapackage.json')!.toString('utf8')) as Package, files);
  });
});
