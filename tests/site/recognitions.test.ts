/**
 * The records real articles need, built for real from tests/fixtures/recognitions/ (invented
 * places and numbers): every page states what the records say (votes as given, recognitions with
 * their stage and decision, count-only assessments with indicators and criteria lost, figures as
 * parts and changes, mergers and a commune after 1/7/2025 under its province), states nothing the
 * records do not say, stays within the page budget, and the open data carries every record.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { measureSite, pagesOverBudget } from '../../src/checks/page-budget.ts';
import { Parser } from 'htmlparser2';
import { buildInChild, trustWorkDir } from '../trust/support/build-site.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/recognitions');
let work: string;
let siteDir: string;

beforeAll(() => {
  work = trustWorkDir('recognitions');
  siteDir = join(work, 'dist');
  buildInChild(FIXTURE, siteDir, inject('buildDate'));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const html = (url: string) => readFileSync(join(siteDir, url, 'index.html'), 'utf8');
/** Tags that run inside a line of text: their words join the words around them. */
const INLINE = new Set(['a', 'span', 'strong', 'em', 'code', 'time', 'small', 'abbr', 'b', 'i']);
/** The visible text of a page: tags dropped (inline ones join their words), entities decoded. */
function text(url: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') hidden++;
        else if (!INLINE.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') hidden--;
        else if (!INLINE.has(name)) parts.push(' ');
      },
      ontext(chunk) {
        if (hidden === 0) parts.push(chunk);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html(url));
  return parts.join('').replace(/\s+/g, ' ').normalize('NFC');
}

describe('an appraisal council meeting', () => {
  const url = '/cuoc-hop/2022/2022-06-28-hoi-dong-tham-dinh/';
  test('shows each vote only as the source gives it', () => {
    const page = text(url);
    expect(page).toContain(
      'Đề nghị công nhận xã An Phú đạt chuẩn nông thôn mới 25 phiếu đồng ý; 25 thành viên có mặt; hội đồng có 27 thành viên; 100% thành viên có mặt đồng ý',
    );
    // A percentage alone stays a percentage: no count is made up from it.
    expect(page).toContain('100% đồng ý. Bài chỉ nêu tỷ lệ, không nêu số phiếu.');
    expect(page).not.toMatch(/\d+ phiếu đồng ý; 100% đồng ý/);
  });
  test('lists the communes it voted on, with their level, stage and round', () => {
    const page = text(url);
    expect(page).toContain(
      'Xã An Phú Xã đạt chuẩn nông thôn mới Hội đồng thẩm định đã bỏ phiếu đề nghị công nhận (chuẩn năm 2022) 28/6/2022 Đợt xét: đợt 1 năm 2022.',
    );
    expect(page).toContain(
      'Xã An Tiến Xã đạt chuẩn nông thôn mới Được thừa nhận đạt chuẩn sau sáp nhập',
    );
  });
});

describe('an HĐND supervision', () => {
  const url = '/cuoc-hop/2022/2022-05-10-giam-sat-an-phu/';
  test('is named as one, with the head of the delegation', () => {
    const page = text(url);
    expect(page).toContain('Hình thức Giám sát');
    expect(page).toContain('Trưởng đoàn giám sát');
  });
  test('shows a count the source gives, indicators, and says the other criteria are not stated', () => {
    const page = text(url);
    expect(page).toContain('Đạt 2/3 tiêu chí');
    expect(page).toContain('Chỉ tiêu: đạt 6/7.');
    expect(page).toContain(
      'Nguồn không nêu tình trạng của mọi tiêu chí: số tiêu chí đạt là số nguồn báo cáo.',
    );
    expect(page).toMatch(
      /1\. Quy hoạch Nguồn không nêu 2\. Giao thông Nguồn không nêu 3\. Thu nhập ✗ Chưa đạt/,
    );
    expect(page).toContain('3.1 ✗ Chưa đạt');
  });
});

describe('a commune', () => {
  const url = '/dia-ban/binh-nguyen/dong-an/an-phu/';
  test('lists its recognitions oldest first, with the recognising decision linked', () => {
    const page = text(url);
    const voted = page.indexOf('Hội đồng thẩm định đã bỏ phiếu đề nghị công nhận (chuẩn năm 2022)');
    const recognised = page.indexOf('Đã được công nhận (chuẩn năm 2022) 15/7/2022');
    const target = page.indexOf('Mục tiêu phấn đấu (năm 2025)');
    expect([voted, recognised, target].every((i) => i > 0)).toBe(true);
    expect(voted < recognised && recognised < target).toBe(true);
    expect(html(url)).toContain('href="/van-ban/binh-nguyen/2022-07-15-1234-qd-ubnd/"');
  });
  test('shows figures as parts of a whole and as changes, with their units, and the article that reported them', () => {
    const page = text(url);
    expect(page).toContain(
      'Vốn nhân dân đóng góp 216 tỷ đồng là một phần của: Tổng nguồn lực huy động xây dựng nông thôn mới.',
    );
    expect(page).toContain('trên 293 tỷ đồng');
    expect(page).toContain(
      '4,5 triệu đồng/người/năm mức tăng, giảm so với trước, không phải mức đạt.',
    );
    expect(page).toContain('0,64 %');
    expect(page).toContain(
      'Báo cáo tại: [Dữ liệu thử] Xã An Phú đón nhận Bằng công nhận đạt chuẩn nông thôn mới',
    );
  });
});

