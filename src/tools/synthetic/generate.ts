/**
 * Generates a synthetic NTM archive: a content folder (places, bodies, documents, criteria sets,
 * meetings with tasks, plans, assessments, statistics) of any size, valid under the real schemas
 * and cross-record rules, and deterministic for a seed. Every title and summary starts with
 * "[Dữ liệu tổng hợp]" and every source names the publisher "Dữ liệu tổng hợp (không có thật)",
 * so no generated record can pass for a real one. The benchmark builds these; so can anyone
 * who wants to see the site full.
 */
import { stringify } from 'yaml';
import { slugify } from '../../domain/fold-vietnamese.ts';
import {
  addDays,
  dayNumber,
  isoDay,
  quarterOf,
  QUARTER_NUMERALS,
  vietnameseDay,
} from './calendar.ts';
import { createRandom, type Random } from './prng.ts';
import { folderOf, type RecordInput } from '../../schemas/index.ts';
import {
  CRITERIA_2016,
  CRITERIA_2021,
  CRITERIA_GROUPS,
  fillSentence,
  LIMITATION_SENTENCES,
  personName,
  placeName,
  POSITIONS,
  RESULT_SENTENCES,
  REVIEW_TOPICS,
  SYNTHETIC_MARK,
  SYNTHETIC_PUBLISHER,
  TASK_SENTENCES,
} from './vocabulary.ts';

/** How many records of each kind an archive has. */
export interface ArchiveSize {
  provinces: number;
  districts: number;
  communes: number;
  villages: number;
  meetings: number;
  documents: number;
  plans: number;
  assessments: number;
  statistics: number;
}

/** The size fields, in the order the generator fills them. */
export const SIZE_KEYS: ReadonlyArray<keyof ArchiveSize> = [
  'provinces',
  'districts',
  'communes',
  'villages',
  'meetings',
  'documents',
  'plans',
  'assessments',
  'statistics',
];

/** What to generate: the sizes and the seed. */
export interface GenerateOptions extends ArchiveSize {
  /** The same seed gives the same files. Default: "ntm". */
  seed?: string | number;
}

/** The largest number of communes generated: about as many as Vietnam had before July 2025. */
export const MAX_COMMUNES = 10_000;

/**
 * Sizes in proportion to a number of meetings, shaped like the real programme: about two
 * meetings per commune, 14 communes per district, 11 districts per province, a village for
 * every other commune, a document for every two meetings, a plan for every twenty, one
 * assessment per commune, and communes capped at 10,000.
 */
export function sizeForMeetings(meetings: number): ArchiveSize {
  const communes = Math.min(MAX_COMMUNES, Math.max(4, Math.round(meetings / 2)));
  const districts = Math.max(1, Math.round(communes / 14));
  return {
    provinces: Math.max(1, Math.round(districts / 11)),
    districts,
    communes,
    villages: Math.round(communes / 2),
    meetings,
    documents: Math.max(4, Math.round(meetings / 2)),
    plans: Math.max(1, Math.round(meetings / 20)),
    assessments: communes,
    statistics: districts,
  };
}

/** A generated archive: file path below the content folder → file text, in a fixed order. */
export type GeneratedArchive = Map<string, string>;

/** The last day a district body may act: the district level ended on 1/7/2025. */
const DISTRICT_LAST_DAY = '2025-06-30';
const FIRST_DAY = '2016-01-01';

interface PlaceRow {
  id: string;
  name: string;
  kind: string;
  parent?: string;
  /** Words before the name in prose: "xã", "huyện", "tỉnh". */
  word: string;
}

interface Province extends PlaceRow {
  bodies: { party: string; people: string };
  documents: DocRow[];
}

interface District extends PlaceRow {
  province: Province;
  communes: Commune[];
  bodies: { party: string; standing: string; people: string; steering: string };
  documents: DocRow[];
  meetings: Array<{ id: string; date: string }>;
  plans: PlanRow[];
}

interface Commune extends PlaceRow {
  district: District;
  bodies?: { party: string; people: string };
}

interface DocRow {
  id: string;
  number: string;
  type: string;
  date: string;
  issuer: string;
  title: string;
}

interface PlanRow {
  id: string;
  date: string;
}

/** The state shared by every section of one generation: the seeded random source and the files. */
interface Generation {
  random: Random;
  files: GeneratedArchive;
  /** Unique ids per namespace (places, bodies, every other record). */
  placeId: (base: string) => string;
  bodyId: (base: string) => string;
  recordId: (base: string) => string;
  /** The next serial number of a document series (per issuer, type and term or year). */
  nextNumber: (key: string) => number;
}

