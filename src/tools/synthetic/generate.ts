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

const yaml = (data: unknown): string => stringify(data, { lineWidth: 0 });
const markdown = (data: unknown, body: string): string => `---\n${yaml(data)}---\n${body}`;

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

/** Generates the archive described by `options`. Pure: same options, same files. */
export function generateArchive(options: GenerateOptions): GeneratedArchive {
  checkSize(options);
  const random = createRandom(options.seed ?? 'ntm');
  const files: GeneratedArchive = new Map();
  const placeId = uniqueIds();
  const bodyId = uniqueIds();
  const recordId = uniqueIds();
  const counters = new Map<string, number>();
  const nextNumber = (key: string): number => {
    const n = (counters.get(key) ?? random.int(1, 40)) + random.int(1, 3);
    counters.set(key, n);
    return n;
  };

  // Programmes, the national bodies and the two national criteria sets with their decisions.
  files.set(
    'programmes/nong-thon-moi.yaml',
    yaml({
      name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      shortName: 'Nông thôn mới',
      description: `${SYNTHETIC_MARK} Chương trình dùng cho bộ dữ liệu tổng hợp.`,
    }),
  );
  files.set(
    'programmes/cai-tao-vuon-tap.yaml',
    yaml({
      name: 'Chương trình cải tạo vườn tạp, chỉnh trang khu dân cư',
      shortName: 'Cải tạo vườn tạp',
    }),
  );
  files.set(
    'bodies/thu-tuong-chinh-phu.yaml',
    yaml({ name: 'Thủ tướng Chính phủ', kind: 'chinh-phu', issuerCode: 'TTg' }),
  );
  const sets = [
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
  for (const set of sets) {
    files.set(
      `documents/${set.doc}.md`,
      markdown(
        {
          number: set.number,
          title: `${SYNTHETIC_MARK} Quyết định ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${set.from}–${set.to}`,
          issuer: 'thu-tuong-chinh-phu',
          date: set.date,
          summary: `${SYNTHETIC_MARK} Bộ tiêu chí gồm ${set.criteria.length} tiêu chí trong 5 nhóm.`,
          programmes: ['nong-thon-moi'],
        },
        `Ban hành kèm theo Quyết định này Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${set.from}–${set.to}.\n`,
      ),
    );
    files.set(
      `criteria-sets/${set.id}.yaml`,
      yaml({
        name: `Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${set.from}–${set.to}`,
        shortName: `QĐ ${set.number.split('/')[0]} (${set.criteria.length} tiêu chí)`,
        decision: set.doc,
        periodFrom: set.from,
        periodTo: set.to,
        level: 'xa',
        tier: 'co-ban',
        groups: CRITERIA_GROUPS.map((g) => ({ code: g.code, name: g.name })),
        criteria: set.criteria.map((name, i) => ({
          number: i + 1,
          name,
          group: [...CRITERIA_GROUPS].reverse().find((g) => i + 1 >= g.from)!.code,
        })),
      }),
    );
  }

  // Places and their bodies.
  const provinces: Province[] = [];
  for (let p = 0; p < options.provinces; p++) {
    const name = placeName(random);
    const id = placeId(`tinh-${slugify(name)}`);
    const province: Province = {
      id,
      name,
      kind: 'tinh',
      word: 'tỉnh',
      documents: [],
      bodies: {
        party: bodyId(`tinh-uy-${slugify(name)}`),
        people: bodyId(`ubnd-tinh-${slugify(name)}`),
      },
    };
    provinces.push(province);
    files.set(
      `places/${id}.yaml`,
      yaml({ name, kind: 'tinh', note: `${SYNTHETIC_MARK} Đơn vị hành chính không có thật.` }),
    );
    files.set(
      `bodies/${province.bodies.party}.yaml`,
      yaml({
        name: `Tỉnh ủy ${name}`,
        shortName: 'Tỉnh ủy',
        kind: 'ban-chap-hanh',
        place: id,
        issuerCode: 'TU',
      }),
    );
    files.set(
      `bodies/${province.bodies.people}.yaml`,
      yaml({
        name: `Ủy ban nhân dân tỉnh ${name}`,
        shortName: 'UBND tỉnh',
        kind: 'ubnd',
        place: id,
        issuerCode: 'UBND',
      }),
    );
  }

  const districts: District[] = [];
  for (let d = 0; d < options.districts; d++) {
    const province = provinces[Math.floor((d * provinces.length) / options.districts)]!;
    const name = placeName(random);
    const kind = random.chance(0.1) ? 'thi-xa' : 'huyen';
    const word = kind === 'huyen' ? 'huyện' : 'thị xã';
    const slug = slugify(name);
    const id = placeId(`${kind === 'huyen' ? 'huyen' : 'thi-xa'}-${slug}`);
    const bodies = {
      party: bodyId(`huyen-uy-${slug}`),
      standing: bodyId(`ban-thuong-vu-huyen-uy-${slug}`),
      people: bodyId(`ubnd-huyen-${slug}`),
      steering: bodyId(`ban-chi-dao-ntm-huyen-${slug}`),
    };
    districts.push({
      id,
      name,
      kind,
      word,
      parent: province.id,
      province,
      communes: [],
      bodies,
      documents: [],
      meetings: [],
      plans: [],
    });
    const partyName = kind === 'huyen' ? 'Huyện ủy' : 'Thị ủy';
    files.set(
      `places/${id}.yaml`,
      yaml({
        name,
        kind,
        parent: province.id,
        validTo: DISTRICT_LAST_DAY,
        note: `${SYNTHETIC_MARK} Đơn vị hành chính không có thật.`,
      }),
    );
    const ended = { validTo: DISTRICT_LAST_DAY };
    files.set(
      `bodies/${bodies.party}.yaml`,
      yaml({
        name: `${partyName} ${name}`,
        shortName: partyName,
        kind: 'ban-chap-hanh',
        place: id,
        parent: province.bodies.party,
        issuerCode: 'HU',
        ...ended,
      }),
    );
    files.set(
      `bodies/${bodies.standing}.yaml`,
      yaml({
        name: `Ban Thường vụ ${partyName} ${name}`,
        shortName: `Ban Thường vụ ${partyName}`,
        kind: 'ban-thuong-vu',
        place: id,
        parent: bodies.party,
        issuerCode: 'HU',
        ...ended,
      }),
    );
    files.set(
      `bodies/${bodies.people}.yaml`,
      yaml({
        name: `Ủy ban nhân dân ${word} ${name}`,
        shortName: `UBND ${word}`,
        kind: 'ubnd',
        place: id,
        parent: province.bodies.people,
        issuerCode: 'UBND',
        ...ended,
      }),
    );
    files.set(
      `bodies/${bodies.steering}.yaml`,
      yaml({
        name: `Ban Chỉ đạo xây dựng nông thôn mới ${word} ${name}`,
        shortName: 'Ban Chỉ đạo NTM',
        kind: 'ban-chi-dao',
        place: id,
        parent: bodies.party,
        ...ended,
      }),
    );
  }

  const communes: Commune[] = [];
  for (let c = 0; c < options.communes; c++) {
    const district = districts[Math.floor((c * districts.length) / options.communes)]!;
    const name = placeName(random);
    const kind = random.chance(0.06) ? 'thi-tran' : 'xa';
    const word = kind === 'xa' ? 'xã' : 'thị trấn';
    const slug = slugify(name);
    const id = placeId(`${kind === 'xa' ? 'xa' : 'thi-tran'}-${slug}`);
    const commune: Commune = { id, name, kind, word, parent: district.id, district };
    // One commune in four has its own bodies on record: those hold commune-level meetings.
    if (c % 4 === 0) {
      commune.bodies = {
        party: bodyId(`dang-uy-${slug}`),
        people: bodyId(`ubnd-${kind === 'xa' ? 'xa' : 'thi-tran'}-${slug}`),
      };
      files.set(
        `bodies/${commune.bodies.party}.yaml`,
        yaml({
          name: `Đảng ủy ${word} ${name}`,
          shortName: `Đảng ủy ${word}`,
          kind: 'dang-uy',
          place: id,
          parent: district.bodies.party,
          issuerCode: 'ĐU',
        }),
      );
      files.set(
        `bodies/${commune.bodies.people}.yaml`,
        yaml({
          name: `Ủy ban nhân dân ${word} ${name}`,
          shortName: `UBND ${word}`,
          kind: 'ubnd',
          place: id,
          parent: district.bodies.people,
          issuerCode: 'UBND',
        }),
      );
    }
    district.communes.push(commune);
    communes.push(commune);
    files.set(
      `places/${id}.yaml`,
      yaml({
        name,
        kind,
        parent: district.id,
        note: `${SYNTHETIC_MARK} Đơn vị hành chính không có thật.`,
      }),
    );
  }

  for (let v = 0; v < options.villages; v++) {
    const commune = communes[Math.floor((v * communes.length) / options.villages)]!;
    const kind =
      commune.kind === 'thi-tran'
        ? 'to-dan-pho'
        : random.pick(['thon', 'thon', 'thon', 'xom', 'ban'] as const);
    const name = kind === 'to-dan-pho' ? String(random.int(1, 15)) : placeName(random);
    const id = placeId(
      `${commune.id}-${slugify(kind === 'to-dan-pho' ? `to-dan-pho-${name}` : name)}`,
    );
    files.set(`places/${id}.yaml`, yaml({ name, kind, parent: commune.id }));
  }

  // Documents: a few provincial ones, the rest spread over districts, numbered per issuer and type.
  const documentDays = dayNumber(DISTRICT_LAST_DAY) - dayNumber(FIRST_DAY);
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
  for (let n = 0; n < options.documents; n++) {
    const district = districts[n % districts.length]!;
    const provincial = n % 10 === 9;
    const party = random.chance(0.6);
    const [type, typeName] = random.pick<readonly [string, string]>(
      party ? PARTY_TYPES : STATE_TYPES,
    );
    const issuer = provincial
      ? party
        ? district.province.bodies.party
        : district.province.bodies.people
      : party
        ? district.bodies.standing
        : district.bodies.people;
    const issuerCode = provincial ? (party ? 'TU' : 'UBND') : party ? 'HU' : 'UBND';
    const date = isoDay(dayNumber(FIRST_DAY) + random.int(0, documentDays));
    const serial = nextNumber(`${issuer}|${type}|${party ? 'term' : date.slice(0, 4)}`);
    const number = party ? `${serial}-${type}/${issuerCode}` : `${serial}/${type}-${issuerCode}`;
    const where = provincial
      ? `tỉnh ${district.province.name}`
      : `${district.word} ${district.name}`;
    const topic = random.pick(REVIEW_TOPICS);
    const title = `${SYNTHETIC_MARK} ${typeName} về ${topic} trên địa bàn ${where}`;
    const id = recordId(slugify(`${number} ${date.slice(0, 4)}`));
    const row: DocRow = { id, number, type, date, issuer, title };
    (provincial ? district.province.documents : district.documents).push(row);
    const earlier = district.documents.filter((d) => d.date < date && d.type === 'KH');
    const implementsDoc =
      !provincial && (type === 'KL' || type === 'TB') ? earlier.at(-1) : undefined;
    const signer = personName(random);
    files.set(
      `documents/${id}.md`,
      markdown(
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
      ),
    );
  }
  for (const district of districts)
    district.documents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Plans come before meetings, so meetings can report on them.
  for (let n = 0; n < options.plans; n++) {
    const district = districts[n % districts.length]!;
    const basis = district.documents.filter((d) => d.type === 'KH');
    const adoptedIn = basis.length > 0 ? random.pick(basis) : undefined;
    const date =
      adoptedIn?.date ?? isoDay(dayNumber(FIRST_DAY) + random.int(0, documentDays - 400));
    const year = Number(date.slice(0, 4));
    const communesOfPlan = random.sample(district.communes, random.int(1, 4));
    const id = recordId(`${date.slice(0, 4)}-ke-hoach-${slugify(district.name)}`);
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
    files.set(
      `plans/${id}.md`,
      markdown(
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
      ),
    );
  }

  // Meetings.
  const meetingDays = dayNumber(DISTRICT_LAST_DAY) - dayNumber(FIRST_DAY);
  const KINDS = [
    ['hoi-nghi', 'Hội nghị'],
    ['cuoc-hop', 'Cuộc họp'],
    ['buoi-lam-viec', 'Buổi làm việc'],
  ] as const;
  for (let n = 0; n < options.meetings; n++) {
    const district = districts[n % districts.length]!;
    const active = district.communes.filter((c) => c.bodies);
    const communeLevel = active.length > 0 && random.chance(0.3);
    const host = communeLevel ? random.pick(active) : undefined;
    const date = isoDay(dayNumber(FIRST_DAY) + random.int(0, meetingDays));
    const [kind, kindName] = random.pick(KINDS);
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
    const title = `${SYNTHETIC_MARK} ${kindName} ${review ? `${review.charAt(0).toLowerCase()}${review.slice(1)} về` : 'về'} ${topic} ${where}`;
    const id = recordId(`${date}-${kind}-${slugify(host?.name ?? district.name)}`);
    district.meetings.push({ id, date });
    const chair = personName(random);
    const chairPosition = host ? random.pick(POSITIONS.commune) : random.pick(POSITIONS.district);
    const expected = random.int(8, 16);
    const absentCount = random.int(0, 2);
    const absent = Array.from({ length: absentCount }, () => `Đồng chí ${personName(random)}`);
    const cites = citable(district.documents, date, random, random.int(1, 3));
    const plans = district.plans
      .filter((p) => p.date <= date)
      .slice(-1)
      .map((p) => p.id);
    const tasks = makeTasks(random, date, district, concerned, random.int(2, 4));
    const results = random
      .sample(RESULT_SENTENCES, random.int(2, 3))
      .map((r) => fillSentence(r, random, random.pick(concerned).name));
    const limitations = random.sample(LIMITATION_SENTENCES, 2);
    const citedProse = cites.map(
      (d) =>
        `${d.title.replace(`${SYNTHETIC_MARK} `, '').split(' về ')[0]} số ${d.number} ngày ${vietnameseDay(d.date)}`,
    );
    const summary = `${SYNTHETIC_MARK} ${kindName} tại ${where} đánh giá ${topic}; giao ${tasks.length} nhiệm vụ, hạn chót gần nhất ${vietnameseDay(tasks.map((t) => t.deadlineDue).sort()[0]!)}.`;
    const body = [
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
      `Kết luận ${kindName.toLowerCase()}, đồng chí ${chair}, ${chairPosition}, đề nghị tiếp tục thực hiện ${citedProse.length > 0 ? citedProse.join('; ') : 'các nghị quyết, kế hoạch đã ban hành'}, tập trung vào các nhiệm vụ sau:`,
      '',
      ...tasks.map(
        (t, i) => `${i + 1}. ${t.text}${t.deadline.text ? `, ${t.deadline.text}` : ''}.`,
      ),
      '',
    ].join('\n');
    files.set(
      `meetings/${id}.md`,
      markdown(
        {
          title,
          date,
          partOfDay: random.pick(['sáng', 'chiều'] as const),
          kind,
          ...(review ? { review } : {}),
          convenedBy: [convener],
          place: host?.id ?? district.id,
          venue: host
            ? `Hội trường UBND ${where}`
            : `Phòng họp ${district.kind === 'huyen' ? 'Huyện ủy' : 'Thị ủy'} ${district.name}`,
          chairs: [{ name: chair, positions: [chairPosition], role: 'Chủ trì' }],
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
              present: expected - absentCount,
              expected,
              absent,
            },
          ],
          places: concerned.map((c) => c.id),
          cites: cites.map((d) => d.id),
          plans,
          tasks: tasks.map(withoutDue),
          source: {
            title: title.replace(`${SYNTHETIC_MARK} `, `${SYNTHETIC_MARK} Tin: `),
            publisher: SYNTHETIC_PUBLISHER,
            publishedAt: addDays(date, random.int(0, 2)),
          },
          summary,
          programmes: ['nong-thon-moi'],
        },
        body,
      ),
    );
  }

  // Assessments: one commune each, against the set of its period, reported in a district meeting.
  for (let n = 0; n < options.assessments; n++) {
    const commune = communes[n % communes.length]!;
    // Reported at a meeting of its district, on that day; without one, by the national decision.
    const meeting =
      commune.district.meetings.length > 0 ? random.pick(commune.district.meetings) : undefined;
    const date =
      meeting?.date ??
      isoDay(
        dayNumber('2022-03-08') +
          random.int(0, dayNumber(DISTRICT_LAST_DAY) - dayNumber('2022-03-08')),
      );
    const set = Number(date.slice(0, 4)) <= 2020 ? sets[0]! : sets[1]!;
    const unmet = random.sample(
      Array.from({ length: set.criteria.length }, (_, i) => i + 1),
      random.int(0, 8),
    );
    const reporter = meeting ? { reportedIn: meeting.id } : { reportedBy: sets[1]!.doc };
    const id = recordId(`${commune.id}-${date}`);
    files.set(
      `assessments/${id}.yaml`,
      yaml({
        place: commune.id,
        date,
        criteriaSet: set.id,
        statuses: Object.fromEntries(unmet.map((k) => [String(k), 'Chưa đạt'])),
        otherwise: 'Đạt',
        reportedMet: set.criteria.length - unmet.length,
        reportedTotal: set.criteria.length,
        ...reporter,
        note: `${SYNTHETIC_MARK} Đánh giá không có thật.`,
        programmes: ['nong-thon-moi'],
      }),
    );
  }

  // Statistics: one quarter's figures per district.
  for (let n = 0; n < options.statistics; n++) {
    const district = districts[n % districts.length]!;
    // The quarter of the meeting that reports the figures, or a random one reported by the decision.
    const meeting = district.meetings.length > 0 ? random.pick(district.meetings) : undefined;
    const year = meeting ? Number(meeting.date.slice(0, 4)) : random.int(2017, 2024);
    const quarter = meeting ? quarterOf(meeting.date) : random.int(1, 4);
    const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    const end = addDays(
      `${quarter === 4 ? year + 1 : year}-${String(quarter === 4 ? 1 : quarter * 3 + 1).padStart(2, '0')}-01`,
      -1,
    );
    const reporter = meeting ? { reportedIn: meeting.id } : { reportedBy: sets[1]!.doc };
    files.set(
      `statistics/${recordId(`${district.id}-${year}-q${quarter}`)}.yaml`,
      yaml({
        place: district.id,
        period: `Quý ${QUARTER_NUMERALS[quarter - 1]} năm ${year}`,
        periodStart: start,
        periodEnd: end,
        ...reporter,
        figures: [
          {
            metric: 'binh-quan-tieu-chi-xa',
            label: 'Bình quân tiêu chí đạt mỗi xã',
            value: random.int(90, 190) / 10,
            unit: 'tiêu chí/xã',
            criteriaSet: year <= 2020 ? sets[0]!.id : sets[1]!.id,
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
      }),
    );
  }

  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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
