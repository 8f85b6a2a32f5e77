/**
 * Vietnamese dataset: the words of the institute's article "Front office là gì?"
 * (shared/seed/front-office-article.vi.txt). Corrections, all of obvious slips:
 * "cơ sở hạ thành" → "cơ sở hạ tầng"; "có ứng viên sở hữu" → "sở hữu";
 * "sản phẩm của khách hàng" → "sản phẩm của doanh nghiệp" (sales persuade
 * customers to use the company's products).
 *
 * Each part is its own export so a single-element bundle carries only its part.
 */
import type {
  Advice,
  ComparisonData,
  CompareStrings,
  ContactData,
  ContactStrings,
  Definition,
  IndustryUnits,
  Role,
  RoleId,
  RoleStrings,
  SpecificIndustry,
} from './types.js';

export const definition: Definition = {
  title: 'Front office là gì?',
  summary: 'Trong doanh nghiệp, đây là bộ phận tiếp xúc trực tiếp và nhiều nhất với khách hàng.',
  short: 'Front office là bộ phận làm việc ở tiền sảnh hoặc nơi tiếp xúc với khách hàng trực tiếp.',
  banking: 'Trong lĩnh vực ngân hàng, front office có thể kể đến các bộ phận như lễ tân, giao dịch khách hàng, v.v.',
  hospitality:
    'Đối với lĩnh vực nhà hàng, khách sạn, front office hay bộ phận tiền sảnh có nhiệm vụ tiếp đón khách hàng, hỗ trợ giải quyết một số các thủ tục liên quan trong quá trình khách hàng sử dụng dịch vụ tại đây.',
};

export const comparison: ComparisonData = {
  caption: 'Sự khác nhau giữa front office và back office',
  front: 'Front office',
  back: 'Back office',
  criteria: [
    {
      id: 'interaction',
      label: 'Tương tác với khách hàng',
      front:
        'Nhân viên tiếp xúc trực tiếp với khách hàng, tiếp cận yêu cầu của khách hàng, cung cấp dịch vụ và quản lý mối quan hệ khách hàng.',
      back: 'Nhân viên không tiếp xúc một cách trực tiếp với khách hàng. Họ hỗ trợ bộ phận front office vận hành nhưng từ phía sau.',
    },
    {
      id: 'focus',
      label: 'Trọng tâm',
      front: 'Tạo doanh thu và trải nghiệm khách hàng tích cực.',
      back: 'Hỗ trợ front office vận hành và kiểm soát hoạt động của tổ chức.',
    },
    {
      id: 'responsibilities',
      label: 'Trách nhiệm',
      front:
        'Liên quan đến kinh doanh, hỗ trợ khách hàng, quản trị mối quan hệ khách hàng, lễ tân. Ngoài kỹ năng chuyên môn, các vị trí này còn đòi hỏi ứng viên phải có khả năng giao tiếp, liên kết con người tốt.',
      back: 'Liên quan đến các bộ phận như kế toán, công nghệ thông tin, quản lý cơ sở hạ tầng, v.v. Các vị trí này yêu cầu nhiều hơn về các kỹ năng chuyên môn mà ứng viên sở hữu.',
    },
    {
      id: 'visibility',
      label: 'Tầm nhìn',
      front:
        'Được coi giống như bộ mặt của doanh nghiệp, đóng vai trò quan trọng trong việc hình thành nhận thức với khách hàng.',
      back: 'Khách hàng không thể nhìn thấy một cách trực diện, đóng vai trò quan trọng trong bộ máy vận hành nội bộ của doanh nghiệp.',
    },
  ],
};

