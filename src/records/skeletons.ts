/**
 * Skeleton records for `npm run new -- <kind>`: every field of the collection's schema, each
 * with a line in Vietnamese saying what it means, whether it is required and its default.
 * Required values are placeholders written `«…»` (the file does not validate until they are
 * replaced); optional fields are commented out, ready to be uncommented.
 *
 * Written by hand from the schema doc comments in `src/schemas/`; a test checks that every
 * skeleton lists exactly the fields of its schema and validates once its placeholders are filled.
 */
import type { CollectionName } from '../schemas/index.ts';

/** One field of a skeleton. */
export interface SkeletonField {
  key: string;
  /** What it means, in Vietnamese, with its default. */
  help: string;
  /** YAML text of the value: a placeholder «…» for a required field, an example for an optional one. */
  value: string;
  required: boolean;
}

/** A collection's skeleton: its fields in schema order and, for Markdown records, a body. */
export interface Skeleton {
  collection: CollectionName;
  /** Markdown body (Markdown records only). */
  body?: string;
  fields: SkeletonField[];
}

const req = (key: string, help: string, value: string): SkeletonField => ({
  key,
  help,
  value,
  required: true,
});
const opt = (key: string, help: string, value: string): SkeletonField => ({
  key,
  help,
  value,
  required: false,
});

const COMMON: SkeletonField[] = [
  opt(
    'inferences',
    'Giá trị suy ra chứ bài không ghi rõ: field (tên trường) và note (cách suy ra). Mặc định: không có.',
    '\n  - field: date\n    note: «Cách suy ra, vd bài không ghi năm; năm suy từ hạn chót trong bài»',
  ),
  opt(
    'programmes',
    'Chương trình liên quan (id trong content/programmes/). Mặc định: không có.',
    '[nong-thon-moi]',
  ),
];

const SOURCE_VALUE =
  '\n  title: «Tiêu đề bài như đã đăng»\n  publisher: «Cơ quan đăng bài, vd Huyện ủy Nam Giang»\n  # url: https://…            # địa chỉ bài, nếu biết\n  # publishedAt: 2023-07-13   # ngày đăng\n  # publishedTime: "16:58"    # giờ đăng như trang ghi\n  # author: Văn phòng Huyện ủy\n  # archive: 000_f394016b0c7f8a8b.txt   # tên tệp bài lưu trong content/sources/';

