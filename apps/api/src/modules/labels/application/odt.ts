import { ApplicationDocument, Block } from './document';

export const ODT_MIME_TYPE = 'application/vnd.oasis.opendocument.text';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** Text as XML character data: the five escapes, and no character XML 1.0 forbids. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function blockXml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">${xmlText(block.text)}</text:h>`;
    case 'paragraph':
      return `<text:p text:style-name="${block.emphasis ? 'Notice' : 'Text_20_body'}">${xmlText(block.text)}</text:p>`;
    case 'list':
      return `<text:list>${block.items
        .map(
          (item) => `<text:list-item><text:p text:style-name="Text_20_body">${xmlText(item)}</text:p></text:list-item>`,
        )
        .join('')}</text:list>`;
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function contentXml(document: ApplicationDocument): string {
  return `${XML_DECLARATION}<office:document-content ${NS} office:version="1.3"><office:body><office:text>${document.blocks
    .map(blockXml)
    .join('')}</office:text></office:body></office:document-content>\n`;
}

function paragraphStyle(name: string, display: string, properties: string): string {
  return `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph">${properties}</style:style>`;
}

function stylesXml(): string {
  const heading = (level: number, size: string) =>
    paragraphStyle(
      `Heading_20_${level}`,
      `Heading ${level}`,
      `<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${size}" fo:font-weight="bold"/>`,
    );
  return `${XML_DECLARATION}<office:document-styles ${NS} office:version="1.3"><office:styles>${[
    paragraphStyle(
      'Text_20_body',
      'Text body',
      '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="11pt"/>',
    ),
    paragraphStyle(
      'Notice',
      'Notice',
      '<style:paragraph-properties fo:margin-bottom="0.35cm" fo:padding="0.2cm" fo:border="0.5pt solid #808080"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/>',
    ),
    heading(1, '18pt'),
    heading(2, '14pt'),
    heading(3, '12pt'),
  ].join('')}</office:styles></office:document-styles>\n`;
}

function metaXml(document: ApplicationDocument, today: string): string {
  return `${XML_DECLARATION}<office:document-meta ${NS} office:version="1.3"><office:meta><dc:title>${xmlText(document.title)}</dc:title><dc:language>fr-FR</dc:language><meta:generator>pacte-libre</meta:generator><dc:date>${today}T00:00:00</dc:date></office:meta></office:document-meta>\n`;
}

function manifestXml(): string {
  const entry = (path: string, type: string, version = '') =>
    `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"${version}/>`;
  return `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">${[
    entry('/', ODT_MIME_TYPE, ' manifest:version="1.3"'),
    entry('content.xml', 'text/xml'),
    entry('styles.xml', 'text/xml'),
    entry('meta.xml', 'text/xml'),
  ].join('')}</manifest:manifest>\n`;
}

/**
 * A minimal OpenDocument text package (ODF 1.3): `mimetype` first and stored uncompressed (so that the type can be
 * read at a fixed offset), then the manifest, content, styles and metadata, compressed.
 */
export async function renderOdt(document: ApplicationDocument, today: string): Promise<Buffer> {
  // Loaded with the first document asked for, not with every process (issue 12: ~1 MB of heap).
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('mimetype', ODT_MIME_TYPE, { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', manifestXml());
  zip.file('content.xml', contentXml(document));
  zip.file('styles.xml', stylesXml());
  zip.file('meta.xml', metaXml(document, today));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
