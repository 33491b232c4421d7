/**
 * Street and organisation names for a ward in the old Lê Chân district of Hải Phòng. The streets
 * are real ones of the area; the enterprises are made-up combinations in the usual naming style.
 */
const words = (s: string): readonly string[] =>
  s
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w !== '');

/** Streets written "phố …" in addresses. */
export const STREETS = words(`
  Hai Bà Trưng | Tô Hiệu | Trần Nguyên Hãn | Hàng Kênh | Dư Hàng | Lán Bè | Cát Cụt | Nguyễn Công Trứ |
  Mê Linh | Lam Sơn | Chợ Con | Trại Lẻ | Thiên Lôi | Miếu Hai Xã | Hồ Nam | An Dương | Đình Đông |
  Quán Nam | Nguyễn Đức Cảnh | Dân Lập | Khúc Thừa Dụ | Lê Chân | Cầu Đất | Hoàng Minh Thảo |
  Trần Quang Khải | Nguyễn Tường Loan | Vũ Chí Thắng | Kênh Dương | Đông Trà | Chùa Hàng | Lạch Tray |
  Nguyễn Văn Linh | Tôn Đức Thắng | Võ Nguyên Giáp | Phạm Hữu Điều | Lũng Đông | Nguyễn Sơn Hà
`);

/** The wide roads are "đường", not "phố". */
export const ROADS = new Set(['Nguyễn Văn Linh', 'Tôn Đức Thắng', 'Võ Nguyên Giáp', 'Lạch Tray']);

export const ENTERPRISE_TYPES: readonly (readonly [string, number])[] = [
  ['Công ty TNHH', 45],
  ['Công ty Cổ phần', 25],
  ['Công ty TNHH MTV', 15],
  ['Doanh nghiệp tư nhân', 8],
  ['Hợp tác xã', 7],
];

export const ENTERPRISE_FIELDS = words(`
  Thương mại | Thương mại và Dịch vụ | Xây dựng | Vận tải | Cơ khí | May mặc | Thủy sản | Du lịch |
  Xuất nhập khẩu | Thực phẩm | Điện tử | Logistics | Vật liệu xây dựng | Đầu tư và Phát triển | In ấn |
  Nội thất | Dịch vụ Cảng biển | Môi trường | Điện nước | Dược phẩm | Công nghệ | Giao nhận
`);

export const ENTERPRISE_BRANDS = words(`
  Minh Phát | Hoàng Long | An Phú | Thành Đạt | Hải Âu | Việt Hưng | Đông Á | Hồng Hà | Tân Cảng |
  Phú Thịnh | Hải Long | Bạch Đằng | Đại Dương | Sao Biển | Lạch Tray | Cửa Cấm | Hưng Thịnh | Kim Ngân |
  Quang Minh | Trường Sơn | Thái Bình Dương | Ánh Dương | Phương Đông | Thăng Long | Hoa Phượng |
  Đức Anh | Bảo An | Nam Triệu | Thiên Phúc | Vạn Xuân | Hải Hà | Gia Khánh | Đồng Tiến | Hùng Vương |
  Lê Chân | Hàng Kênh | An Biên | Cát Bi | Sông Cấm | Tiến Thành | Duy Khang | Tân Phát | Hòa Bình
`);

export const SCHOOLS_PRESCHOOL = words(
  `Lê Chân | Hoa Sen | Hàng Kênh | Dư Hàng Kênh | Hoa Phượng | Kênh Dương`,
);
export const SCHOOLS_PRIMARY = words(
  `Lê Chân | Nguyễn Văn Tố | Trần Quốc Toản | Lê Văn Tám | Kênh Dương | Dư Hàng`,
);
export const SCHOOLS_SECONDARY = words(`Lê Chân | Ngô Quyền | Hồ Nam | Kênh Dương | Trần Phú`);