/** The two national criteria sets, with the decisions that issued them. */
interface SetRow {
  id: string;
  doc: string;
  number: string;
  date: string;
  from: number;
  to: number;
  criteria: readonly string[];
}

type DataCollection =
  'places' | 'bodies' | 'programmes' | 'criteriaSets' | 'assessments' | 'statistics';
type MarkdownCollection = 'documents' | 'meetings' | 'plans';

const yaml = (data: unknown): string => stringify(data, { lineWidth: 0 });

/** Writes a YAML record, typed as the collection's schema takes it. */
function writeData<C extends DataCollection>(
  g: Generation,
  collection: C,
  id: string,
  data: RecordInput<C>,
): void {
  g.files.set(`${folderOf(collection)}/${id}.yaml`, yaml(data));
}

/** Writes a Markdown record: front matter typed as the collection's schema takes it, then the body. */
function writeMarkdown<C extends MarkdownCollection>(
  g: Generation,
  collection: C,
  id: string,
  data: RecordInput<C>,
  body: string,
): void {
  g.files.set(`${folderOf(collection)}/${id}.md`, `---\n${yaml(data)}---\n${body}`);
}

/** Slugs made unique within one namespace by a numeric suffix: hoa-loc, hoa-loc-2, … */
function uniqueIds() {
  const used = new Set<string>();
  return (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function startGeneration(seed: string | number): Generation {
  const random = createRandom(seed);
  const counters = new Map<string, number>();
  return {
    random,
    files: new Map(),
    placeId: uniqueIds(),
    bodyId: uniqueIds(),
    recordId: uniqueIds(),
    nextNumber: (key) => {
      const n = (counters.get(key) ?? random.int(1, 40)) + random.int(1, 3);
      counters.set(key, n);
      return n;
    },
  };
}

/** Generates the archive described by `options`. Pure: same options, same files. */
export function generateArchive(options: GenerateOptions): GeneratedArchive {
  checkSize(options);
  const g = startGeneration(options.seed ?? 'ntm');
  const sets = writeNationalRecords(g);
  const provinces = makeProvinces(g, options.provinces);
  const districts = makeDistricts(g, options.districts, provinces);
  const communes = makeCommunes(g, options.communes, districts);
  makeVillages(g, options.villages, communes);
  makeDocuments(g, options.documents, districts);
  // Plans come before meetings, so meetings can report on them.
  makePlans(g, options.plans, districts);
  makeMeetings(g, options.meetings, districts);
  makeAssessments(g, options.assessments, communes, sets);
  makeStatistics(g, options.statistics, districts, sets);
  return new Map([...g.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Programmes, the national body and the two national criteria sets with their decisions. */
function writeNationalRecords(g: Generation): [SetRow, SetRow] {
  writeData(g, 'programmes', 'nong-thon-moi', {
    name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
    shortName: 'Nông thôn mới',
    description: `${SYNTHETIC_MARK} Chương trình dùng cho bộ dữ liệu tổng hợp.`,
  });
  writeData(g, 'programmes', 'cai-tao-vuon-tap', {
    name: 'Chương trình cải tạo vườn tạp, chỉnh trang khu dân cư',
    shortName: 'Cải tạo vườn tạp',
  });
  writeData(g, 'bodies', 'thu-tuong-chinh-phu', {
    name: 'Thủ tướng Chính phủ',
    kind: 'chinh-phu',
    issuerCode: 'TTg',
  });
  const sets: [SetRow, SetRow] = [
    {
      id: 'qd-1980-2016-xa',
      doc: 'qd-1980-2016-ttg',
      number: '1980/QĐ-TTg',
      date: '2016-10-17',
      from: 2016,
      to: 2020,
      criteria: CRITERIA_2016,
    },
    {
      id: 'qd-318-2022-xa',
      doc: 'qd-318-2022-ttg',
      number: '318/QĐ-TTg',
      date: '2022-03-08',
      from: 2021,
      to: 2025,
      criteria: CRITERIA_2021,
    },
  ];
  for (const set of sets) writeCriteriaSet(g, set);
  return sets;
}

function writeCriteriaSet(g: Generation, set: SetRow): void {
  const period = `${set.from}–${set.to}`;
  writeMarkdown(
    g,
    'documents',
    set.doc,
    {
      number: set.number,
      title: `${SYNTHETIC_MARK} Quyết định ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${period}`,
      issuer: 'thu-tuong-chinh-phu',
      date: set.date,
      summary: `${SYNTHETIC_MARK} Bộ tiêu chí gồm ${set.criteria.length} tiêu chí trong 5 nhóm.`,
      programmes: ['nong-thon-moi'],
    },
    `Ban hành kèm theo Quyết định này Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${period}.\n`,
  );
  writeData(g, 'criteriaSets', set.id, {
    name: `Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${period}`,
    shortName: `QĐ ${set.number.split('/')[0]} (${set.criteria.length} tiêu chí)`,
    decision: set.doc,
    periodFrom: set.from,
    periodTo: set.to,
    level: 'xa',
    tier: 'co-ban',
    groups: CRITERIA_GROUPS.map((group) => ({ code: group.code, name: group.name })),
    criteria: set.criteria.map((name, i) => ({
      number: i + 1,
      name,
      group: [...CRITERIA_GROUPS].reverse().find((group) => i + 1 >= group.from)!.code,
    })),
  });
}

const NOT_REAL = `${SYNTHETIC_MARK} Đơn vị hành chính không có thật.`;

/** Provinces, each with its Party committee and People's Committee. */
function makeProvinces(g: Generation, count: number): Province[] {
  const provinces: Province[] = [];
  for (let p = 0; p < count; p++) {
    const name = placeName(g.random);
    const id = g.placeId(`tinh-${slugify(name)}`);
    const province: Province = {
      id,
      name,
      kind: 'tinh',
      word: 'tỉnh',
      documents: [],
      bodies: {
        party: g.bodyId(`tinh-uy-${slugify(name)}`),
        people: g.bodyId(`ubnd-tinh-${slugify(name)}`),
      },
    };
    provinces.push(province);
    writeData(g, 'places', id, { name, kind: 'tinh', note: NOT_REAL });
    writeData(g, 'bodies', province.bodies.party, {
      name: `Tỉnh ủy ${name}`,
      shortName: 'Tỉnh ủy',
      kind: 'ban-chap-hanh',
      place: id,
      issuerCode: 'TU',
    });
    writeData(g, 'bodies', province.bodies.people, {
      name: `Ủy ban nhân dân tỉnh ${name}`,
      shortName: 'UBND tỉnh',
      kind: 'ubnd',
      place: id,
      issuerCode: 'UBND',
    });
  }
  return provinces;
}

/** Districts, spread over the provinces, each with four bodies that end with the district level. */
function makeDistricts(g: Generation, count: number, provinces: Province[]): District[] {
  const districts: District[] = [];
  for (let d = 0; d < count; d++) {
    const province = provinces[Math.floor((d * provinces.length) / count)]!;
    const name = placeName(g.random);
    const kind = g.random.chance(0.1) ? 'thi-xa' : 'huyen';
    const slug = slugify(name);
    const district: District = {
      id: g.placeId(`${kind === 'huyen' ? 'huyen' : 'thi-xa'}-${slug}`),
      name,
      kind,
      word: kind === 'huyen' ? 'huyện' : 'thị xã',
      parent: province.id,
      province,
      communes: [],
      bodies: {
        party: g.bodyId(`huyen-uy-${slug}`),
        standing: g.bodyId(`ban-thuong-vu-huyen-uy-${slug}`),
        people: g.bodyId(`ubnd-huyen-${slug}`),
        steering: g.bodyId(`ban-chi-dao-ntm-huyen-${slug}`),
      },
      documents: [],
      meetings: [],
      plans: [],
    };
    districts.push(district);
    writeData(g, 'places', district.id, {
      name,
      kind,
      parent: province.id,
      validTo: DISTRICT_LAST_DAY,
      note: NOT_REAL,
    });
    writeDistrictBodies(g, district);
  }
  return districts;
}

function writeDistrictBodies(g: Generation, district: District): void {
  const { bodies, name, word, id, province } = district;
  const partyName = district.kind === 'huyen' ? 'Huyện ủy' : 'Thị ủy';
  writeData(g, 'bodies', bodies.party, {
    name: `${partyName} ${name}`,
    shortName: partyName,
    kind: 'ban-chap-hanh',
    place: id,
    parent: province.bodies.party,
    issuerCode: 'HU',
    validTo: DISTRICT_LAST_DAY,
  });
  writeData(g, 'bodies', bodies.standing, {
    name: `Ban Thường vụ ${partyName} ${name}`,
    shortName: `Ban Thường vụ ${partyName}`,
    kind: 'ban-thuong-vu',
    place: id,
    parent: bodies.party,
    issuerCode: 'HU',
    validTo: DISTRICT_LAST_DAY,
  });
  writeData(g, 'bodies', bodies.people, {
    name: `Ủy ban nhân dân ${word} ${name}`,
    shortName: `UBND ${word}`,
    kind: 'ubnd',
    place: id,
    parent: province.bodies.people,
    issuerCode: 'UBND',
    validTo: DISTRICT_LAST_DAY,
  });
  writeData(g, 'bodies', bodies.steering, {
    name: `Ban Chỉ đạo xây dựng nông thôn mới ${word} ${name}`,
    shortName: 'Ban Chỉ đạo NTM',
    kind: 'ban-chi-dao',
    place: id,
    parent: bodies.party,
    validTo: DISTRICT_LAST_DAY,
  });
}

/** Communes, spread over the districts; one in four has its own Party committee and People's Committee. */
function makeCommunes(g: Generation, count: number, districts: District[]): Commune[] {
  const communes: Commune[] = [];
  for (let c = 0; c < count; c++) {
    const district = districts[Math.floor((c * districts.length) / count)]!;
    const name = placeName(g.random);
    const kind = g.random.chance(0.06) ? 'thi-tran' : 'xa';
    const word = kind === 'xa' ? 'xã' : 'thị trấn';
    const slug = slugify(name);
    const id = g.placeId(`${kind === 'xa' ? 'xa' : 'thi-tran'}-${slug}`);
    const commune: Commune = { id, name, kind, word, parent: district.id, district };
    // Those with bodies on record hold commune-level meetings.
    if (c % 4 === 0) {
      commune.bodies = {
        party: g.bodyId(`dang-uy-${slug}`),
        people: g.bodyId(`ubnd-${kind === 'xa' ? 'xa' : 'thi-tran'}-${slug}`),
      };
      writeCommuneBodies(g, commune, commune.bodies);
    }
    district.communes.push(commune);
    communes.push(commune);
    writeData(g, 'places', id, { name, kind, parent: district.id, note: NOT_REAL });
  }
  return communes;
}

function writeCommuneBodies(
  g: Generation,
  commune: Commune,
  bodies: { party: string; people: string },
): void {
  const { word, name, id, district } = commune;
  writeData(g, 'bodies', bodies.party, {
    name: `Đảng ủy ${word} ${name}`,
    shortName: `Đảng ủy ${word}`,
    kind: 'dang-uy',
    place: id,
    parent: district.bodies.party,
    issuerCode: 'ĐU',
  });
  writeData(g, 'bodies', bodies.people, {
    name: `Ủy ban nhân dân ${word} ${name}`,
    shortName: `UBND ${word}`,
    kind: 'ubnd',
    place: id,
    parent: district.bodies.people,
    issuerCode: 'UBND',
  });
}

/** Villages (thôn, xóm, bản; tổ dân phố in a town), spread over the communes. */
function makeVillages(g: Generation, count: number, communes: Commune[]): void {
  for (let v = 0; v < count; v++) {
    const commune = communes[Math.floor((v * communes.length) / count)]!;
    const kind =
      commune.kind === 'thi-tran'
        ? 'to-dan-pho'
        : g.random.pick(['thon', 'thon', 'thon', 'xom', 'ban'] as const);
    const name = kind === 'to-dan-pho' ? String(g.random.int(1, 15)) : placeName(g.random);
    const id = g.placeId(
      `${commune.id}-${slugify(kind === 'to-dan-pho' ? `to-dan-pho-${name}` : name)}`,
    );
    writeData(g, 'places', id, { name, kind, parent: commune.id });
  }
}

/** Days from the first day of the archive to the last day a district body may act. */
const ARCHIVE_DAYS = dayNumber(DISTRICT_LAST_DAY) - dayNumber(FIRST_DAY);

const PARTY_TYPES = [
  ['KH', 'Kế hoạch'],
  ['KL', 'Kết luận'],
  ['TB', 'Thông báo kết luận'],
  ['NQ', 'Nghị quyết'],
  ['CT', 'Chỉ thị'],
  ['ĐA', 'Đề án'],
] as const;
const STATE_TYPES = [
  ['KH', 'Kế hoạch'],
  ['QĐ', 'Quyết định'],
  ['BC', 'Báo cáo'],
  ['HD', 'Hướng dẫn'],
] as const;

/** Documents: one in ten provincial, the rest spread over districts, numbered per issuer and type. */
function makeDocuments(g: Generation, count: number, districts: District[]): void {
  for (let n = 0; n < count; n++) makeDocument(g, districts[n % districts.length]!, n % 10 === 9);
  for (const district of districts)
    district.documents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function makeDocument(g: Generation, district: District, provincial: boolean): void {
  const { random } = g;
  const party = random.chance(0.6);
  const [type, typeName] = random.pick<readonly [string, string]>(
    party ? PARTY_TYPES : STATE_TYPES,
  );
  const issuer = provincial
    ? district.province.bodies[party ? 'party' : 'people']
    : district.bodies[party ? 'standing' : 'people'];
  const issuerCode = provincial ? (party ? 'TU' : 'UBND') : party ? 'HU' : 'UBND';
  const date = isoDay(dayNumber(FIRST_DAY) + random.int(0, ARCHIVE_DAYS));
  const serial = g.nextNumber(`${issuer}|${type}|${party ? 'term' : date.slice(0, 4)}`);
  const number = party ? `${serial}-${type}/${issuerCode}` : `${serial}/${type}-${issuerCode}`;
  const where = provincial ? `tỉnh ${district.province.name}` : `${district.word} ${district.name}`;
  const topic = random.pick(REVIEW_TOPICS);
  const title = `${SYNTHETIC_MARK} ${typeName} về ${topic} trên địa bàn ${where}`;
  const id = g.recordId(slugify(`${number} ${date.slice(0, 4)}`));
  (provincial ? district.province.documents : district.documents).push({
    id,
    number,
    type,
    date,
    issuer,
    title,
  });
  const earlier = district.documents.filter((d) => d.date < date && d.type === 'KH');
  const implementsDoc =
    !provincial && (type === 'KL' || type === 'TB') ? earlier.at(-1) : undefined;
  const signer = personName(random);
  writeMarkdown(
    g,
    'documents',
    id,
    {
      number,
      title,
      issuer,
      date,
      signer: {
        name: signer,
        positions: [provincial ? 'Phó Bí thư Tỉnh ủy' : random.pick(POSITIONS.district)],
      },
      ...(party ? { signedFor: 'T/M Ban Thường vụ' } : {}),
      recipients: ['Như trên', 'Lưu VP'],
      ...(implementsDoc ? { implements: [implementsDoc.id] } : {}),
      places: [provincial ? district.province.id : district.id],
      summary: `${SYNTHETIC_MARK} ${typeName} số ${number} ngày ${vietnameseDay(date)} về ${topic}.`,
      programmes: ['nong-thon-moi'],
    },
    `${fillSentence(random.pick(RESULT_SENTENCES), random, random.pick(district.communes)?.name ?? district.name)}\n\n${random.pick(LIMITATION_SENTENCES)}\n`,
  );
}

/** Plans: each adopted by a district (by one of its KH documents when it has one), with targets and tasks. */
function makePlans(g: Generation, count: number, districts: District[]): void {
  for (let n = 0; n < count; n++) makePlan(g, districts[n % districts.length]!);
}

function makePlan(g: Generation, district: District): void {
  const { random } = g;
  const basis = district.documents.filter((d) => d.type === 'KH');
  const adoptedIn = basis.length > 0 ? random.pick(basis) : undefined;
  const date = adoptedIn?.date ?? isoDay(dayNumber(FIRST_DAY) + random.int(0, ARCHIVE_DAYS - 400));
  const year = Number(date.slice(0, 4));
  const communesOfPlan = random.sample(district.communes, random.int(1, 4));
  const id = g.recordId(`${date.slice(0, 4)}-ke-hoach-${slugify(district.name)}`);
  district.plans.push({ id, date });
  const periodTo = Math.min(2025, year + random.int(0, 3));
  const targets = communesOfPlan.slice(0, 2).map((c, i) => ({
    id: `muc-tieu-${i + 1}`,
    text: `${c.word.charAt(0).toUpperCase()}${c.word.slice(1)} ${c.name} đạt chuẩn nông thôn mới`,
    metric: 'so-tieu-chi-dat',
    value: 19,
    unit: 'tiêu chí',
    year: periodTo,
    place: c.id,
  }));
  const tasks = makeTasks(random, date, district, communesOfPlan, 3);
  writeMarkdown(
    g,
    'plans',
    id,
    {
      title: `${SYNTHETIC_MARK} Kế hoạch xây dựng nông thôn mới ${district.word} ${district.name} giai đoạn ${year}–${periodTo}`,
      kind: 'ke-hoach',
      ...(adoptedIn ? { document: adoptedIn.id } : {}),
      adoptedBy: adoptedIn?.issuer ?? district.bodies.people,
      date,
      periodFrom: year,
      periodTo,
      places: communesOfPlan.map((c) => c.id),
      targets,
      tasks: tasks.map(withoutDue),
      basedOn: district.province.documents
        .filter((d) => d.date <= date)
        .slice(-1)
        .map((d) => d.id),
      summary: `${SYNTHETIC_MARK} Kế hoạch đặt mục tiêu đưa ${communesOfPlan.length} xã về đích nông thôn mới đến năm ${periodTo}.`,
      programmes: ['nong-thon-moi'],
    },
    `## Mục tiêu\n\n${targets.map((t) => `- ${t.text} vào năm ${t.year}.`).join('\n')}\n\n## Nhiệm vụ\n\n${tasks.map((t, i) => `${i + 1}. ${t.text}.`).join('\n')}\n`,
  );
}

const MEETING_KINDS = [
  ['hoi-nghi', 'Hội nghị'],
  ['cuoc-hop', 'Cuộc họp'],
  ['buoi-lam-viec', 'Buổi làm việc'],
] as const;

/** What one meeting is about, drawn before its record is written. */
interface MeetingFacts {
  id: string;
  district: District;
  /** The commune whose bodies held it (a commune-level meeting), else none. */
  host: Commune | undefined;
  date: string;
  kind: (typeof MEETING_KINDS)[number][0];
  kindName: string;
  topic: string;
  review: string | undefined;
  title: string;
  where: string;
  concerned: Commune[];
  convener: string;
  chair: string;
  chairPosition: string;
  expected: number;
  absent: string[];
  cites: DocRow[];
  plans: string[];
  tasks: GeneratedTask[];
}

/** Meetings: district-level, or (three in ten) held by a commune's bodies; each gives tasks. */
function makeMeetings(g: Generation, count: number, districts: District[]): void {
  for (let n = 0; n < count; n++) {
    const facts = drawMeeting(g, districts[n % districts.length]!);
    const body = meetingBody(g.random, facts);
    writeMarkdown(g, 'meetings', facts.id, meetingFrontMatter(g.random, facts), body);
  }
}

function drawMeeting(g: Generation, district: District): MeetingFacts {
  const { random } = g;
  const active = district.communes.filter((c) => c.bodies);
  const host = active.length > 0 && random.chance(0.3) ? random.pick(active) : undefined;
  const date = isoDay(dayNumber(FIRST_DAY) + random.int(0, ARCHIVE_DAYS));
  const [kind, kindName] = random.pick(MEETING_KINDS);
  const topic = random.pick(REVIEW_TOPICS);
  const concerned = host ? [host] : random.sample(district.communes, random.int(1, 3));
  const convener = host
    ? host.bodies!.party
    : random.pick([district.bodies.standing, district.bodies.steering, district.bodies.party]);
  const where = host ? `${host.word} ${host.name}` : `${district.word} ${district.name}`;
  const review =
    kind === 'hoi-nghi'
      ? `Sơ kết quý ${QUARTER_NUMERALS[quarterOf(date) - 1]} năm ${date.slice(0, 4)}`
      : undefined;
  const reviewWords = review ? `${review.charAt(0).toLowerCase()}${review.slice(1)} về` : 'về';
  const id = g.recordId(`${date}-${kind}-${slugify(host?.name ?? district.name)}`);
  district.meetings.push({ id, date });
  const chair = personName(random);
  const chairPosition = host ? random.pick(POSITIONS.commune) : random.pick(POSITIONS.district);
  const expected = random.int(8, 16);
  const absentCount = random.int(0, 2);
  return {
    id,
    district,
    host,
    date,
    kind,
    kindName,
    topic,
    review,
    title: `${SYNTHETIC_MARK} ${kindName} ${reviewWords} ${topic} ${where}`,
    where,
    concerned,
    convener,
    chair,
    chairPosition,
    expected,
    absent: Array.from({ length: absentCount }, () => `Đồng chí ${personName(random)}`),
    cites: citable(district.documents, date, random, random.int(1, 3)),
    plans: district.plans
      .filter((p) => p.date <= date)
      .slice(-1)
      .map((p) => p.id),
    tasks: makeTasks(random, date, district, concerned, random.int(2, 4)),
  };
}

/** The Markdown account: results, limitations, and the conclusion with its numbered tasks. */
function meetingBody(random: Random, m: MeetingFacts): string {
  const results = random
    .sample(RESULT_SENTENCES, random.int(2, 3))
    .map((r) => fillSentence(r, random, random.pick(m.concerned).name));
  const limitations = random.sample(LIMITATION_SENTENCES, 2);
  const citedProse = m.cites.map(
    (d) =>
      `${d.title.replace(`${SYNTHETIC_MARK} `, '').split(' về ')[0]} số ${d.number} ngày ${vietnameseDay(d.date)}`,
  );
  const followed =
    citedProse.length > 0 ? citedProse.join('; ') : 'các nghị quyết, kế hoạch đã ban hành';
  return [
    '## Kết quả',
    '',
    results.join(' '),
    '',
    '## Tồn tại, hạn chế',
    '',
    ...limitations.map((l) => `- ${l}`),
    '',
    '## Kết luận',
    '',
    `Kết luận ${m.kindName.toLowerCase()}, đồng chí ${m.chair}, ${m.chairPosition}, đề nghị tiếp tục thực hiện ${followed}, tập trung vào các nhiệm vụ sau:`,
    '',
    ...m.tasks.map(
      (t, i) => `${i + 1}. ${t.text}${t.deadline.text ? `, ${t.deadline.text}` : ''}.`,
    ),
    '',
  ].join('\n');
}

function meetingFrontMatter(random: Random, m: MeetingFacts): RecordInput<'meetings'> {
  const { host, district, where, tasks } = m;
  const firstDue = tasks.map((t) => t.deadlineDue).sort()[0]!;
  return {
    title: m.title,
    date: m.date,
    partOfDay: random.pick(['sáng', 'chiều'] as const),
    kind: m.kind,
    ...(m.review ? { review: m.review } : {}),
    convenedBy: [m.convener],
    place: host?.id ?? district.id,
    venue: host
      ? `Hội trường UBND ${where}`
      : `Phòng họp ${district.kind === 'huyen' ? 'Huyện ủy' : 'Thị ủy'} ${district.name}`,
    chairs: [{ name: m.chair, positions: [m.chairPosition], role: 'Chủ trì' }],
    participants: [
      {
        name: personName(random),
        positions: [host ? random.pick(POSITIONS.commune) : random.pick(POSITIONS.district)],
      },
    ],
    attendeesText: [
      host
        ? 'Cán bộ chủ chốt xã, Bí thư chi bộ và trưởng thôn'
        : 'Thành viên Ban Chỉ đạo; Bí thư, Chủ tịch UBND các xã, thị trấn',
    ],
    attendance: [
      {
        group: 'Thành viên được triệu tập',
        present: m.expected - m.absent.length,
        expected: m.expected,
        absent: m.absent,
      },
    ],
    places: m.concerned.map((c) => c.id),
    cites: m.cites.map((d) => d.id),
    plans: m.plans,
    tasks: tasks.map(withoutDue),
    source: {
      title: m.title.replace(`${SYNTHETIC_MARK} `, `${SYNTHETIC_MARK} Tin: `),
      publisher: SYNTHETIC_PUBLISHER,
      publishedAt: addDays(m.date, random.int(0, 2)),
    },
    summary: `${SYNTHETIC_MARK} ${m.kindName} tại ${where} đánh giá ${m.topic}; giao ${tasks.length} nhiệm vụ, hạn chót gần nhất ${vietnameseDay(firstDue)}.`,
    programmes: ['nong-thon-moi'],
  };
}

/** Assessments: one commune each, against the set of its period, reported in a district meeting. */
function makeAssessments(
  g: Generation,
  count: number,
  communes: Commune[],
  sets: [SetRow, SetRow],
): void {
  const { random } = g;
  const lastDecision = dayNumber(sets[1].date);
  for (let n = 0; n < count; n++) {
    const commune = communes[n % communes.length]!;
    // Reported at a meeting of its district, on that day; without one, by the national decision.
    const meetings = commune.district.meetings;
    const meeting = meetings.length > 0 ? random.pick(meetings) : undefined;
    const date =
      meeting?.date ??
      isoDay(lastDecision + random.int(0, dayNumber(DISTRICT_LAST_DAY) - lastDecision));
    const set = Number(date.slice(0, 4)) <= 2020 ? sets[0] : sets[1];
    const unmet = random.sample(
      Array.from({ length: set.criteria.length }, (_, i) => i + 1),
      random.int(0, 8),
    );
    writeData(g, 'assessments', g.recordId(`${commune.id}-${date}`), {
      place: commune.id,
      date,
      criteriaSet: set.id,
      statuses: Object.fromEntries(unmet.map((k) => [String(k), 'Chưa đạt'])),
      otherwise: 'Đạt',
      reportedMet: set.criteria.length - unmet.length,
      reportedTotal: set.criteria.length,
      ...(meeting ? { reportedIn: meeting.id } : { reportedBy: sets[1].doc }),
      note: `${SYNTHETIC_MARK} Đánh giá không có thật.`,
      programmes: ['nong-thon-moi'],
    });
  }
}

/** Statistics: one quarter's figures per district. */
function makeStatistics(
  g: Generation,
  count: number,
  districts: District[],
  sets: [SetRow, SetRow],
): void {
  const { random } = g;
  for (let n = 0; n < count; n++) {
    const district = districts[n % districts.length]!;
    // The quarter of the meeting that reports the figures, or a random one reported by the decision.
    const meeting = district.meetings.length > 0 ? random.pick(district.meetings) : undefined;
    const year = meeting ? Number(meeting.date.slice(0, 4)) : random.int(2017, 2024);
    const quarter = meeting ? quarterOf(meeting.date) : random.int(1, 4);
    const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    writeData(g, 'statistics', g.recordId(`${district.id}-${year}-q${quarter}`), {
      place: district.id,
      period: `Quý ${QUARTER_NUMERALS[quarter - 1]} năm ${year}`,
      periodStart: start,
      periodEnd: endOfMonth(year, quarter * 3),
      ...(meeting ? { reportedIn: meeting.id } : { reportedBy: sets[1].doc }),
      figures: [
        {
          metric: 'binh-quan-tieu-chi-xa',
          label: 'Bình quân tiêu chí đạt mỗi xã',
          value: random.int(90, 190) / 10,
          unit: 'tiêu chí/xã',
          criteriaSet: year <= 2020 ? sets[0].id : sets[1].id,
        },
        {
          metric: 'dien-tich-lua',
          label: 'Diện tích gieo cấy lúa',
          value: random.int(100_000, 900_000) / 100,
          unit: 'ha',
          estimate: random.chance(0.5),
        },
      ],
      programmes: ['nong-thon-moi'],
    });
  }
}

/** Throws when the sizes cannot make a valid archive (every level needs a unit above it). */
export function checkSize(size: ArchiveSize): void {
  for (const key of SIZE_KEYS) {
    const value = size[key];
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${key} must be a whole number of 0 or more (got ${value})`);
  }
  if (size.provinces < 1) throw new Error('--provinces must be at least 1');
  if (size.districts < size.provinces)
    throw new Error(
      `--districts (${size.districts}) must be at least --provinces (${size.provinces}): every province needs a district`,
    );
  if (size.communes < size.districts)
    throw new Error(
      `--communes (${size.communes}) must be at least --districts (${size.districts}): every district needs a commune`,
    );
}

/** Up to `count` documents issued on or before `date` (the latest ones are the likeliest cited). */
function citable(sorted: DocRow[], date: string, random: Random, count: number): DocRow[] {
  let end = 0;
  while (end < sorted.length && sorted[end]!.date <= date) end++;
  const pool = sorted.slice(Math.max(0, end - 12), end);
  return random.sample(pool, count);
}

/** A task as the record writes it (the due day is implied by the deadline). */
function withoutDue({
  deadlineDue: _,
  ...task
}: GeneratedTask): Omit<GeneratedTask, 'deadlineDue'> {
  return task;
}

function endOfMonth(year: number, month: number): string {
  return addDays(
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`,
    -1,
  );
}

interface GeneratedTask {
  id: string;
  text: string;
  assignees: string[];
  deadline: { date?: string; month?: string; quarter?: string; year?: number; text: string };
  conclusion: string;
  places: string[];
  status: 'open' | 'done';
  statusDate?: string;
  /** The deadline's last day, for the summary; not written to the record. */
  deadlineDue: string;
}

/** `count` tasks given on `date` to the district's or communes' bodies, with deadlines after it. */
function makeTasks(
  random: Random,
  date: string,
  district: District,
  communes: Commune[],
  count: number,
): GeneratedTask[] {
  return Array.from({ length: count }, (_, i): GeneratedTask => {
    const commune = random.pick(communes.length > 0 ? communes : district.communes);
    const due = addDays(date, random.int(15, 200));
    const form = random.int(0, 3);
    const [y, m] = [Number(due.slice(0, 4)), Number(due.slice(5, 7))];
    const deadline =
      form === 0
        ? { date: due, text: `hoàn thành trước ${vietnameseDay(due)}` }
        : form === 1
          ? { month: due.slice(0, 7), text: `trong tháng ${m}/${y}` }
          : form === 2
            ? {
                quarter: `${y}-Q${quarterOf(due)}`,
                text: `trong quý ${QUARTER_NUMERALS[quarterOf(due) - 1]}/${y}`,
              }
            : { year: y, text: `trong năm ${y}` };
    const assignees = commune?.bodies
      ? [commune.bodies.people]
      : [random.pick([district.bodies.people, district.bodies.steering])];
    const done = random.chance(0.35);
    const task: GeneratedTask = {
      id: `t${i + 1}`,
      text: fillSentence(random.pick(TASK_SENTENCES), random, commune?.name ?? district.name),
      assignees,
      deadline,
      conclusion: String(i + 1),
      places: commune ? [commune.id] : [],
      status: done ? 'done' : 'open',
      deadlineDue:
        form === 0
          ? due
          : form === 1
            ? endOfMonth(y, m)
            : form === 2
              ? endOfMonth(y, quarterOf(due) * 3)
              : `${y}-12-31`,
    };
    if (done)
      task.statusDate = addDays(
        due,
        random.int(-10, 20) < 0 ? -random.int(0, 10) : random.int(0, 20),
      );
    return task;
  });
}
