import type { Dataset, DatasetColumn } from '@pacte/pact';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Cell, Row } from '../rows/row';
import { cellText } from './cells';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** One line of text as ODF paragraph content: runs of spaces and tabs kept (ODF collapses plain white space). */
function paragraph(line: string): string {
  return escapeXml(line)
    .replace(/\t/g, '<text:tab/>')
    .replace(/^ /, '<text:s/>')
    .replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`);
}

/** Text cells hold the CSV's text (lines as paragraphs); numbers are floats and dates dates, shown as the CSV shows them. */
export function odsCell(value: Cell | undefined, column: DatasetColumn): string {
  if (value === null || value === undefined || value === '') return '<table:table-cell/>';
  const text = cellText(value);
  if (column.type === 'number' || column.type === 'integer') {
    return `<table:table-cell office:value-type="float" office:value="${text}"><text:p>${text}</text:p></table:table-cell>`;
  }
  if (column.type === 'date') {
    return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${text}"><text:p>${text}</text:p></table:table-cell>`;
  }
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => `<text:p>${paragraph(line)}</text:p>`)
    .join('');
  return `<table:table-cell office:value-type="string">${paragraphs}</table:table-cell>`;
}

const CONTENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'office:version="1.3"><office:automatic-styles>' +
  // Dates shown as YYYY-MM-DD whatever the reader's language, as in the CSV.
  '<number:date-style style:name="N_ISO"><number:year number:style="long"/><number:text>-</number:text>' +
  '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>' +
  '<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N_ISO"/>' +
  '</office:automatic-styles><office:body><office:spreadsheet>';

/** A row of the sheet, cells in the catalogue's order. */
const rowXml = (dataset: Dataset, row: Row) =>
  `<table:table-row>${dataset.columns.map((c) => odsCell(row[c.name], c)).join('')}</table:table-row>\n`;

async function* content(dataset: Dataset, rowsXml: AsyncIterable<string | Buffer>): AsyncGenerator<string | Buffer> {
  yield `${CONTENT_HEAD}<table:table table:name="${escapeXml(dataset.id)}">`;
  yield `<table:table-column table:number-columns-repeated="${dataset.columns.length}"/>`;
  yield `<table:table-row>${dataset.columns.map((c) => `<table:table-cell office:value-type="string"><text:p>${c.name}</text:p></table:table-cell>`).join('')}</table:table-row>\n`;
  yield* rowsXml;
  yield '</table:table></office:spreadsheet></office:body></office:document-content>\n';
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
  '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>\n';

/**
 * An OpenDocument spreadsheet, streamed: a zip (yazl) whose first entry is the stored `mimetype`, then the manifest,
 * then `content.xml` written row by row as the rows come, deflated on the way, so memory stays flat.
 */
export function toOds(dataset: Dataset, rows: AsyncIterable<Row>, modified = new Date()): Readable {
  return odsOfRowsXml(
    dataset,
    mapRows(rows, (row) => rowXml(dataset, row)),
    modified,
  );
}

async function* mapRows<T>(rows: AsyncIterable<Row>, map: (row: Row) => T): AsyncGenerator<T> {
  for await (const row of rows) yield map(row);
}

/** The spreadsheet of rows already written as `<table:table-row>` elements (one or more per string). */
export function odsOfRowsXml(
  dataset: Dataset,
  rowsXml: AsyncIterable<string | Buffer>,
  modified = new Date(),
): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), 'mimetype', {
    compress: false,
    mtime: modified,
  });
  zip.addBuffer(Buffer.from(MANIFEST), 'META-INF/manifest.xml', { mtime: modified });
  const xml = Readable.from(content(dataset, rowsXml));
  xml.on('error', (error) => zip.outputStream.emit('error', error));
  zip.addReadStream(xml, 'content.xml', { mtime: modified });
  zip.end();
  const output = zip.outputStream as Readable;
  // A reader that goes away destroys the zip's output, which yazl does not pass back to its inputs: stop the rows
  // too, so that their source (a database cursor or COPY) is let go. The rows are destroyed themselves when they are a
  // stream: a reader that leaves before yazl reaches content.xml never starts `content`, so ending it alone would leave
  // a COPY already running, paused by back-pressure, for ever.
  output.once('close', () => {
    if (!xml.readableEnded) xml.destroy();
    if (rowsXml instanceof Readable && !rowsXml.readableEnded) rowsXml.destroy();
  });
  return output;
}
