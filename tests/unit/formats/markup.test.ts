import { describe, expect, test } from 'vitest';
import { escapeMarkup, stripXmlForbidden } from '../../../src/formats/markup.ts';
import { parseXml } from '../../support/xml.ts';

// Every character XML 1.0 forbids, and a few it allows that look alike.
const FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter(
    (c) => !'\t\n\r'.includes(c),
  ),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('escapeMarkup', () => {
  test('escapes the five markup characters', () => {
    expect(escapeMarkup(`a < b & "c" 'd' > e`)).toBe(
      'a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e',
    );
  });

  test.each(FORBIDDEN.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    'drops %s, which XML 1.0 forbids',
    (_, c) => {
      expect(escapeMarkup(`x${c}y`)).toBe('xy');
    },
  );

  test('keeps tab, line ends, Vietnamese, emoji (a surrogate pair) and U+FFFD', () => {
    const text = 'Kỳ Tân\t1\n2\r3 😀 \uFFFD \u00A0';
    expect(stripXmlForbidden(text)).toBe(text);
  });

  test('gives text a strict XML parser reads back unchanged (minus the forbidden characters)', () => {
    const hostile = `Tiêu đề ${FORBIDDEN.join('|')} </title><x a="1"> & 'q' 😀`;
    const xml = `<a t="${escapeMarkup(hostile)}">${escapeMarkup(hostile)}</a>`;
    const node = parseXml(xml);
    const expected = `Tiêu đề ${'|'.repeat(FORBIDDEN.length - 1)} </title><x a="1"> & 'q' 😀`;
    expect(node.text).toBe(expected);
    expect(node.attributes.t).toBe(expected);
  });
});

describe('parseXml (the tests’ strict parser)', () => {
  test.each(FORBIDDEN.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    'refuses a document holding %s',
    (_, c) => {
      expect(() => parseXml(`<a>x${c}y</a>`)).toThrow('not well-formed XML');
    },
  );

  test('refuses markup that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
  });
});
