import { describe, expect, test } from 'vitest';
import { shiftHeadings } from '../../../src/site/rendered-html.ts';

describe('shiftHeadings', () => {
  test('renumbers headings from the given level without gaps', () => {
    expect(shiftHeadings('<h1 id="a">A</h1><p>x</p><h3>B</h3><h1>C</h1>', 3)).toBe(
      '<h3 id="a">A</h3><p>x</p><h4>B</h4><h3>C</h3>',
    );
  });

  test('caps at h6 and leaves HTML without headings alone', () => {
    expect(shiftHeadings('<h2>a</h2><h3>b</h3><h4>c</h4>', 5)).toBe(
      '<h5>a</h5><h6>b</h6><h6>c</h6>',
    );
    expect(shiftHeadings('<p>hello</p>', 3)).toBe('<p>hello</p>');
  });
});
