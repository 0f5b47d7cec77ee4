import { describe, expect, test } from 'vitest';
import { buildRecordIndex } from '../../../src/site/record-index.ts';
import { validateContent } from '../../../src/records/validate.ts';
import {
  buildSiteIndex,
  latestAssessmentPerSet,
  placesByLatestAssessment,
  resolveAssessment,
} from '../../../src/site/site-index.ts';

// A small synthetic archive (tests/fixtures/site) that goes through the real schemas.
const { content, issues } = validateContent('tests/fixtures/site');
const index = buildRecordIndex(content, '2026-11-22');
const site = buildSiteIndex(content, index);

describe('buildSiteIndex', () => {
  test('the fixture is valid', () => expect(issues).toEqual([]));

  test('lists meetings by year, newest first, and by place including the units above', () => {
    expect(site.meetingYears).toEqual([2023, 2017]);
    expect(site.meetingsNewestFirst).toEqual(['2023-07-11-hop', '2017-04-14-hop']);
    expect(site.meetingsByPlace.get('tinh-a/huyen-b/dong-ha')).toEqual(['2023-07-11-hop']);
    expect(site.meetingsByPlace.get('tinh-a')).toEqual(['2023-07-11-hop', '2017-04-14-hop']);
    expect(site.meetingsByBody.get('ubnd')).toEqual(['2017-04-14-hop']);
  });

  test('orders tasks overdue first and files them by assignee and place', () => {
    expect(site.tasksInOrder.map((t) => [t.key, t.state])).toEqual([
      ['meetings/2023-07-11-hop#t1', 'overdue'],
      ['meetings/2023-07-11-hop#t2', 'due-soon'],
      ['plans/kh-thu#p1', 'undated'],
      ['meetings/2023-07-11-hop#t3', 'done'],
    ]);
    expect(site.tasksByBody.get('ubnd')!.map((t) => t.task.id)).toEqual(['t1', 'p1', 't3']);
    // Tasks without places of their own take their meeting's place and places.
    expect(site.tasksByPlace.get('tinh-a/huyen-b/dong-ha')!.length).toBe(3);
  });

  test("every list of tasks follows the one order, a record's own list included", () => {
    const order = site.tasksInOrder.map((t) => t.key);
    const inOrder = (list: ReadonlyArray<{ key: string }>) =>
      expect(list.map((t) => t.key)).toEqual(order.filter((k) => list.some((t) => t.key === k)));
    for (const list of [
      ...site.tasksByBody.values(),
      ...site.tasksByPlace.values(),
      ...site.tasksByOrigin.values(),
      ...site.tasksByState.values(),
      site.tasksLatestGiven,
    ])
      inOrder(list);
  });

  test("a plan without a date of its own gives its tasks on its adopting document's date, as the validator counts it", () => {
    // kh-thu has no `date`; the document that adopted it (kh-89) is dated 2021-01-07.
    expect(site.tasksByKey.get('plans/kh-thu#p1')!.givenOn).toBe('2021-01-07');
    expect(index.tasks.find((t) => t.key === 'plans/kh-thu#p1')!.givenOn).toBe('2021-01-07');
  });

  test('the latest tasks are those given on the latest day, not every task', () => {
    expect(site.tasksLatestGiven.map((t) => t.key)).toEqual([
      'meetings/2023-07-11-hop#t1',
      'meetings/2023-07-11-hop#t2',
      'meetings/2023-07-11-hop#t3',
    ]);
  });

  test('sorts places in Vietnamese order and keeps children under their parent', () => {
    expect(site.placesAtoZ.map((id) => index.byId.places.get(id)!.data.name)).toEqual([
      'Ấp Bắc',
      'Đông Hà',
      'Huyện Thử',
      'Thôn Một',
      'Tỉnh Thử',
      'Xã Mới',
    ]);
    expect(site.topPlaces).toEqual(['tinh-a']);
    expect(site.placeAncestors.get('tinh-a/huyen-b/dong-ha-thon-1')).toEqual([
      'tinh-a/huyen-b/dong-ha',
      'tinh-a/huyen-b',
      'tinh-a',
    ]);
  });

  test('resolves assessments against the effective criteria of a provincial variant', () => {
    const dongHa = site.assessmentsByPlace.get('tinh-a/huyen-b/dong-ha')!;
    expect(dongHa.map((a) => [a.record.data.date, a.metCount, a.results.length])).toEqual([
      ['2020-01-10', 2, 4],
      ['2023-07-11', 3, 4],
    ]);
    expect(latestAssessmentPerSet(dongHa).map((a) => a.record.data.date)).toEqual(['2023-07-11']);
  });

  test('lists assessed places by their latest assessment, same-day ones in Vietnamese order', () => {
    // Both were last assessed on 2023-07-11: "Ấp Bắc" before "Đông Hà" (code points put Đ first).
    expect(
      placesByLatestAssessment(site, index.byId.places).map((p) => [
        p.placeId,
        p.latest.record.data.date,
      ]),
    ).toEqual([
      ['tinh-a/huyen-b/ap-bac', '2023-07-11'],
      ['tinh-a/huyen-b/dong-ha', '2023-07-11'],
    ]);
  });

  test('names the communes whose latest assessment meets each criterion', () => {
    const perCriterion = site.placesMeetingCriterion.get('tinh')!;
    expect(perCriterion.get(1)).toEqual(['tinh-a/huyen-b/ap-bac', 'tinh-a/huyen-b/dong-ha']);
    expect(perCriterion.get(2)).toEqual(['tinh-a/huyen-b/ap-bac']);
    expect(site.placesAssessedBySet.get('tinh')).toEqual([
      'tinh-a/huyen-b/ap-bac',
      'tinh-a/huyen-b/dong-ha',
    ]);
  });

  test('a document is cited by the records that reference it', () => {
    expect(site.citedBy.get('kl-10-2021')).toEqual([
      { collection: 'meetings', id: '2023-07-11-hop' },
      { collection: 'statistics', id: 'ap-bac-2021' },
    ]);
    expect(site.citedBy.get('kl-10-2016')).toEqual([
      { collection: 'meetings', id: '2017-04-14-hop' },
    ]);
    expect(site.citedBy.get('kh-89')).toEqual([
      { collection: 'documents', id: 'kl-10-2021' },
      { collection: 'meetings', id: '2023-07-11-hop' },
      { collection: 'plans', id: 'kh-thu' },
    ]);
  });

  test('files statistics and assessments under the record that reported them, and records under their source', () => {
    expect(site.statisticsByReporter.get('meetings/2017-04-14-hop')).toEqual(['huyen-b-2017-q1']);
    expect(site.assessmentsByReporter.get('meetings/2023-07-11-hop')!.length).toBe(2);
    expect(site.recordsBySource.get('000_test.txt')).toEqual([
      { collection: 'meetings', id: '2023-07-11-hop' },
    ]);
  });

  test('a plan is spoken of by the meetings that cite its document', () => {
    expect(site.meetingsOnPlan.get('kh-thu')).toEqual(['2023-07-11-hop']);
  });

  test('a local number in prose counts as a citation only of a document the record references or a body it names issued', () => {
    const unrelated = (m: (typeof content.meetings)[number]) => ({
      ...m,
      data: {
        ...m.data,
        cites: m.data.cites.filter((c) => c.id !== 'kh-89'),
        convenedBy: [{ collection: 'bodies' as const, id: 'huyen-uy' }],
        tasks: m.data.tasks.map((t) => ({ ...t, assignees: [] })),
      },
    });
    const meetings = content.meetings.map((m) => (m.id === '2023-07-11-hop' ? unrelated(m) : m));
    const other = { ...content, meetings };
    const otherSite = buildSiteIndex(other, buildRecordIndex(other, '2026-11-22'));
    expect(otherSite.citedBy.get('kh-89')).toEqual([
      { collection: 'documents', id: 'kl-10-2021' },
      { collection: 'plans', id: 'kh-thu' },
    ]);
    expect(otherSite.linkContext('meetings', '2017-04-14-hop')).toMatchObject({
      date: '2017-04-14',
      referenced: new Set(['kl-10-2016']),
      bodies: new Set(['ubnd']),
    });
  });

  test('a unit that took over another names it as its predecessor', () => {
    expect(site.predecessors.get('tinh-a/xa-moi')).toEqual(['tinh-a/huyen-b/dong-ha']);
  });

  test('refuses ids that a list page would shadow', () => {
    const bad = {
      ...content,
      meetings: content.meetings.map((m) => ({ ...m, id: `nam/${m.id}` })),
    };
    expect(() => buildSiteIndex(bad, buildRecordIndex(bad, '2026-11-22'))).toThrow(
      '"nam/" is reserved for list pages',
    );
  });
});