describe('a commune formed by a merger', () => {
  const url = '/dia-ban/binh-nguyen/dong-an/an-tien/';
  test('names the communes it was formed from', () => {
    expect(text(url)).toMatch(/Đơn vị trước đây Xã An Hòa, Xã An Lạc/);
  });
  test('says criteria were lost without claiming a count of criteria met', () => {
    const page = text(url);
    expect(page).toContain('Nguồn không nêu số tiêu chí đạt (bộ có 3 tiêu chí)');
    expect(page).toContain('Không còn đạt 1 tiêu chí so với khi được công nhận (theo nguồn).');
    expect(page).not.toMatch(/Đạt 0\/3/);
    expect(html(url)).toContain(
      '<a href="https://example.org/ra-soat-xa-dat-chuan" rel="nofollow noopener">',
    );
  });
  test('shows the predecessors’ successor', () => {
    expect(text('/dia-ban/binh-nguyen/dong-an/an-lac/')).toContain('Đơn vị kế thừa Xã An Tiến');
  });
});

describe('a commune formed after 1/7/2025', () => {
  test('belongs to its province, with no district', () => {
    const page = text('/dia-ban/binh-nguyen/an-moi/');
    expect(page).toContain('Trực thuộc Bình Nguyên');
    expect(page).not.toContain('Huyện Đông An,');
  });
});

describe('a village scored out of 16 against a set known only by its size', () => {
  test('shows the count, and no criterion it does not know', () => {
    const page = text('/dia-ban/binh-nguyen/dong-an/an-phu/na-pan/');
    expect(page).toContain('Đạt 15/16 tiêu chí');
    expect(page).toContain('Thôn đạt chuẩn nông thôn mới Mục tiêu phấn đấu (năm 2023)');
    // The count stands for the criteria: no criterion is listed as not stated.
    expect(page).toContain('Nguồn không nêu tình trạng của mọi tiêu chí');
    expect(page.replaceAll('Nguồn không nêu tình trạng của mọi tiêu chí', '')).not.toMatch(
      /không nêu/i,
    );
  });
  test('the set says it has 16 criteria that are not listed', () => {
    const page = text('/bo-tieu-chi/binh-nguyen-thon/');
    expect(page).toContain('Số tiêu chí 16');
    expect(page).toContain('Bộ có 16 tiêu chí; hồ sơ chưa có danh sách đầy đủ các tiêu chí.');
    expect(text('/bo-tieu-chi/binh-nguyen-xa/')).toContain('Số chỉ tiêu 7');
  });
});

describe('a recognising decision', () => {
  test('lists what it recognises', () => {
    expect(text('/van-ban/binh-nguyen/2022-07-15-1234-qd-ubnd/')).toContain(
      'Xã An Phú Xã đạt chuẩn nông thôn mới Đã được công nhận (chuẩn năm 2022) 15/7/2022',
    );
  });
});

describe('the built site', () => {
  test('keeps every page within 14 KB gzip', () => {
    expect(pagesOverBudget(measureSite(siteDir))).toEqual([]);
  });
  test('publishes the recognitions and the votes as open data', () => {
    const file = join(siteDir, 'data', 'recognitions.json');
    expect(existsSync(file)).toBe(true);
    const recognitions = JSON.parse(readFileSync(file, 'utf8')) as Array<{ status: string }>;
    expect(recognitions.map((r) => r.status).sort()).toEqual([
      're-recognised',
      'recognised',
      'target',
      'target',
      'voted',
    ]);
    expect(readFileSync(join(siteDir, 'data', 'recognitions.csv'), 'utf8')).toContain(
      'đợt 1 năm 2022',
    );
    const meetings = JSON.parse(
      readFileSync(join(siteDir, 'data', 'meetings.json'), 'utf8'),
    ) as Array<{ votes: Array<{ for?: number }> }>;
    expect(meetings.flatMap((m) => m.votes.map((v) => v.for ?? null))).toEqual([25, null]);
    const figures = readFileSync(join(siteDir, 'data', 'figures.csv'), 'utf8');
    expect(figures).toContain('von-nhan-dan');
    expect(figures).toContain('nguon-luc-huy-dong');
  });
});
