import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/records/validate.ts';
import { createRandom } from '../../../src/tools/synthetic/prng.ts';
import {
  checkSize,
  generateArchive,
  sizeForMeetings,
} from '../../../src/tools/synthetic/generate.ts';
import { SYNTHETIC_MARK, SYNTHETIC_PUBLISHER } from '../../../src/tools/synthetic/vocabulary.ts';
import { SYNTHETIC_MARKER, writeArchive } from '../../../src/tools/synthetic/write.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ntm-synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('createRandom', () => {
  test('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.int(0, 1_000_000));
    };
    expect(draw('ntm')).toEqual(draw('ntm'));
    expect(draw('ntm')).not.toEqual(draw('ntm2'));
  });

  test('int stays within its bounds and sample picks distinct elements', () => {
    const random = createRandom(7);
    for (let i = 0; i < 1000; i++) expect(random.int(3, 5)).toBeGreaterThanOrEqual(3);
    const picked = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });
});

describe('sizeForMeetings', () => {
  test('keeps the proportions and caps communes at 10,000', () => {
    expect(sizeForMeetings(1000)).toMatchObject({
      meetings: 1000,
      communes: 500,
      districts: 36,
      villages: 250,
      documents: 500,
      plans: 50,
      assessments: 500,
    });
    expect(sizeForMeetings(20_000).communes).toBe(10_000);
    expect(sizeForMeetings(40_000).communes).toBe(10_000);
  });
});

describe('checkSize', () => {
  test('refuses sizes that cannot nest', () => {
    expect(() => checkSize({ ...sizeForMeetings(50), communes: 1 })).toThrow(
      '--communes (1) must be at least --districts (2)',
    );
    expect(() => checkSize({ ...sizeForMeetings(50), provinces: 0 })).toThrow(
      '--provinces must be at least 1',
    );
    expect(() => checkSize({ ...sizeForMeetings(50), plans: -1 })).toThrow(
      '--plans must be a whole number',
    );
  });
});

describe('generateArchive', () => {
  const size = sizeForMeetings(120);
  const archive = generateArchive({ ...size, seed: 'test' });
  const dir = join(scratch, 'archive');
  writeArchive(dir, archive, join(process.cwd(), 'content'));
  const { issues, content } = validateContent(dir);

  test('writes the requested number of records of each kind', () => {
    const count = (folder: string) => readdirSync(join(dir, folder)).length;
    expect(count('meetings')).toBe(size.meetings);
    expect(count('plans')).toBe(size.plans);
    expect(count('assessments')).toBe(size.assessments);
    expect(count('statistics')).toBe(size.statistics);
    expect(count('places')).toBe(size.provinces + size.districts + size.communes + size.villages);
    expect(count('documents')).toBe(size.documents + 2); // and the two criteria-set decisions
    expect(count('criteria-sets')).toBe(2);
  });

  test('is valid under the real schemas and every cross-record rule', () => {
    expect(issues).toEqual([]);
    expect(content.meetings.flatMap((m) => m.data.tasks).length).toBeGreaterThan(
      size.meetings * 2 - 1,
    );
  });

  test('marks every title, summary and source as synthetic', () => {
    for (const m of content.meetings) {
      expect(m.data.title.startsWith(SYNTHETIC_MARK)).toBe(true);
      expect(m.data.summary.startsWith(SYNTHETIC_MARK)).toBe(true);
      expect(m.data.source.publisher).toBe(SYNTHETIC_PUBLISHER);
    }
    for (const d of content.documents) expect(d.data.title?.startsWith(SYNTHETIC_MARK)).toBe(true);
    for (const p of content.plans)
      expect([p.data.title ?? '', p.data.summary].every((t) => t.startsWith(SYNTHETIC_MARK))).toBe(
        true,
      );
  });

  test('writes Party and State document numbers in their conventions', () => {
    const systems = new Set(content.documents.map((d) => d.data.number?.system));
    expect(systems).toEqual(new Set(['party', 'state']));
    const meeting = readFileSync(
      join(dir, 'meetings', readdirSync(join(dir, 'meetings'))[5]!),
      'utf8',
    );
    expect(meeting).toMatch(/## Kết luận/);
  });

  test('gives identical files for the same seed and different ones for another seed', () => {
    const again = generateArchive({ ...size, seed: 'test' });
    expect([...again.entries()]).toEqual([...archive.entries()]);
    const other = generateArchive({ ...size, seed: 'other' });
    expect([...other.keys()]).not.toEqual([...archive.keys()]);
  });
});

describe('writeArchive', () => {
  const tiny = generateArchive({ ...sizeForMeetings(4), seed: 1 });

  test('refuses the real content folder and folders it did not write', () => {
    expect(() =>
      writeArchive(join(process.cwd(), 'content'), tiny, join(process.cwd(), 'content')),
    ).toThrow('refusing to write synthetic records');
    expect(() =>
      writeArchive(join(process.cwd(), 'content', 'x'), tiny, join(process.cwd(), 'content')),
    ).toThrow('refusing to write synthetic records');
    expect(() =>
      writeArchive(join(process.cwd(), 'src'), tiny, join(process.cwd(), 'content')),
    ).toThrow('was not written by the generator');
  });

  test('replaces a folder it wrote before, marked as synthetic', () => {
    const dir = join(scratch, 'again');
    writeArchive(dir, tiny, join(process.cwd(), 'content'));
    writeArchive(dir, tiny, join(process.cwd(), 'content'));
    expect(existsSync(join(dir, SYNTHETIC_MARKER))).toBe(true);
    expect(readFileSync(join(dir, SYNTHETIC_MARKER), 'utf8')).toContain('không có thật');
  });
});
