/**
 * Word lists for synthetic archives: Vietnamese family, middle and given names, syllables that
 * place names are made of, and the phrases NTM meeting reports are written in. The lists read
 * like the real thing on purpose (the benchmark measures realistic text: Pagefind indexes words,
 * gzip compresses them), but every combination is invented.
 */
import type { Random } from './prng.ts';

/** The mark every synthetic title and summary starts with, so no one mistakes it for a real record. */
export const SYNTHETIC_MARK = '[Dữ liệu tổng hợp]';

/** The publisher of every synthetic source: says plainly the article does not exist. */
export const SYNTHETIC_PUBLISHER = 'Dữ liệu tổng hợp (không có thật)';

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Cao',
  'Mai',
] as const;
export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Quang',
  'Ngọc',
  'Xuân',
  'Công',
  'Đình',
  'Thế',
  'Kim',
  'Hồng',
  'Viết',
] as const;
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thảo',
  'Thủy',
  'Trung',
  'Tuấn',
  'Vân',
  'Việt',
] as const;

/** Syllables place names are made of (two of them make a name: "Hòa Lộc", "Tân Phú"). */
export const PLACE_SYLLABLES = [
  'An',
  'Bình',
  'Cẩm',
  'Đông',
  'Đức',
  'Gia',
  'Hà',
  'Hải',
  'Hòa',
  'Hưng',
  'Hương',
  'Kỳ',
  'Lâm',
  'Lộc',
  'Long',
  'Minh',
  'Mỹ',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phú',
  'Phúc',
  'Quang',
  'Sơn',
  'Tân',
  'Thạch',
  'Thạnh',
  'Thanh',
  'Thịnh',
  'Thuận',
  'Tiến',
  'Trung',
  'Trường',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Hợp',
  'Lạc',
  'Cát',
  'Điền',
] as const;

/** Titles a chair or participant holds, by level. */
export const POSITIONS = {
  district: [
    'Bí thư Huyện ủy',
    'Phó Bí thư Thường trực Huyện ủy',
    'Chủ tịch UBND huyện',
    'Phó Chủ tịch UBND huyện',
    'Trưởng Ban Dân vận Huyện ủy',
    'Trưởng phòng Nông nghiệp và PTNT',
  ],
  commune: [
    'Bí thư Đảng ủy xã',
    'Chủ tịch UBND xã',
    'Phó Chủ tịch UBND xã',
    'Chủ tịch UBMTTQ xã',
    'Công chức Địa chính – Nông nghiệp xã',
  ],
} as const;

/** The criteria of the 2021–2025 national commune set (QĐ 318/QĐ-TTg), in number order. */
export const CRITERIA_2021 = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hoá',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hoá',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
] as const;

/** The criteria of the 2016–2020 national commune set (QĐ 1980/QĐ-TTg), in number order. */
export const CRITERIA_2016 = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Hộ nghèo',
  'Lao động có việc làm',
  'Tổ chức sản xuất',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
] as const;

/** The five criterion groups of both national sets, with the first criterion number of each. */
export const CRITERIA_GROUPS = [
  { code: 'I', name: 'Quy hoạch', from: 1 },
  { code: 'II', name: 'Hạ tầng kinh tế – xã hội', from: 2 },
  { code: 'III', name: 'Kinh tế và tổ chức sản xuất', from: 10 },
  { code: 'IV', name: 'Văn hóa – xã hội – môi trường', from: 14 },
  { code: 'V', name: 'Hệ thống chính trị', from: 18 },
] as const;

/** What meetings review. */
export const REVIEW_TOPICS = [
  'tiến độ xây dựng nông thôn mới',
  'kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'công tác cải tạo vườn tạp, chỉnh trang khu dân cư',
  'tiến độ xây dựng khu dân cư nông thôn mới kiểu mẫu',
  'kế hoạch xây dựng xã đạt chuẩn nông thôn mới nâng cao',
  'việc huy động nguồn lực xã hội hóa cho giao thông nông thôn',
  'phong trào toàn dân đoàn kết xây dựng đời sống văn hóa',
  'công tác bảo vệ môi trường và an toàn thực phẩm',
] as const;

