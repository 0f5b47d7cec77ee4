/**
 * What kind of article it is, which decides the records it yields: a meeting report, a working
 * visit, an inspection or an HĐND supervision, an appraisal council, a Party committee
 * conference, a recognition ceremony, or progress news with no meeting at all (a dated report,
 * a decision issued, an event announced for later, a meeting only mentioned). Only an article
 * that describes an event gets a meeting record.
 */
import type { MeetingKind } from '../schemas/meetings.ts';
import type { Found } from './text.ts';

export type Shape =
  | 'meeting'
  | 'working-visit'
  | 'inspection/supervision'
  | 'appraisal-council'
  | 'party-conference'
  | 'recognition-ceremony'
  | 'progress-report';

export interface ArticleShape {
  shape: Shape;
  /** True when the article describes a meeting (or visit, supervision, council, ceremony) to record. */
  meeting: boolean;
  kind?: Found<MeetingKind>;
  /** Why the shape needs checking (read from a caption, or only from the body's mentions). */
  review?: string;
}

const has = (re: RegExp, s: string) => re.test(s);

/** Words that name a meeting, a visit, a supervision, a council or a ceremony in the lead. */
const MEETING_WORDS =
  /hội nghị|cuộc họp|(?<![\p{L}])họp(?![\p{L}])|buổi làm việc|làm việc (?:với|tại)|giám sát|kiểm tra|[Ll]ễ (?:đón nhận|công bố|kỷ niệm|trao)|đón nhận bằng|bỏ phiếu|thẩm định|thẩm tra|tổ chức (?:lễ|hội nghị)|nghe (?:báo cáo|lãnh đạo)|cho ý kiến/u;

/** The parts of an article its shape is read from. */
export interface ShapeParts {
  headline?: string;
  lead?: string;
  body: string;
  captions: string;
  planned: boolean;
  dated: boolean;
  url?: string;
}

/**
 * Decides the shape from the headline, the lead (the sentence with the event date, else the first
 * paragraph), the rest of the body and the captions.
 */
export function findShape(parts: ShapeParts): ArticleShape {
  const lead = `${parts.headline ?? ''} ${parts.lead ?? ''}`;
  const l = lead.toLocaleLowerCase('vi');
  if (parts.planned)
    return {
      shape: 'progress-report',
      meeting: false,
      review: 'sự kiện được báo trước, chưa diễn ra',
    };
  const describes =
    has(MEETING_WORDS, l) &&
    (parts.dated ||
      has(/vừa (?:tổ chức|họp|có)|tổ chức|đã (?:có|tổ chức|giám sát|kiểm tra|làm việc|nghe)/u, l));
  return describes ? shapeOfLead(lead) : shapeOfBody(parts);
}

/**
 * With no event in the lead: a meeting known only from the body's mentions of "Hội nghị", a
 * recognition ceremony known from a caption or the page's address, else a decision issued, a plan,
 * a progress report or a past meeting only mentioned.
 */
function shapeOfBody(parts: ShapeParts): ArticleShape {
  const bodyConference =
    /(?:^|[.]\s+)(?:Hội nghị\s+(?:thảo luận|đánh giá|thống nhất|đã)|[^.]{0,40}báo cáo với Hội nghị|Tại hội nghị)/u.exec(
      parts.body,
    );
  if (bodyConference) {
    const party = /Ban Chấp hành Đảng bộ|hội nghị Ban Chấp hành/iu.test(parts.body);
    return {
      shape: party ? 'party-conference' : 'meeting',
      meeting: true,
      kind: {
        value: 'hoi-nghi',
        evidence: bodyConference[0].trim(),
        review: 'bài lưu không có đoạn mở đầu; hình thức đọc từ các câu nhắc "Hội nghị"',
      },
      review: 'bài không có câu mở đầu nêu cuộc họp; đọc từ các câu nhắc "Hội nghị" trong bài',
    };
  }
  const ceremony =
    /trao\s+Bằng|đón nhận\s+Bằng/iu.exec(parts.captions) ?? /don-nhan-bang/u.exec(parts.url ?? '');
  if (ceremony)
    return {
      shape: 'recognition-ceremony',
      meeting: true,
      kind: {
        value: 'le',
        evidence: ceremony[0],
        review: 'hình thức lễ suy từ chú thích ảnh hoặc địa chỉ trang',
      },
      review: 'hình thức lễ đón nhận suy từ chú thích ảnh hoặc địa chỉ trang',
    };
  return { shape: 'progress-report', meeting: false };
}

/** A meeting kind read plainly from the lead's words (no review needed). */
const kindFound = (value: MeetingKind, evidence: string): Found<MeetingKind> => ({
  value,
  evidence,
});

/** The kind of event a lead that describes one reports (headline and lead sentence, as written). */
function shapeOfLead(lead: string): ArticleShape {
  const l = lead.toLocaleLowerCase('vi');
  if (/hội đồng thẩm định|thẩm tra|bỏ phiếu|họp xét/u.test(l) && !/[Ll]ễ/u.test(lead)) {
    const word = /hội nghị/u.test(l) ? 'hoi-nghi' : 'cuoc-hop';
    return {
      shape: 'appraisal-council',
      meeting: true,
      kind: kindFound(word, /thẩm định|thẩm tra|bỏ phiếu|họp xét/u.exec(l)?.[0] ?? 'thẩm định'),
    };
  }
  if (
    /[Ll]ễ\s+(?:đón nhận|công bố|kỷ niệm)|đón nhận bằng/u.test(lead.toLocaleLowerCase('vi')) ||
    (/lễ/u.test(l) && /bằng công nhận/u.test(l))
  )
    return { shape: 'recognition-ceremony', meeting: true, kind: kindFound('le', 'lễ') };
  if (/giám sát/u.test(l))
    return {
      shape: 'inspection/supervision',
      meeting: true,
      kind: kindFound('giam-sat', 'giám sát'),
    };
  if (/kiểm tra/u.test(l) && !/làm việc với/u.test(l))
    return {
      shape: 'inspection/supervision',
      meeting: true,
      kind: kindFound('kiem-tra', 'kiểm tra'),
    };
  if (
    /ban chấp hành đảng bộ|hội nghị lần thứ|đảng ủy[^.]{0,40}hội nghị|huyện ủy[^.]{0,30}(?:tổ chức\s+)?hội nghị|hội nghị chuyên đề/u.test(
      l,
    ) &&
    /đảng|huyện ủy|ban chấp hành/u.test(l)
  )
    return { shape: 'party-conference', meeting: true, kind: kindFound('hoi-nghi', 'hội nghị') };
  if (/làm việc với|buổi làm việc|làm việc tại|có buổi làm việc/u.test(l))
    return {
      shape: 'working-visit',
      meeting: true,
      kind: kindFound('buoi-lam-viec', /làm việc (?:với|tại)|buổi làm việc/u.exec(l)![0]),
    };
  if (/hội nghị/u.test(l))
    return { shape: 'meeting', meeting: true, kind: kindFound('hoi-nghi', 'hội nghị') };
  return { shape: 'meeting', meeting: true, kind: kindFound('cuoc-hop', 'họp') };
}