export const roles: Record<RoleId, Role> = {
  receptionist: {
    id: 'receptionist',
    title: 'Lễ tân',
    summary: 'Đây là bộ phận tiếp xúc trực tiếp đầu tiên với khách hàng, đối tác.',
    duties: ['Tiếp đón khách hàng, đối tác', 'Hỗ trợ giải quyết các vấn đề cơ bản của khách hàng'],
    variants: {
      banking: {
        duties: [
          'Đón tiếp khách hàng',
          'Xác định nhu cầu của khách hàng',
          'Hướng dẫn khách hàng lấy số thứ tự',
          'Sắp xếp chỗ ngồi cho khách hàng',
          'Trực điện thoại',
          'Hỗ trợ chuyển các tài liệu và giấy tờ cần thiết trong ngân hàng',
        ],
      },
      hospitality: {
        duties: [
          'Tiếp đón khách hàng',
          'Hỗ trợ giải quyết một số các thủ tục liên quan trong quá trình khách hàng sử dụng dịch vụ',
        ],
      },
    },
  },
  'customer-relations': {
    id: 'customer-relations',
    title: 'Bộ phận quan hệ khách hàng',
    summary:
      'Bộ phận này có trách nhiệm quản lý mối quan hệ với khách hàng, đảm bảo trải nghiệm khách hàng tích cực khi sử dụng dịch vụ/sản phẩm của doanh nghiệp.',
    duties: [
      'Quản lý mối quan hệ với khách hàng',
      'Đảm bảo trải nghiệm khách hàng tích cực khi sử dụng dịch vụ/sản phẩm của doanh nghiệp',
    ],
    otherNames: ['Bộ phận dịch vụ khách hàng', 'Bộ phận hỗ trợ khách hàng'],
  },
  sales: {
    id: 'sales',
    title: 'Bộ phận kinh doanh',
    // The article's "Các vị trí này" points at the list above it, hidden while the card is closed: named here.
    summary:
      'Các vị trí trong bộ phận kinh doanh có nhiệm vụ tìm kiếm, đàm phán và thuyết phục khách hàng sử dụng dịch vụ/sản phẩm của doanh nghiệp.',
    duties: ['Tìm kiếm khách hàng', 'Đàm phán với khách hàng', 'Thuyết phục khách hàng sử dụng dịch vụ/sản phẩm của doanh nghiệp'],
    positions: [
      'Chuyên viên phát triển thị trường',
      'Chuyên viên kinh doanh',
      'Telesales',
      'Nhân viên bán hàng',
      'Giao dịch viên',
    ],
  },
};

/** "Mỗi doanh nghiệp có một cơ cấu tổ chức khác nhau…": the units each industry adds. */
export const industries: Record<SpecificIndustry, IndustryUnits> = {
  banking: { name: 'Ngân hàng', units: ['Bộ phận tín dụng'] },
  hospitality: { name: 'Khách sạn và nhà hàng', units: ['Bộ phận thu ngân', 'Dịch vụ văn phòng'] },
};

/** Section 4's skills and note, which `<role-card>` shows: exports of their own, so its bundle leaves the requirement sentences out. */
export const frontSkills: string[] = ['Chuyên môn', 'Kỹ năng giao tiếp', 'Kỹ năng thuyết phục', 'Kỹ năng liên kết con người'];
export const frontSkillsNote: string = 'Một số vị trí còn yêu cầu thêm về tiêu chí ngoại hình.';

export const advice: Advice = {
  front: {
    requirement:
      'Các vị trí tại bộ phận front office ngoài yêu cầu về chuyên môn, còn đòi hỏi ứng viên sở hữu các kỹ năng xã hội tốt.',
    skills: frontSkills,
    note: frontSkillsNote,
  },
  back: {
    requirement:
      'Các vị trí trong bộ phận back office yêu cầu nhiều hơn về các kỹ năng chuyên môn, các kỹ năng xã hội vẫn là một tiêu chí để lựa chọn ứng viên nhưng mức độ thấp hơn so với bộ phận front office.',
  },
};

export const contact: ContactData = {
  institute: 'Viện Đào Tạo Kỹ Năng Masterskills',
  phone: '0903966729',
  zalo: '0903966729',
  label: 'Hỗ trợ bạn qua Zalo',
};

export const compareStrings: CompareStrings = {
  recommended: 'Phù hợp với bạn',
  criterion: 'Tiêu chí',
};

export const roleStrings: RoleStrings = {
  duties: 'Nhiệm vụ',
  dutiesIn: 'Nhiệm vụ ({industry})',
  positions: 'Các vị trí',
  otherNames: 'Tên gọi khác',
  skills: 'Kỹ năng cần có',
  units: '{industry}: bộ phận front office có thêm',
};

export const contactStrings: ContactStrings = {
  zalo: 'Chat Zalo',
  phone: 'Gọi {number}',
  messenger: 'Nhắn tin Messenger',
  email: 'Gửi email tới {address}',
  copy: 'Sao chép số',
  copied: 'Đã sao chép số {number}',
  copyFailed: 'Không sao chép được. Số điện thoại: {number}',
  closed: 'Ngoài giờ làm việc',
  hours: 'Giờ làm việc: {hours}, {days}',
  allDay: 'cả ngày',
  everyDay: 'hằng ngày',
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
};
