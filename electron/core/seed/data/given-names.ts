/**
 * Middle and given names by gender, most common first (the generator weighs them by rank). Written
 * as space-separated NFC words to keep a few hundred names readable; every name is one word.
 */
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** "Văn" and "Thị" are chosen by birth year before these lists are used (see names.ts). */
export const MALE_MIDDLE = words(`
  Đức Minh Quang Hữu Công Xuân Thanh Ngọc Hoàng Anh Tuấn Mạnh Trọng Tiến Thành Duy Bá Đình Quốc
  Trung Việt Hải Gia Khắc Nhật Hồng Đăng Thế Chí Kim Phú Huy Bảo Tất Viết Như Doãn Sỹ Trường
`);

export const FEMALE_MIDDLE = words(`
  Ngọc Thu Thanh Hồng Minh Phương Bích Kim Thúy Mai Hải Diệu Khánh Bảo Quỳnh Thảo Hà Lan Tường
  Vân Hoài Thùy Yến Mỹ Hoàng Huyền Kiều Lệ Như Xuân Tuyết Cẩm Ánh Hương
`);

export const MALE_GIVEN = words(`
  Anh Hùng Dũng Tuấn Minh Hải Nam Đức Thắng Cường Long Sơn Hưng Trung Quang Huy Thành Tùng Hoàng Việt
  Hiếu Phong Thanh Hòa Bình Tiến Khánh Quân Mạnh Lâm Đạt Toàn Vinh Tú Phúc Hiệp Linh Kiên Thịnh Tâm
  Hào Nghĩa Thái Chiến Công Trường Tài Duy Khoa Phương Nguyên Bảo Huấn Lợi Lộc Quý Quyết Thuận Trí
  Vũ Xuân Chính Giang Hậu Hiển Khải Khang Khôi Lực Luân Nhân Nhật Phát Phú Tân Thiện Thông Toản Trọng
  Tường Vượng Bắc Cảnh Chung Định Đông Điệp Hợp Hướng Kiệt Ninh Quốc Sang Sáng Tạo Thạch Thế Thiệu Thìn
  Thọ Thức Trực Tuyên Tuyến Vỹ Đăng Đạo Độ Hiến Hoạt Khương Lương Mẫn Nhất Phước Quảng Triều Uy Vĩnh
  Vương Ân Bách Biên Cần Chương Doanh Dương Đại Đoàn Giáp Hân Hoan Hưởng Kha Khiêm Lập Lĩnh Luyện Nhuận
  Phi Phụng Quế Sinh Sỹ Thạo Thăng Thuyết Tính Toại Tráng Tuệ Tư Ước Vịnh Xuyên Yên Đỉnh Khởi Tựu
`);

export const FEMALE_GIVEN = words(`
  Hương Lan Hoa Hằng Trang Linh Thảo Hà Mai Ngọc Huyền Thu Hạnh Phương Nga Dung Anh Yến Loan Hiền
  Thủy Thúy Nhung Liên Hồng Vân Oanh Giang Chi Quỳnh Ánh Hường Duyên Tâm Thanh Nhàn Trinh Uyên Vy My
  Ngân Nhi Huệ Lý Thắm Thơm Xuân Tuyết Bích Diệp Hải Khánh Châu Cúc Diệu Hân Hoài Khuê Liễu Ly Mận Mỹ
  Nguyệt Nụ Phượng Quế Quyên Sen Thoa Thùy Thư Thương Trâm Vi Việt Dịu Đào Điệp Gấm Giao Hậu Hòa Huế
  Kiều Kim Lam Lệ Lụa Mơ Mến Miên Na Nương Sương Tình Trà Trúc Tú Tươi Vui Hảo Ngà Nhạn Nhài Thêu Thi
  Thục Thường Xoan Yên Diễm Đan Hạ Khanh Lài Lành Luyến Mùi Ngát Thơ Tuệ Ý Hạnh Nhiên Hiên Thoan Toan
`);
