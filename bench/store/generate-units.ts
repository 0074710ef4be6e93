/**
 * Deterministic bilingual units for the store benchmark: zh-Hans plus Thai or
 * Vietnamese, sentence-length text (about 30 Chinese characters, 60–90 Thai or
 * Vietnamese characters), a domain label and a source line, like a TMX import.
 */
import type { TranslationUnit, Variant } from '@silkloom/core';

const ZH = ['广州', '农产品', '跨境电商', '医疗服务', '旅游签证', '职业教育', '文化交流', '港口物流', '数字支付', '中医药'];
const ZH_TAIL = ['合作项目今年正式启动。', '需要双方共同制定标准。', '的需求在东南亚持续增长。', '将在下个月召开专题会议。'];
const TH = ['กวางโจว', 'สินค้าเกษตร', 'อีคอมเมิร์ซข้ามพรมแดน', 'บริการทางการแพทย์', 'วีซ่าท่องเที่ยว', 'อาชีวศึกษา', 'การแลกเปลี่ยนทางวัฒนธรรม', 'โลจิสติกส์ท่าเรือ', 'การชำระเงินดิจิทัล', 'การแพทย์แผนจีน'];
const TH_TAIL = ['โครงการความร่วมมือเริ่มต้นอย่างเป็นทางการในปีนี้', 'ทั้งสองฝ่ายต้องกำหนดมาตรฐานร่วมกัน', 'มีความต้องการเพิ่มขึ้นในเอเชียตะวันออกเฉียงใต้', 'จะมีการประชุมเฉพาะเรื่องในเดือนหน้า'];
const VI = ['Quảng Châu', 'nông sản', 'thương mại điện tử xuyên biên giới', 'dịch vụ y tế', 'thị thực du lịch', 'giáo dục nghề nghiệp', 'giao lưu văn hoá', 'logistics cảng biển', 'thanh toán số', 'y học cổ truyền Trung Quốc'];
const VI_TAIL = ['dự án hợp tác chính thức khởi động năm nay', 'hai bên cần cùng xây dựng tiêu chuẩn', 'nhu cầu tiếp tục tăng ở Đông Nam Á', 'sẽ tổ chức hội nghị chuyên đề vào tháng tới'];
const DOMAINS = ['commerce', 'agriculture', 'medical', 'tourism', 'education', 'culture'];

export function benchUnit(i: number): TranslationUnit {
  const a = i % 10;
  const b = (i >> 3) % 4;
  const other: Record<string, Variant> =
    i % 2 === 0
      ? { th: { text: `${TH[a]} ${TH_TAIL[b]} (หมายเลข ${i})` } }
      : { vi: { text: `${VI[a]}: ${VI_TAIL[b]} (số ${i}).` } };
  return {
    id: `tu-${i}`,
    variants: { 'zh-Hans': { text: `${ZH[a]}${ZH_TAIL[b]}编号${i}。` }, ...other },
    status: 'raw',
    domains: [DOMAINS[i % DOMAINS.length]!],
    provenance: { line: 4 * i + 3, sourceUnitId: `tu-${i}` },
  };
}

export function* benchUnits(count: number): Generator<TranslationUnit> {
  for (let i = 0; i < count; i++) yield benchUnit(i);
}
