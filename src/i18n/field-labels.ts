/**
 * FIELD LABELS: the one dictionary of what each record field is called in Vietnamese, as a
 * reader and a clerk know it ("thời hạn của nhiệm vụ", not `tasks.t1.deadline`). The validator
 * adds the label to every message that names a field (`src/records/issues.ts`), and the site
 * names the field of an inference note with it (`src/site/inference-notes.ts`), so the two
 * always say the same thing. Record pages never show a field's schema name.
 *
 * Keys are field paths with `*` for any list position or record key (`tasks.*.deadline`);
 * `<collection>:<path>` overrides a path for one collection (a meeting's `date` is the day it
 * was held, a document's the day it was issued). Labels are lower-case, for use inside a
 * sentence; `capitalise()` starts a line with one. A test checks every field of every schema
 * has a label (tests/unit/i18n/field-labels.test.ts).
 */
import type { CollectionName } from '../schemas/shared.ts';

const LABELS: Record<string, string> = {
  // Shared by several collections.
  type: 'loại bản ghi',
  name: 'tên',
  shortName: 'tên gọi tắt',
  title: 'tiêu đề',
  kind: 'loại',
  date: 'ngày',
  note: 'ghi chú',
  summary: 'tóm tắt',
  place: 'địa bàn',
  places: 'các địa bàn liên quan',
  parent: 'đơn vị cấp trên',
  validFrom: 'ngày bắt đầu',
  validTo: 'ngày kết thúc',
  programmes: 'chương trình',
  inferences: 'ghi chú suy luận',
  'inferences.*.field': 'trường được suy luận',
  'inferences.*.note': 'nội dung ghi chú suy luận',
  source: 'bài nguồn',
  'source.title': 'tiêu đề bài nguồn',
  'source.publisher': 'đơn vị đăng bài',
  'source.url': 'địa chỉ bài gốc',
  'source.publishedAt': 'ngày đăng bài',
  'source.publishedTime': 'giờ đăng bài',
  'source.author': 'tác giả bài viết',
  'source.archive': 'bản lưu bài viết',
  reportedIn: 'cuộc họp báo cáo',
  reportedBy: 'văn bản báo cáo',
  periodFrom: 'năm đầu của giai đoạn',
  periodTo: 'năm cuối của giai đoạn',

  // People (chairs, participants, a document's signer).
  'chairs.*.name': 'họ tên người chủ trì',
  'chairs.*.positions': 'chức vụ người chủ trì',
  'chairs.*.role': 'vai trò người chủ trì',
  'chairs.*.body': 'cơ quan của người chủ trì',
  'chairs.*.description': 'mô tả người chủ trì',
  'participants.*.name': 'họ tên đại biểu',
  'participants.*.positions': 'chức vụ đại biểu',
  'participants.*.role': 'vai trò đại biểu',
  'participants.*.body': 'cơ quan của đại biểu',
  'participants.*.description': 'mô tả đại biểu',
  'signer.name': 'họ tên người ký',
  'signer.positions': 'chức vụ người ký',
  'signer.role': 'vai trò người ký',
  'signer.body': 'cơ quan của người ký',
  'signer.description': 'mô tả người ký',

  // Tasks (meetings and plans).
  tasks: 'nhiệm vụ được giao',
  'tasks.*.id': 'mã nhiệm vụ',
  'tasks.*.text': 'nội dung nhiệm vụ',
  'tasks.*.assignees': 'cơ quan được giao nhiệm vụ',
  'tasks.*.assigneesText': 'người, đơn vị được giao nhiệm vụ',
  'tasks.*.deadline': 'thời hạn của nhiệm vụ',
  'tasks.*.deadline.date': 'thời hạn của nhiệm vụ',
  'tasks.*.deadline.month': 'thời hạn của nhiệm vụ',
  'tasks.*.deadline.quarter': 'thời hạn của nhiệm vụ',
  'tasks.*.deadline.year': 'thời hạn của nhiệm vụ',
  'tasks.*.deadline.text': 'lời văn của thời hạn',
  'tasks.*.conclusion': 'mục kết luận giao nhiệm vụ',
  'tasks.*.programme': 'chương trình của nhiệm vụ',
  'tasks.*.places': 'địa bàn của nhiệm vụ',
  'tasks.*.status': 'tình trạng nhiệm vụ được báo cáo',
  'tasks.*.statusDate': 'ngày báo cáo tình trạng nhiệm vụ',
  'tasks.*.statusSource': 'cuộc họp báo cáo tình trạng nhiệm vụ',

  // Places.
  'places:name': 'tên địa bàn',
  'places:kind': 'cấp hành chính',
  'places:parent': 'đơn vị hành chính cấp trên',
  'places:code': 'mã đơn vị hành chính',
  'places:validFrom': 'ngày thành lập',
  'places:validTo': 'ngày giải thể hoặc sáp nhập',
  'places:successors': 'đơn vị kế thừa',
  'places:predecessors': 'các đơn vị hợp thành',
  'places:aliases': 'tên gọi khác',

  // Bodies.
  'bodies:name': 'tên cơ quan',
  'bodies:place': 'địa bàn của cơ quan',
  'bodies:kind': 'loại cơ quan',
  'bodies:parent': 'cơ quan cấp trên',
  'bodies:issuerCode': 'ký hiệu cơ quan trên văn bản',
  'bodies:validFrom': 'ngày thành lập',
  'bodies:validTo': 'ngày chấm dứt hoạt động',

  // Programmes.
  'programmes:name': 'tên chương trình',
  'programmes:description': 'giới thiệu chương trình',

  // Documents.
  'documents:number': 'số, ký hiệu văn bản',
  'documents:kind': 'loại văn bản',
  'documents:title': 'trích yếu văn bản',
  'documents:knownAs': 'tên gọi văn bản khi chưa có số hiệu',
  'documents:issuer': 'cơ quan ban hành',
  'documents:date': 'ngày ban hành',
  'documents:signer': 'người ký',
  'documents:signedFor': 'thẩm quyền ký',
  'documents:recipients': 'nơi nhận',
  'documents:implements': 'văn bản được thực hiện',
  'documents:supersedes': 'văn bản được thay thế',
  'documents:amends': 'văn bản được sửa đổi',
  'documents:cites': 'văn bản được nhắc đến',
  'documents:places': 'địa bàn áp dụng',

  // Criteria sets.
  'criteriaSets:name': 'tên bộ tiêu chí',
  'criteriaSets:decision': 'văn bản ban hành bộ tiêu chí',
  'criteriaSets:level': 'cấp được đánh giá',
  'criteriaSets:tier': 'mức chuẩn',
  'criteriaSets:extends': 'bộ tiêu chí được bổ sung',
  'criteriaSets:province': 'tỉnh áp dụng',
  criteriaCount: 'số tiêu chí của bộ',
  indicatorCount: 'số chỉ tiêu của bộ',
  groups: 'các nhóm tiêu chí',
  'groups.*.code': 'số hiệu nhóm tiêu chí',
  'groups.*.name': 'tên nhóm tiêu chí',
  criteria: 'các tiêu chí',
  'criteria.*.number': 'số thứ tự tiêu chí',
  'criteria.*.name': 'tên tiêu chí',
  'criteria.*.group': 'nhóm của tiêu chí',
  'criteria.*.aliases': 'tên gọi khác của tiêu chí',
  'criteria.*.indicators': 'các chỉ tiêu của tiêu chí',
  'criteria.*.indicators.*.code': 'số hiệu chỉ tiêu',
  'criteria.*.indicators.*.name': 'nội dung chỉ tiêu',
  'criteria.*.indicators.*.target': 'yêu cầu của chỉ tiêu',

  // Meetings.
  'meetings:title': 'tiêu đề cuộc họp',
  'meetings:date': 'ngày họp',
  'meetings:dateQualifier': 'độ chắc chắn của ngày họp',
  'meetings:partOfDay': 'buổi họp',
  'meetings:kind': 'hình thức cuộc họp',
  'meetings:review': 'nội dung sơ kết, tổng kết',
  'meetings:convenedBy': 'cơ quan tổ chức',
  'meetings:place': 'địa bàn tổ chức',
  'meetings:venue': 'địa điểm họp',
  'meetings:places': 'địa bàn được bàn đến',
  chairs: 'người chủ trì',
  participants: 'đại biểu được nêu tên',
  attendeesText: 'thành phần tham dự',
  attendance: 'điểm danh',
  'attendance.*.group': 'nhóm được điểm danh',
  'attendance.*.present': 'số có mặt',
  'attendance.*.expected': 'số được triệu tập',
  'attendance.*.absent': 'những người, đơn vị vắng',
  'meetings:cites': 'văn bản được viện dẫn',
  'meetings:produces': 'văn bản ghi kết quả cuộc họp',
  'meetings:plans': 'kế hoạch được xem xét',
  votes: 'kết quả biểu quyết',
  'votes.*.subject': 'nội dung biểu quyết',
  'votes.*.places': 'đơn vị được biểu quyết',
  'votes.*.for': 'số phiếu đồng ý',
  'votes.*.against': 'số phiếu không đồng ý',
  'votes.*.abstain': 'số phiếu không biểu quyết',
  'votes.*.present': 'số thành viên có mặt',
  'votes.*.members': 'tổng số thành viên',
  'votes.*.percent': 'tỷ lệ đồng ý',
  'votes.*.percentOf': 'cách tính tỷ lệ đồng ý',
  'votes.*.note': 'ghi chú về biểu quyết',

  // Plans.
  'plans:title': 'tên kế hoạch',
  'plans:kind': 'loại kế hoạch',
  'plans:document': 'văn bản ban hành kế hoạch',
  'plans:adoptedBy': 'cơ quan ban hành kế hoạch',
  'plans:date': 'ngày ban hành kế hoạch',
  'plans:places': 'địa bàn áp dụng',
  basedOn: 'căn cứ của kế hoạch',
  targets: 'các mục tiêu',
  'targets.*.id': 'mã mục tiêu',
  'targets.*.text': 'nội dung mục tiêu',
  'targets.*.metric': 'chỉ số theo dõi mục tiêu',
  'targets.*.value': 'chỉ tiêu của mục tiêu',
  'targets.*.unit': 'đơn vị của chỉ tiêu',
  'targets.*.year': 'năm phải đạt mục tiêu',
  'targets.*.place': 'địa bàn của mục tiêu',

  // Assessments.
  'assessments:place': 'địa bàn được đánh giá',
  'assessments:date': 'ngày đánh giá',
  criteriaSet: 'bộ tiêu chí được dùng',
  statuses: 'kết quả từng tiêu chí',
  'statuses.*': 'kết quả tiêu chí',
  otherwise: 'kết quả của các tiêu chí không liệt kê riêng',
  reportedMet: 'số tiêu chí đạt mà nguồn nêu',
  reportedTotal: 'tổng số tiêu chí mà nguồn nêu',
  indicatorsMet: 'số chỉ tiêu đạt mà nguồn nêu',
  indicatorsTotal: 'tổng số chỉ tiêu mà nguồn nêu',
  indicatorStatuses: 'kết quả từng chỉ tiêu',
  'indicatorStatuses.*': 'kết quả chỉ tiêu',
  reportedLost: 'số tiêu chí không còn đạt mà nguồn nêu',

  // Recognitions.
  'recognitions:place': 'đơn vị được xét công nhận',
  'recognitions:date': 'ngày của bước xét công nhận',
  level: 'mức đạt chuẩn',
  'recognitions:status': 'bước xét công nhận',
  year: 'năm đạt chuẩn',
  round: 'đợt xét công nhận',
  decision: 'quyết định công nhận',

  // Statistics.
  'statistics:place': 'địa bàn của số liệu',
  period: 'kỳ số liệu',
  periodStart: 'ngày đầu kỳ số liệu',
  periodEnd: 'ngày cuối kỳ số liệu',
  figures: 'các số liệu',
  'figures.*.metric': 'mã chỉ số',
  'figures.*.label': 'tên số liệu',
  'figures.*.value': 'giá trị số liệu',
  'figures.*.unit': 'đơn vị của số liệu',
  'figures.*.estimate': 'số liệu ước tính',
  'figures.*.atLeast': 'số liệu tối thiểu',
  'figures.*.change': 'số liệu là mức tăng, giảm',
  'figures.*.partOf': 'số liệu tổng chứa số liệu này',
  'figures.*.criteriaSet': 'bộ tiêu chí của số liệu',
  'figures.*.note': 'ghi chú của số liệu',
};