/** The skeleton of every collection. */
export const SKELETONS: Record<CollectionName, Skeleton> = {
  places: {
    collection: 'places',
    fields: [
      opt('type', 'Loại bản ghi; luôn là place. Mặc định: place.', 'place'),
      req(
        'name',
        'Tên, không kèm chữ chỉ cấp, đúng như thời điểm đó (vd "Lâm Hợp", không ghi "xã Lâm Hợp").',
        '«Tên địa bàn»',
      ),
      req(
        'kind',
        'Cấp hành chính: tinh, huyen, thi-xa, thanh-pho, xa, phuong, thi-tran, thon, xom, to-dan-pho, …',
        '«xa»',
      ),
      opt(
        'parent',
        'Đơn vị cấp trên khi đơn vị này còn tồn tại (id trong content/places/); chỉ bỏ trống với tỉnh.',
        'ha-tinh/ky-anh',
      ),
      opt(
        'code',
        'Mã đơn vị hành chính chính thức (2 số với tỉnh, 5 số với xã). Mặc định: không có.',
        '"18355"',
      ),
      opt('validFrom', 'Ngày bắt đầu tồn tại với tên này, nếu biết.', '2020-01-01'),
      opt(
        'validTo',
        'Ngày cuối cùng tồn tại (vd 2025-06-30 với huyện bị bãi bỏ). Mặc định: vẫn tồn tại.',
        '2025-06-30',
      ),
      opt(
        'successors',
        'Đơn vị tiếp nhận sau validTo (sáp nhập, chia tách). Mặc định: không có.',
        '[]',
      ),
      opt(
        'predecessors',
        'Các đơn vị cũ hợp thành đơn vị này (xã mới thành lập do sáp nhập), id trong content/places/. Mặc định: không có.',
        '[]',
      ),
      opt('aliases', 'Cách viết khác, tên cũ, để tìm kiếm. Mặc định: không có.', '[]'),
      opt('note', 'Ghi chú cho người đọc. Mặc định: không có.', '«Ghi chú»'),
    ],
  },
  bodies: {
    collection: 'bodies',
    fields: [
      opt('type', 'Loại bản ghi; luôn là body. Mặc định: body.', 'body'),
      req(
        'name',
        'Tên đầy đủ như văn bản ghi (vd "Thường trực Huyện ủy Kỳ Anh").',
        '«Tên cơ quan»',
      ),
      opt(
        'shortName',
        'Tên ngắn dùng trong bài (vd "Thường trực Huyện ủy"). Mặc định: tên đầy đủ.',
        '«Tên ngắn»',
      ),
      req(
        'kind',
        'Loại cơ quan: ban-chap-hanh, ban-thuong-vu, thuong-truc, dang-uy, chi-bo, co-quan-dang, ban-chi-dao, to-cong-tac, doan-cong-tac, ubnd, hdnd, co-quan-nha-nuoc, chinh-phu, doan-the, ban-nhan-dan.',
        '«ubnd»',
      ),
      opt(
        'place',
        'Địa bàn cơ quan phụ trách (id trong content/places/). Mặc định: bài không nói thì để trống, không đoán.',
        'ha-tinh/ky-anh',
      ),
      opt(
        'parent',
        'Cơ quan cấp trên, nếu có bản ghi. Mặc định: không có.',
        'ha-tinh/ky-anh/huyen-uy',
      ),
      opt(
        'issuerCode',
        'Ký hiệu cơ quan trong số văn bản (HU, TU, UBND, TTg…). Mặc định: không có.',
        'HU',
      ),
      opt('validFrom', 'Ngày bắt đầu tồn tại, nếu biết.', '2020-01-01'),
      opt(
        'validTo',
        'Ngày cuối cùng tồn tại (huyện ủy kết thúc 2025-06-30). Mặc định: vẫn tồn tại.',
        '2025-06-30',
      ),
      opt('note', 'Ghi chú cho người đọc. Mặc định: không có.', '«Ghi chú»'),
    ],
  },
  programmes: {
    collection: 'programmes',
    fields: [
      opt('type', 'Loại bản ghi; luôn là programme. Mặc định: programme.', 'programme'),
      req(
        'name',
        'Tên đầy đủ (vd "Chương trình mục tiêu quốc gia xây dựng nông thôn mới").',
        '«Tên chương trình»',
      ),
      req('shortName', 'Tên ngắn cho danh sách và bộ lọc (vd "Nông thôn mới").', '«Tên ngắn»'),
      opt('description', 'Một hai câu giới thiệu. Mặc định: không có.', '«Giới thiệu»'),
    ],
  },
  documents: {
    collection: 'documents',
    body: '«Nội dung chính của văn bản, hoặc xoá dòng này nếu chỉ có số hiệu.»\n',
    fields: [
      opt('type', 'Loại bản ghi; luôn là document. Mặc định: document.', 'document'),
      req(
        'number',
        'Số, ký hiệu đúng như in (60-KH/HU, 89/KH-UBND, 51/2025/QĐ-TTg). Văn bản in không có số hoặc chỉ được nhắc số: xoá dòng này và ghi kind.',
        '«60-KH/HU»',
      ),
      opt(
        'kind',
        'Mã loại văn bản (KH, KL, TB, QĐ…). Mặc định: lấy từ number; bắt buộc khi không có number.',
        'KH',
      ),
      req(
        'title',
        'Trích yếu như in, hoặc mô tả trong ngoặc vuông khi chưa biết trích yếu.',
        '«Trích yếu văn bản»',
      ),
      req('issuer', 'Cơ quan ban hành (id trong content/bodies/).', '«id cơ quan ban hành»'),
      opt('date', 'Ngày ban hành (YYYY-MM-DD). Mặc định: chưa biết.', '2021-04-05'),
      opt(
        'signer',
        'Người ký: name, positions, role. Mặc định: chưa biết.',
        '\n  name: «Họ tên người ký»\n  positions: [Chánh Văn phòng]',
      ),
      opt(
        'signedFor',
        'Thể thức ký (vd "T/L Ban Thường vụ"). Mặc định: không có.',
        'T/L Ban Thường vụ',
      ),
      opt('recipients', 'Nơi nhận, mỗi dòng một mục như in. Mặc định: không có.', '[]'),
      opt('implements', 'Văn bản mà văn bản này thực hiện (id). Mặc định: không có.', '[]'),
      opt('supersedes', 'Văn bản bị thay thế (id). Mặc định: không có.', '[]'),
      opt('amends', 'Văn bản được sửa đổi (id). Mặc định: không có.', '[]'),
      opt(
        'cites',
        'Văn bản khác mà văn bản này nhắc tới (trong nội dung hoặc nơi nhận). Mặc định: không có.',
        '[]',
      ),
      opt('places', 'Địa bàn văn bản đề cập (id). Mặc định: không có.', '[]'),
      opt('source', 'Bài báo đã đọc văn bản này từ đó. Mặc định: không có.', SOURCE_VALUE),
      opt('summary', 'Một câu tóm tắt bằng lời của mình. Mặc định: không có.', '«Tóm tắt»'),
      ...COMMON,
    ],
  },
  criteriaSets: {
    collection: 'criteriaSets',
    fields: [
      opt('type', 'Loại bản ghi; luôn là criteria-set. Mặc định: criteria-set.', 'criteria-set'),
      req(
        'name',
        'Tên cho người đọc (vd "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020").',
        '«Tên bộ tiêu chí»',
      ),
      req('shortName', 'Nhãn ngắn cho biểu đồ (vd "QĐ 1980 (19 tiêu chí)").', '«Nhãn ngắn»'),
      req(
        'decision',
        'Quyết định ban hành bộ tiêu chí (id trong content/documents/).',
        '«id quyết định»',
      ),
      req('periodFrom', 'Năm đầu áp dụng.', '«2016»'),
      req('periodTo', 'Năm cuối áp dụng.', '«2020»'),
      req('level', 'Đơn vị được chấm: xa, thon hoặc huyen.', '«xa»'),
      opt('tier', 'Mức: co-ban, nang-cao hoặc kieu-mau. Mặc định: co-ban.', 'co-ban'),
      opt(
        'extends',
        'Bộ tiêu chí quốc gia mà bộ này bổ sung (bộ của tỉnh). Mặc định: không có.',
        'qd-1980-2016-2020',
      ),
      opt(
        'province',
        'Tỉnh áp dụng, với bộ của tỉnh. Mặc định: không có (bộ quốc gia).',
        'ha-tinh',
      ),
      opt(
        'groups',
        'Các nhóm tiêu chí (I … V): code và name. Mặc định: không có.',
        '\n  - code: I\n    name: Quy hoạch',
      ),
      req(
        'criteria',
        'Các tiêu chí: number, name, group (mã nhóm, nếu biết), aliases (tên khác bài báo dùng), indicators (chỉ tiêu: code, name, target).',
        '\n  - number: «1»\n    name: «Quy hoạch»\n    group: «I»',
      ),
      opt(
        'criteriaCount',
        'Số tiêu chí của bộ, khi chưa liệt kê đủ các tiêu chí (vd bộ tiêu chí thôn của tỉnh chỉ biết là "16 tiêu chí"). Mặc định: số tiêu chí đã liệt kê.',
        '19',
      ),
      opt(
        'indicatorCount',
        'Tổng số chỉ tiêu của bộ (vd 57), nếu biết. Mặc định: không ghi.',
        '57',
      ),
      opt(
        'note',
        'Ghi chú cho người đọc (vd tên tiêu chí chưa đối chiếu với quyết định). Mặc định: không có.',
        '«Ghi chú»',
      ),
      opt(
        'inferences',
        'Giá trị suy ra chứ không ghi rõ: field và note. Mặc định: không có.',
        '\n  - field: criteria\n    note: «Cách suy ra»',
      ),
    ],
  },
  meetings: {
    collection: 'meetings',
    body: '## Kết quả\n\n«Kết quả, bằng lời của mình.»\n\n## Tồn tại, hạn chế\n\n- «…»\n\n## Kết luận\n\n1. «…»\n',
    fields: [
      opt('type', 'Loại bản ghi; luôn là meeting. Mặc định: meeting.', 'meeting'),
      req('title', 'Tiêu đề cho danh sách và đầu trang, tiếng Việt.', '«Tiêu đề cuộc họp»'),
      req(
        'date',
        'Ngày họp (YYYY-MM-DD; viết 11/7/2023 thành 2023-07-11). Nếu bài không ghi năm, ghi năm suy ra và thêm vào inferences.',
        '«2023-07-11»',
      ),
      opt(
        'dateQualifier',
        'exact khi bài ghi ngày họp; on-or-before khi bài chỉ cho biết cuộc họp đã diễn ra trước ngày ghi ở date (vd "vừa tổ chức"). Mặc định: exact.',
        'on-or-before',
      ),
      opt('partOfDay', 'Buổi: sáng, chiều hoặc tối, nếu bài ghi. Mặc định: không ghi.', 'chiều'),
      req(
        'kind',
        'Hình thức: hoi-nghi (hội nghị), cuoc-hop (cuộc họp), buoi-lam-viec (buổi làm việc), giam-sat (giám sát của HĐND), kiem-tra (đoàn kiểm tra) hoặc le (lễ, vd lễ đón nhận Bằng công nhận).',
        '«cuoc-hop»',
      ),
      opt(
        'review',
        'Với hội nghị sơ kết, tổng kết: kỳ được đánh giá (vd "Sơ kết quý I năm 2017"). Mặc định: không có.',
        'Sơ kết quý I năm 2017',
      ),
      req(
        'convenedBy',
        'Cơ quan triệu tập (id trong content/bodies/), ít nhất một.',
        '[«id cơ quan»]',
      ),
      opt(
        'place',
        'Đơn vị hành chính nơi họp. Mặc định: bài không ghi thì bỏ trống, không đoán.',
        'ha-tinh/ky-anh',
      ),
      opt(
        'venue',
        'Phòng, trụ sở như bài ghi (vd "Phòng họp Ban Thường vụ Huyện ủy"). Mặc định: không ghi.',
        'Phòng họp Ban Thường vụ Huyện ủy',
      ),
      req(
        'chairs',
        'Người chủ trì: name (họ tên, không ghi "Đ/c"), positions (chức vụ), role (vai trò), body (id cơ quan); hoặc description khi bài chỉ nêu nhóm. Bài không nói ai chủ trì: ghi chairs: []',
        '\n  - name: «Họ tên người chủ trì»\n    positions: [«Chức vụ»]',
      ),
      opt(
        'participants',
        'Người tham dự khác có tên trong bài (cùng dạng với chairs). Mặc định: không có.',
        '[]',
      ),
      opt(
        'attendeesText',
        'Thành phần tham dự nói chung (vd "Bí thư, Chủ tịch UBND các xã, thị trấn"). Mặc định: không có.',
        '[]',
      ),
      opt(
        'attendance',
        'Số có mặt theo nhóm: group, present, expected, absent (tên những đơn vị vắng). Mặc định: không đếm.',
        '\n  - group: Đơn vị thành viên\n    present: 9\n    expected: 10\n    absent: [Trạm y tế]',
      ),
      opt('places', 'Xã, thôn cuộc họp bàn tới (id). Mặc định: không có.', '[]'),
      opt(
        'cites',
        'Văn bản được nhắc trong bài (id trong content/documents/). Mặc định: không có.',
        '[]',
      ),
      opt(
        'produces',
        'Văn bản ghi kết quả cuộc họp (vd Thông báo kết luận). Mặc định: không có.',
        '[]',
      ),
      opt(
        'plans',
        'Kế hoạch cuộc họp xem xét (id trong content/plans/). Mặc định: không có.',
        '[]',
      ),
      opt(
        'tasks',
        'Nhiệm vụ được giao: id (chữ thường, số, gạch nối), text, assignees (id cơ quan) hoặc assigneesText, deadline (một trong date, month, quarter, year, kèm text là lời trong bài), conclusion (số mục kết luận), status (open, done, cancelled; mặc định open). Mặc định: không có.',
        '\n  - id: t1\n    text: «Việc phải làm»\n    assigneesText: [«Người nhận việc»]\n    deadline: {date: 2023-08-15, text: hoàn thành trước 15/8/2023}\n    conclusion: "1"',
      ),
      opt(
        'votes',
        'Kết quả bỏ phiếu (vd của Hội đồng thẩm định), chỉ ghi những gì bài nêu: subject (nội dung biểu quyết), places (id các xã), for (số phiếu đồng ý), against, abstain, present (số thành viên có mặt), members (tổng số thành viên), percent (tỷ lệ đồng ý bài ghi), percentOf (present hoặc members), note. Mặc định: không có.',
        '\n  - subject: Đề nghị công nhận 4 xã đạt chuẩn nông thôn mới\n    for: 25\n    present: 25\n    percent: 100\n    percentOf: present',
      ),
      req(
        'source',
        'Bài báo đã đăng: title bắt buộc; publisher, url, publishedAt, publishedTime, author, archive nếu có.',
        SOURCE_VALUE,
      ),
      req(
        'summary',
        'Hai ba câu tóm tắt bằng lời của mình, cho danh sách và kết quả tìm kiếm.',
        '«Tóm tắt»',
      ),
      ...COMMON,
    ],
  },
  plans: {
    collection: 'plans',
    body: '«Nội dung chính của kế hoạch, bằng lời của mình.»\n',
    fields: [
      opt('type', 'Loại bản ghi; luôn là plan. Mặc định: plan.', 'plan'),
      req('title', 'Tên như in.', '«Tên kế hoạch»'),
      req('kind', 'Hình thức: ke-hoach, chuong-trinh hoặc de-an.', '«ke-hoach»'),
      opt(
        'document',
        'Văn bản ban hành kế hoạch (id trong content/documents/). Mặc định: không có.',
        'quang-nam/nam-giang/huyen-uy/2017-07-13-60-kh-hu',
      ),
      req('adoptedBy', 'Cơ quan ban hành (id trong content/bodies/).', '«id cơ quan»'),
      opt('date', 'Ngày ban hành. Mặc định: ngày của văn bản.', '2017-07-13'),
      opt('periodFrom', 'Năm đầu. Mặc định: chưa biết.', '2021'),
      opt('periodTo', 'Năm cuối. Mặc định: chưa biết.', '2025'),
      opt('places', 'Địa bàn kế hoạch áp dụng. Mặc định: không có.', '[]'),
      opt(
        'targets',
        'Mục tiêu: id, text, metric, value, unit, year, place. Mặc định: không có.',
        '\n  - id: thon-kieu-mau\n    text: Xây dựng 02 thôn kiểu mẫu\n    value: 2\n    unit: thôn',
      ),
      opt('tasks', 'Nhiệm vụ, cùng dạng với tasks của cuộc họp. Mặc định: không có.', '[]'),
      opt('basedOn', 'Văn bản căn cứ (id). Mặc định: không có.', '[]'),
      opt('source', 'Bài báo đã đọc kế hoạch từ đó. Mặc định: không có.', SOURCE_VALUE),
      req('summary', 'Hai ba câu tóm tắt bằng lời của mình.', '«Tóm tắt»'),
      ...COMMON,
    ],
  },
  assessments: {
    collection: 'assessments',
    fields: [
      opt('type', 'Loại bản ghi; luôn là assessment. Mặc định: assessment.', 'assessment'),
      req('place', 'Xã (hoặc thôn) được đánh giá (id trong content/places/).', '«id xã»'),
      req('date', 'Ngày tình trạng được báo cáo (YYYY-MM-DD).', '«2020-09-08»'),
      req(
        'criteriaSet',
        'Bộ tiêu chí dùng để chấm (id trong content/criteria-sets/).',
        '«id bộ tiêu chí»',
      ),
      opt(
        'statuses',
        'Tình trạng từng tiêu chí theo số: Đạt, Cơ bản đạt hoặc Chưa đạt (vd "17: Chưa đạt"). Mặc định: không có.',
        '\n  "1": Chưa đạt',
      ),
      opt(
        'otherwise',
        'Tình trạng của mọi tiêu chí không ghi trong statuses (vd Đạt, khi bài chỉ nêu các tiêu chí chưa đạt). Mặc định: không có, nên phải ghi đủ mọi tiêu chí.',
        'Đạt',
      ),
      opt(
        'reportedMet',
        'Số tiêu chí đạt như bài ghi ("đạt 16/20": 16). Mặc định: bài không ghi.',
        '16',
      ),
      opt(
        'reportedTotal',
        'Tổng số tiêu chí bài tính ("16/20": 20). Mặc định: bài không ghi.',
        '20',
      ),
      opt(
        'indicatorsMet',
        'Số chỉ tiêu đạt như bài ghi ("46/57 chỉ tiêu": 46). Mặc định: bài không ghi.',
        '46',
      ),
      opt(
        'indicatorsTotal',
        'Tổng số chỉ tiêu bài tính ("46/57 chỉ tiêu": 57). Mặc định: bài không ghi.',
        '57',
      ),
      opt(
        'indicatorStatuses',
        'Tình trạng từng chỉ tiêu bài nêu, theo mã (vd "17.8": Chưa đạt). Mặc định: không có.',
        '\n  "17.8": Chưa đạt',
      ),
      opt(
        'reportedLost',
        'Số tiêu chí bài nói đơn vị không còn đạt so với khi được công nhận ("rớt 2 tiêu chí": 2). Mặc định: bài không ghi.',
        '2',
      ),
      req(
        'reportedIn',
        'Cuộc họp báo cáo (id trong content/meetings/). Cần reportedIn, reportedBy hoặc source: xoá dòng này nếu dùng cách khác.',
        '«id cuộc họp»',
      ),
      opt(
        'reportedBy',
        'Văn bản báo cáo (id trong content/documents/); cần reportedIn, reportedBy hoặc source.',
        'ha-tinh/ky-anh/bao-cao',
      ),
      opt(
        'source',
        'Bài báo đưa tin, khi không có cuộc họp hay văn bản nào báo cáo (tin tiến độ). Mặc định: không có.',
        SOURCE_VALUE,
      ),
      opt(
        'note',
        'Ghi chú cho người đọc (vd mục tiêu "về đích cuối năm 2020"). Mặc định: không có.',
        '«Ghi chú»',
      ),
      ...COMMON,
    ],
  },
  statistics: {
    collection: 'statistics',
    fields: [
      opt('type', 'Loại bản ghi; luôn là statistics. Mặc định: statistics.', 'statistics'),
      req('place', 'Địa bàn của số liệu (id trong content/places/).', '«id địa bàn»'),
      req('period', 'Kỳ số liệu, bằng chữ (vd "Quý I năm 2017").', '«Quý I năm 2017»'),
      req('periodStart', 'Ngày đầu kỳ.', '«2017-01-01»'),
      req('periodEnd', 'Ngày cuối kỳ (hoặc ngày báo cáo, với số lũy kế).', '«2017-03-31»'),
      req(
        'reportedIn',
        'Cuộc họp báo cáo (id). Cần reportedIn, reportedBy hoặc source: xoá dòng này nếu dùng cách khác.',
        '«id cuộc họp»',
      ),
      opt(
        'reportedBy',
        'Văn bản báo cáo (id); cần reportedIn, reportedBy hoặc source.',
        'ha-tinh/ky-anh/bao-cao',
      ),
      opt(
        'source',
        'Bài báo đưa tin, khi không có cuộc họp hay văn bản nào báo cáo (tin tiến độ). Mặc định: không có.',
        SOURCE_VALUE,
      ),
      req(
        'figures',
        'Các số liệu: metric (id ổn định, vd dien-tich-lua), label (lời trong bài), value (số, dấu chấm thập phân: 5.466,32 viết 5466.32), unit (đúng như bài: tỷ đồng, triệu đồng/người/năm, %, % kế hoạch), estimate (true khi bài ghi "ước"), atLeast (true khi bài ghi "trên"), change (true khi là mức tăng, giảm chứ không phải mức đạt), partOf (metric của số liệu tổng mà số này là một phần, "trong đó"), criteriaSet, note.',
        '\n  - metric: «dien-tich-lua»\n    label: «Diện tích gieo cấy lúa»\n    value: «5466.32»\n    unit: «ha»',
      ),
      ...COMMON,
    ],
  },
  recognitions: {
    collection: 'recognitions',
    fields: [
      opt('type', 'Loại bản ghi; luôn là recognition. Mặc định: recognition.', 'recognition'),
      req(
        'place',
        'Xã, thôn hoặc huyện (id trong content/places/), đúng như vào ngày ghi ở date.',
        '«id xã»',
      ),
      req(
        'level',
        'Mức chuẩn: xa-ntm, xa-ntm-nang-cao, xa-ntm-kieu-mau, thon-ntm, khu-dan-cu-kieu-mau hoặc huyen-ntm.',
        '«xa-ntm»',
      ),
      req(
        'status',
        'Giai đoạn: target (mục tiêu), proposed (đề nghị xét công nhận), considered (hội đồng xem xét hồ sơ, chưa nêu kết quả), voted (hội đồng thẩm định bỏ phiếu), recognised (đã có quyết định, đã nhận Bằng), reached (bài báo cáo đạt chuẩn, không nêu quyết định), re-recognised (thừa nhận đạt chuẩn sau sáp nhập).',
        '«recognised»',
      ),
      req(
        'date',
        'Ngày của giai đoạn đó (ngày bỏ phiếu, ngày quyết định, ngày báo cáo), YYYY-MM-DD.',
        '«2022-06-28»',
      ),
      opt(
        'year',
        'Năm đạt chuẩn như bài ghi ("đạt chuẩn nông thôn mới năm 2023"; với mục tiêu, năm phấn đấu). Mặc định: bài không ghi.',
        '2022',
      ),
      opt(
        'round',
        'Đợt xét, như bài ghi (vd "đợt 1 năm 2022"). Mặc định: không ghi.',
        'đợt 1 năm 2022',
      ),
      opt(
        'decision',
        'Quyết định công nhận (id trong content/documents/), chỉ khi status là recognised hoặc re-recognised. Mặc định: không ghi.',
        'ha-tinh/ubnd/2022-07-15-1234-qd-ubnd',
      ),
      req(
        'reportedIn',
        'Cuộc họp báo cáo (id). Cần reportedIn, reportedBy hoặc source: xoá dòng này nếu dùng cách khác.',
        '«id cuộc họp»',
      ),
      opt(
        'reportedBy',
        'Văn bản báo cáo (id); cần reportedIn, reportedBy hoặc source.',
        'ha-tinh/ubnd/bao-cao',
      ),
      opt(
        'source',
        'Bài báo đưa tin, khi không có cuộc họp hay văn bản nào báo cáo (tin tiến độ). Mặc định: không có.',
        SOURCE_VALUE,
      ),
      opt(
        'note',
        'Ghi chú cho người đọc (vd "hồ sơ còn phải qua thẩm định của tỉnh"). Mặc định: không có.',
        '«Ghi chú»',
      ),
      ...COMMON,
    ],
  },
};

