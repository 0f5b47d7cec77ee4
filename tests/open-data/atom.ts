/** Test helpers: check Atom 1.0's required elements in a feed parsed by `parseXml`. */
import { parseXml, type XmlNode } from '../support/xml.ts';

export { parseXml };

export const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export const child = (node: XmlNode, name: string) =>
  node.children.filter((c) => c.name === `${ATOM}|${name}`);

/** The problems of an Atom feed against RFC 4287's required elements; empty when valid. */
export function atomProblems(root: XmlNode): string[] {
  const problems: string[] = [];
  if (root.name !== `${ATOM}|feed`) return [`root element is ${root.name}, not Atom feed`];
  const one = (node: XmlNode, name: string, where: string) => {
    const found = child(node, name);
    if (found.length !== 1)
      problems.push(`${where}: ${found.length} <${name}> elements, expected exactly 1`);
    return found[0];
  };
  const checkDate = (node: XmlNode | undefined, where: string) => {
    if (node && !RFC3339.test(node.text.trim()))
      problems.push(`${where}: "${node.text}" is not an RFC 3339 date`);
  };
  const checkIri = (node: XmlNode | undefined, where: string) => {
    if (node && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(node.text.trim()))
      problems.push(`${where}: id "${node.text}" is not an absolute IRI`);
  };
  checkIri(one(root, 'id', 'feed'), 'feed');
  if (!one(root, 'title', 'feed')?.text.trim()) problems.push('feed: empty title');
  checkDate(one(root, 'updated', 'feed'), 'feed');
  const feedHasAuthor = child(root, 'author').some((a) => child(a, 'name').length === 1);
  const self = child(root, 'link').filter((l) => l.attributes.rel === 'self');
  if (self.length !== 1) problems.push('feed: no rel="self" link');
  const ids = new Set<string>();
  child(root, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = one(entry, 'id', where);
    checkIri(id, where);
    if (id && ids.has(id.text)) problems.push(`${where}: id ${id.text} repeated`);
    if (id) ids.add(id.text);
    if (!one(entry, 'title', where)?.text.trim()) problems.push(`${where}: empty title`);
    checkDate(one(entry, 'updated', where), where);
    const alternates = child(entry, 'link').filter(
      (l) => (l.attributes.rel ?? 'alternate') === 'alternate',
    );
    if (
      alternates.length < 1 ||
      !alternates.every((l) => /^https?:\/\//.test(l.attributes.href ?? ''))
    )
      problems.push(`${where}: no absolute alternate link`);
    if (!feedHasAuthor && !child(entry, 'author').some((a) => child(a, 'name').length === 1))
      problems.push(`${where}: no author`);
    if (child(entry, 'content').length === 0 && alternates.length === 0)
      problems.push(`${where}: neither content nor alternate link`);
  });
  return problems;
}