/**
 * Fields whose next path segment is a list position or a key chosen by the clerk (a task's id,
 * a figure's metric, a criterion number), not a field name.
 */
const KEYED = new Set([
  'tasks',
  'figures',
  'targets',
  'statuses',
  'chairs',
  'participants',
  'attendance',
  'votes',
  'indicatorStatuses',
  'groups',
  'criteria',
  'indicators',
  'inferences',
]);

/**
 * A field path as the validator (`tasks[1].deadline.date`) or an inference note
 * (`tasks.t5-tong-hop-y-kien.assigneesText`) writes it, reduced to the dictionary's form
 * (`tasks.*.deadline.date`).
 */
export function fieldPattern(path: string): string {
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
  return segments
    .map((s, i) => (i > 0 && (KEYED.has(segments[i - 1]!) || /^\d+$/.test(s)) ? '*' : s))
    .join('.');
}

/**
 * The Vietnamese name of the field at `path` in a record of `collection`, lower-case; for a
 * path the dictionary does not know, the label of its nearest known parent. Undefined only
 * when no part of the path is known.
 */
export function fieldLabel(path: string, collection?: CollectionName): string | undefined {
  const segments = fieldPattern(path).split('.');
  for (let n = segments.length; n > 0; n--) {
    const key = segments.slice(0, n).join('.');
    const label = (collection && LABELS[`${collection}:${key}`]) ?? LABELS[key];
    if (label) return label;
  }
  return undefined;
}

/** Every path the dictionary has a label for, collection overrides as `<collection>:<path>`. */
export function labelledPaths(): string[] {
  return Object.keys(LABELS);
}

/** A label at the start of a line: "Thời hạn của nhiệm vụ". */
export function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