/** The names a clerk may type after `npm run new --`, for each collection. */
export const SKELETON_ALIASES: Record<string, CollectionName> = {
  place: 'places',
  places: 'places',
  'dia-ban': 'places',
  body: 'bodies',
  bodies: 'bodies',
  'co-quan': 'bodies',
  programme: 'programmes',
  programmes: 'programmes',
  'chuong-trinh': 'programmes',
  document: 'documents',
  documents: 'documents',
  'van-ban': 'documents',
  'criteria-set': 'criteriaSets',
  'criteria-sets': 'criteriaSets',
  criteriaSets: 'criteriaSets',
  'bo-tieu-chi': 'criteriaSets',
  meeting: 'meetings',
  meetings: 'meetings',
  'cuoc-hop': 'meetings',
  plan: 'plans',
  plans: 'plans',
  'ke-hoach': 'plans',
  assessment: 'assessments',
  assessments: 'assessments',
  'danh-gia': 'assessments',
  statistics: 'statistics',
  statistic: 'statistics',
  'so-lieu': 'statistics',
  recognition: 'recognitions',
  recognitions: 'recognitions',
  'dat-chuan': 'recognitions',
};

/** The placeholders «…» left in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/«[^»]*»/g)].map((m) => m[0]);
}

/** The text of a skeleton file: YAML (front matter for Markdown records) with every field explained. */
export function renderSkeleton(skeleton: Skeleton): string {
  const lines = [
    `# Bản ghi mới (${skeleton.collection}). Thay mọi chỗ «…» bằng giá trị thật; bỏ dấu # trước các trường không bắt buộc muốn dùng.`,
    '# Xem đủ các trường trong docs/records.md; kiểm tra bằng: npm run validate',
  ];
  for (const f of skeleton.fields) {
    lines.push('', `# ── ${f.key} (${f.required ? 'bắt buộc' : 'không bắt buộc'}): ${f.help}`);
    const valueLines = `${f.key}:${f.value.startsWith('\n') ? '' : ' '}${f.value}`.split('\n');
    for (const line of valueLines) lines.push(f.required ? line : `# ${line}`);
  }
  const yaml = lines.join('\n');
  return skeleton.body === undefined ? `${yaml}\n` : `---\n${yaml}\n---\n${skeleton.body}`;
}