/** Results a meeting reports: `{a-b}` is a number in that range, `{place}` a commune's name. */
export const RESULT_SENTENCES = [
  'Toàn huyện đã bê tông hóa thêm {3-40} km đường giao thông nông thôn, trong đó nhân dân hiến {200-9000} m² đất.',
  'Đã có {20-600} hộ đăng ký cải tạo vườn tạp, {5-80} vườn đạt chuẩn vườn mẫu.',
  'Thu nhập bình quân đầu người ước đạt {28-65} triệu đồng/năm, tăng {3-12}% so với cùng kỳ.',
  'Tỷ lệ hộ nghèo đa chiều giảm còn {1-9}%, giảm {1-3}% so với đầu năm.',
  'Đã tổ chức {2-20} lớp tập huấn chuyển giao khoa học kỹ thuật cho {100-1500} lượt người tham gia.',
  'Xã {place} đã hoàn thành {12-18}/19 tiêu chí, phấn đấu về đích trong năm.',
  'Nhân dân đã đóng góp {50-900} triệu đồng và {200-3000} ngày công để xây dựng nhà văn hóa thôn.',
  'Đã trồng mới {300-5000} cây xanh dọc các tuyến đường liên thôn, lắp đặt {20-400} bóng điện chiếu sáng.',
] as const;

/** Limitations a meeting names. */
export const LIMITATION_SENTENCES = [
  'Một số tiêu chí khó như thu nhập, môi trường, tổ chức sản xuất còn chậm.',
  'Công tác tuyên truyền ở một số thôn chưa thường xuyên, một bộ phận nhân dân còn trông chờ, ỷ lại.',
  'Việc huy động nguồn lực xã hội hóa còn hạn chế; một số công trình chậm tiến độ.',
  'Vệ sinh môi trường tại một số khu dân cư chưa được duy trì thường xuyên.',
  'Sự phối hợp giữa các đơn vị thành viên Ban Chỉ đạo có lúc chưa chặt chẽ.',
  'Hồ sơ minh chứng các tiêu chí chưa được hoàn thiện kịp thời.',
] as const;

/** Tasks a meeting assigns (a place name is filled in). */
export const TASK_SENTENCES = [
  'Rà soát, đánh giá thực trạng các tiêu chí chưa đạt của xã {place} và xây dựng lộ trình cụ thể',
  'Tập trung chỉ đạo hoàn thành tiêu chí môi trường và an toàn thực phẩm',
  'Đẩy mạnh tuyên truyền, vận động nhân dân hiến đất, góp công mở rộng đường giao thông',
  'Hoàn thiện hồ sơ đề nghị xét công nhận xã {place} đạt chuẩn nông thôn mới',
  'Chỉ đạo các thôn ra quân tổng vệ sinh môi trường, chỉnh trang khu dân cư',
  'Xây dựng mô hình vườn mẫu, khu dân cư kiểu mẫu tại xã {place}',
  'Tham mưu phân bổ nguồn vốn hỗ trợ xi măng làm đường giao thông nông thôn',
  'Kiểm tra, đôn đốc tiến độ các công trình hạ tầng đang thi công',
  'Tổ chức tập huấn cho cán bộ thôn về quy trình đánh giá tiêu chí',
  'Báo cáo kết quả thực hiện về Thường trực Huyện ủy',
] as const;

/** A plausible full name: family, middle and given name. */
export function personName(random: Random): string {
  return `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

/** A two-syllable place name with different syllables ("Hòa Lộc"). */
export function placeName(random: Random): string {
  const first = random.pick(PLACE_SYLLABLES);
  let second = random.pick(PLACE_SYLLABLES);
  while (second === first) second = random.pick(PLACE_SYLLABLES);
  return `${first} ${second}`;
}

/** Fills `{a-b}` (a number from a to b) and `{place}` in a template sentence. */
export function fillSentence(template: string, random: Random, place: string): string {
  return template
    .replace(/\{(\d+)-(\d+)\}/g, (_, min: string, max: string) =>
      String(random.int(Number(min), Number(max))),
    )
    .replaceAll('{place}', place);
}
