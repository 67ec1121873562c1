import { SaxesParser } from 'saxes';

/** An element of a parsed XML document: its namespace and local name, attributes and direct text. */
export interface XmlElement {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/**
 * Parses XML with saxes, a strict, conformant non-validating parser (jsdom's): any well-formedness error (an
 * unescaped `&` or `<`, a character XML forbids, a mismatched tag, an undefined entity…) throws.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, a]) => [name, a.value])),
      text: '',
      children: [],
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export const childrenOf = (element: XmlElement, local: string): XmlElement[] =>
  element.children.filter((c) => c.local === local);

export function childOf(element: XmlElement, local: string): XmlElement {
  const found = childrenOf(element, local)[0];
  if (!found) throw new Error(`<${element.local}> has no <${local}>`);
  return found;
}