describe('resolveAssessment', () => {
  const record = (data: Record<string, unknown>) =>
    ({
      id: 'a',
      file: 'a.yaml',
      data: { statuses: {}, ...data },
    }) as unknown as Parameters<typeof resolveAssessment>[0];
  const criteria = [1, 2, 3].map((n) => ({
    number: n,
    name: `Tiêu chí ${n}`,
    aliases: [],
    indicators: [],
    groupName: undefined,
    definedIn: 's',
  }));
  test('counts the statuses when every criterion has one', () => {
    const r = resolveAssessment(
      record({ statuses: { 3: 'chua-dat' }, otherwise: 'dat' }),
      criteria,
    );
    expect([r.complete, r.metCount, r.total]).toEqual([true, 2, 3]);
  });
  test('takes the source’s count when statuses are missing, and none when there is no count', () => {
    const counted = resolveAssessment(record({ reportedMet: 2 }), criteria);
    expect([counted.complete, counted.metCount]).toEqual([false, 2]);
    expect(resolveAssessment(record({ reportedLost: 1 }), criteria).metCount).toBeUndefined();
  });
  test('a set larger than its listed criteria is never complete', () => {
    const r = resolveAssessment(record({ otherwise: 'dat' }), criteria, 16);
    expect([r.complete, r.total, r.metCount]).toEqual([false, 16, undefined]);
  });
});
