/**
 * Queries a reader types on the default site and the record each must return first: used on the
 * site's one index (search.test.ts) and on the same site with its index split by province
 * (split-search.test.ts), where each must come first in its province and in the whole country.
 */

export const MEETING_2017_KY_ANH = '/cuoc-hop/2017/2017-04-14-so-ket-quy-1-huyen-uy-ky-anh/';
export const MEETING_2017_HUONG_KHE =
  '/cuoc-hop/2017/2017-04-14-so-ket-dan-van-quy-1-huyen-uy-huong-khe/';
export const MEETING_2017_CAN_LOC =
  '/cuoc-hop/2017/2017-04-14-lam-viec-doan-cong-tac-huyen-uy-can-loc/';
export const MEETING_2020 =
  '/cuoc-hop/2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop/';
export const MEETING_2021 = '/cuoc-hop/2021/2021-07-13-bcd-ntm-nang-cao-thon-kieu-mau-hoang-trung/';
export const MEETING_2022 = '/cuoc-hop/2022/2022-05-18-so-ket-5-thang-cac-ban-chi-dao/';
export const MEETING_2023 = '/cuoc-hop/2023/2023-07-11-to-cong-tac-so-01-nam-giang/';

/** Query → the record it must return first. */
export const FIRST_RESULT: Array<[string, string]> = [
  // Seed communes and their districts, typed without diacritics: the place's own record.
  ['lam hop', '/dia-ban/ha-tinh/ky-anh/lam-hop/'],
  ['ky lac', '/dia-ban/ha-tinh/ky-anh/ky-lac/'],
  ['hoang trung', '/dia-ban/thanh-hoa/hoang-hoa/hoang-trung/'],
  ['thanh my', '/dia-ban/quang-nam/nam-giang/thanh-my/'],
  ['huong khe', '/dia-ban/ha-tinh/huong-khe/'],
  ['can loc', '/dia-ban/ha-tinh/can-loc/'],
  ['ky anh', '/dia-ban/ha-tinh/ky-anh/'],
  ['hoang hoa', '/dia-ban/thanh-hoa/hoang-hoa/'],
  ['nam giang', '/dia-ban/quang-nam/nam-giang/'],
  ['ha tinh', '/dia-ban/ha-tinh/'],
  // The same with diacritics.
  ['Lâm Hợp', '/dia-ban/ha-tinh/ky-anh/lam-hop/'],
  // A programme by its name.
  ['cai tao vuon tap', '/chuong-trinh/cai-tao-vuon-tap/'],
  // Key phrases of each seed's conclusions, without diacritics: the meeting that concluded them.
  ['duong gang', MEETING_2020],
  ['xoa vuon tap chinh trang vuon', MEETING_2020],
  ['cai tao canh quan va moi truong do thi', MEETING_2023],
  ['hien dat lam duong', MEETING_2022],
  ['nghi quyet chuyen de ve thon kieu mau', MEETING_2021],
  ['thu gom chat thai ran sinh hoat', MEETING_2017_KY_ANH],
  ['150 nam thanh lap huyen', MEETING_2017_HUONG_KHE],
  ['khieu nai dat dai', MEETING_2017_CAN_LOC],
  // Document numbers, as written and as typed on a phone.
  ['60-KH/HU', '/van-ban/quang-nam/nam-giang/huyen-uy/2017-07-13-60-kh-hu/'],
  ['60 KH HU', '/van-ban/quang-nam/nam-giang/huyen-uy/2017-07-13-60-kh-hu/'],
  ['89/KH-UBND', '/van-ban/thanh-hoa/hoang-hoa/ubnd/2021-06-07-89-kh-ubnd/'],
  ['06-DA/HU', '/van-ban/quang-nam/nam-giang/huyen-uy/06-da-hu/'],
  ['10-KL/HU', '/van-ban/quang-nam/nam-giang/huyen-uy/2021-04-05-10-kl-hu/'],
  ['57/NQ-HDND', '/van-ban/thanh-hoa/hoang-hoa/hoang-trung/hdnd/2020-12-28-57-nq-hdnd/'],
];
