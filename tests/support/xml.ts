/** A strict XML parser for tests: sax in strict mode, plus the check of XML 1.0's characters. */
import sax from 'sax';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/**
 * Characters XML 1.0 allows (its `Char` production): tab, line ends, and everything from U+0020
 * except surrogates that are not a pair and U+FFFE, U+FFFF. sax does not check this itself.
 */
const NOT_XML_CHAR =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Parses XML with a real parser in strict mode, namespace-aware, and throws on anything not
 * well-formed, including a character XML 1.0 forbids (which sax alone lets through).
 */
export function parseXml(xml: string): XmlNode {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad)
    throw new Error(
      `not well-formed XML: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${bad.index}`,
    );
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlNode[] = [];
  let rootNode: XmlNode | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const t = tag;
    const node: XmlNode = {
      name: `${t.uri}|${t.local}`,
      attributes: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: '',
    };
    if (stack.length > 0) stack.at(-1)!.children.push(node);
    else rootNode = node;
    stack.push(node);
  };
  parser.ontext = (text) => {
    if (stack.length > 0) stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  if (!rootNode) throw new Error('no root element');
  return rootNode;
}
