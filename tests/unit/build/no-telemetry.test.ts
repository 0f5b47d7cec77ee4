import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);
const scripts = (
  JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

describe('Astro telemetry', () => {
  const runsAstro = Object.entries(scripts).filter(([, command]) =>
    /(^|&&|;|\|\|)\s*(\S+=\S+\s+)*astro(\s|$)/.test(command),
  );

  test('some npm scripts start Astro (so the next test checks something)', () => {
    expect(runsAstro.map(([name]) => name)).toEqual(
      expect.arrayContaining(['astro', 'dev', 'check', 'test']),
    );
  });

  test.each(runsAstro)('the npm script "%s" turns it off before Astro starts', (_, command) => {
    for (const part of command.split(/&&|;|\|\|/))
      if (/(^|\s)astro(\s|$)/.test(part))
        expect(part.trim()).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 /);
  });

  test('astro.config.mjs turns it off first, for a command typed by hand (npx astro …)', () => {
    // Importing the config would load Astro's integrations (seconds); its text is enough.
    const config = readFileSync(new URL('astro.config.mjs', ROOT), 'utf8');
    const off = config.indexOf("process.env.ASTRO_TELEMETRY_DISABLED = '1';");
    expect(off).toBeGreaterThan(0);
    expect(off).toBeLessThan(config.indexOf('export default'));
  });
});
