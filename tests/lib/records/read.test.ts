import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeRecordText, listFiles, MAX_RECORD_BYTES, parseDataRecord, parseMarkdownRecord, readCollectionFolder, recordIdFromPath } from '../../../src/lib/records/read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeRecordText', () => {
  test.each<[string, Uint8Array, string]>([
    ['plain UTF-8', utf8('name: Kỳ Anh\n'), 'name: Kỳ Anh\n'],
    ['a byte-order mark is dropped', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('a: 1\n')), 'a: 1\n'],
    ['CRLF becomes LF', utf8('a: 1\r\nb: 2\r\n'), 'a: 1\nb: 2\n'],
    ['a lone CR becomes LF', utf8('a: 1\rb: 2\r'), 'a: 1\nb: 2\n'],
    ['decomposed (NFD) text becomes NFC', utf8('Kỳ Anh'.normalize('NFD')), 'Kỳ Anh'.normalize('NFC')],
  ])('%s', (_, bytes, expected) => {
    expect(decodeRecordText(bytes)).toEqual({ text: expected });
  });

  test.each<[string, Uint8Array]>([
    ['Latin-1', Uint8Array.of(0x4b, 0xfd, 0x20, 0x41, 0x6e, 0x68)],
    ['UTF-16', Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0xd8, 0x00)],
    ['a truncated sequence', Uint8Array.of(0x61, 0xe1, 0xbb)],
  ])('rejects %s', (_, bytes) => {
    expect(decodeRecordText(bytes)).toEqual({ error: 'the file is not UTF-8 text: save it again as UTF-8 (in most editors: "Save with encoding → UTF-8")' });
  });
});

describe('recordIdFromPath', () => {
  test.each([
    ['2023/2023-07-11-to-cong-tac.md', { id: '2023/2023-07-11-to-cong-tac' }],
    ['ky_tan.yaml', { id: 'ky_tan' }],
    ['Ky Tan.yaml', { error: 'the file or folder name "Ky Tan" is not usable in an address: use lower-case ASCII letters, digits and hyphens (e.g. lam-hop, 2023-07-11-to-cong-tac-01)' }],
    ['kỳ-tân.yaml', { error: 'the file or folder name "kỳ-tân" is not usable in an address: use lower-case ASCII letters, digits and hyphens (e.g. lam-hop, 2023-07-11-to-cong-tac-01)' }],
    ['2023 Họp/x.md', { error: 'the file or folder name "2023 Họp" is not usable in an address: use lower-case ASCII letters, digits and hyphens (e.g. lam-hop, 2023-07-11-to-cong-tac-01)' }],
    ['a--b.yaml', { error: 'the file or folder name "a--b" is not usable in an address: use lower-case ASCII letters, digits and hyphens (e.g. lam-hop, 2023-07-11-to-cong-tac-01)' }],
  ])('%s', (path, expected) => {
    expect(recordIdFromPath(path)).toEqual(expected);
  });
});

describe('parseMarkdownRecord', () => {
  test('splits front matter and body, and says where the body starts', () => {
    expect(parseMarkdownRecord('---\ntitle: Họp\ndate: 2023-07-11\n---\n## Kết luận\n')).toEqual({ data: { title: 'Họp', date: '2023-07-11' }, body: '## Kết luận\n', bodyLine: 5 });
  });
  test('accepts a record that is only front matter', () => {
    expect(parseMarkdownRecord('---\ntitle: Họp\n---')).toEqual({ data: { title: 'Họp' }, body: '', bodyLine: 4 });
  });
  test.each([
    ['no front matter', 'title: Họp\n', 'a Markdown record must start with front matter between two lines of "---"'],
    ['an unclosed front matter', '---\ntitle: Họp\n', 'a Markdown record must start with front matter between two lines of "---"'],
    ['a field written twice (line counted in the file)', '---\ntitle: a\ntitle: b\n---\n', 'the YAML cannot be read near line 3 (a field is written twice): check indentation, colons and quotes'],
    ['bad indentation', '---\ntitle: a\n  date: b\n---\n', 'the YAML cannot be read near line 2 (Nested mappings are not allowed in compact mappings): check indentation, colons and quotes'],
  ])('rejects %s', (_, text, error) => {
    expect(parseMarkdownRecord(text)).toEqual({ error });
  });
});

describe('parseDataRecord', () => {
  test('keeps dates as text (YAML core schema)', () => {
    expect(parseDataRecord('date: 2023-07-11\ncode: "042"\nn: 42\nok: true\n', '.yaml')).toEqual({ data: { date: '2023-07-11', code: '042', n: 42, ok: true } });
  });
  test('reads JSON by extension', () => {
    expect(parseDataRecord('{"name": "Kỳ Anh"}', '.json')).toEqual({ data: { name: 'Kỳ Anh' } });
  });
  test.each([
    ['an unclosed quote (named on a line the file has)', 'name: "Kỳ Hoa\nkind: xa\n', '.yaml', 'the YAML cannot be read near line 2 (Missing closing "quote): check indentation, colons and quotes'],
    ['an unclosed flow list', 'a: [1, 2\nb: 3\n', '.yaml', 'the YAML cannot be read near line 2 (Flow sequence in block collection must be sufficiently indented and end with a ]): check indentation, colons and quotes'],
    ['a trailing comma in JSON', '{"a": 1,}', '.json', 'the JSON cannot be read (Expected double-quoted property name in JSON at position 8 (line 1 column 9)): check commas, quotes and brackets'],
  ])('rejects %s', (_, text, ext, error) => {
    expect(parseDataRecord(text, ext)).toEqual({ error });
  });
});

describe('readCollectionFolder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ntm-read-'));
    const folder = join(dir, 'meetings');
    mkdirSync(join(folder, '2023'), { recursive: true });
    writeFileSync(join(folder, '2023', 'hop.md'), '\ufeff---\r\ntitle: Họp\r\n---\r\nNội dung\r\n');
    writeFileSync(join(folder, '.hidden.md'), 'ignored');
    writeFileSync(join(folder, 'page.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(folder, 'notes.yaml'), 'a: 1\n');
    writeFileSync(join(folder, 'empty.md'), ' \n\n');
    writeFileSync(join(folder, 'list.md'), '---\n- a\n- b\n---\n');
    writeFileSync(join(folder, 'big.md'), `---\ntitle: x\n---\n${'a'.repeat(MAX_RECORD_BYTES)}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads what it can and says why it could not read the rest', () => {
    const { records, issues } = readCollectionFolder(join(dir, 'meetings'), 'markdown', ['.md'], dir);
    expect(records).toEqual([{ id: '2023/hop', file: 'meetings/2023/hop.md', data: { title: 'Họp' }, body: 'Nội dung\n', bodyLine: 4, text: '---\ntitle: Họp\n---\nNội dung\n' }]);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'meetings/big.md: the file is 512 KB, over the 512 KB limit for one record: split it into several records',
      'meetings/empty.md: the file is empty: write the record, or delete the file',
      'meetings/list.md: the record must be a group of fields ("name: value" lines), not a list or a single value',
      'meetings/notes.yaml: this folder holds .md files only: rename or move this file',
      'meetings/page.mdx: records cannot be MDX (it runs code): rename it to .md and write plain Markdown',
    ]);
  });

  test('lists nothing for a missing folder', () => {
    expect(listFiles(join(dir, 'khong-co'))).toEqual([]);
  });
});
