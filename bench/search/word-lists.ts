/**
 * Word lists for the search benchmark's generated text, written for it:
 * everyday and domain vocabulary in Simplified Chinese, Thai, Vietnamese and
 * English, phrases repeated often enough that frequency queries are
 * meaningful, and rare words that occur in about one unit in a thousand.
 */

export const ZH_WORDS = (
  '我们 你们 他们 今天 明天 昨天 现在 已经 正在 可以 需要 希望 认为 知道 觉得 开始 继续 完成 发展 合作 ' +
  '经济 社会 文化 教育 农业 工业 医疗 旅游 贸易 投资 市场 企业 公司 政府 国家 城市 农村 地区 世界 国际 ' +
  '中国 泰国 越南 老挝 柬埔寨 缅甸 马来西亚 印度尼西亚 广州 北京 上海 深圳 曼谷 河内 金边 万象 仰光 ' +
  '学生 老师 医生 农民 工人 游客 商人 专家 朋友 家人 孩子 老人 水稻 茶叶 香蕉 橡胶 咖啡 大米 水果 ' +
  '医院 学校 工厂 港口 机场 火车站 酒店 餐厅 银行 商店 项目 计划 会议 报告 数据 技术 网络 系统 平台 ' +
  '提高 增加 减少 改善 加强 促进 支持 提供 参加 组织 建设 管理 服务 质量 安全 环境 资源 能源 交通 ' +
  '重要 主要 新的 大的 小的 好的 很多 一些 所有 每个 非常 更加 特别 一起 共同 进一步 积极 全面 ' +
  '的 了 在 和 是 有 也 就 都 把 被 对 从 向 为 与 及 或 但 而'
).split(' ');

export const TH_WORDS = (
  'เรา พวกเขา วันนี้ พรุ่งนี้ เมื่อวาน ตอนนี้ แล้ว กำลัง สามารถ ต้องการ หวังว่า คิดว่า รู้ รู้สึก เริ่ม ต่อไป เสร็จ ' +
  'พัฒนา ความร่วมมือ เศรษฐกิจ สังคม วัฒนธรรม การศึกษา เกษตรกรรม อุตสาหกรรม การแพทย์ การท่องเที่ยว การค้า การลงทุน ' +
  'ตลาด บริษัท รัฐบาล ประเทศ เมือง ชนบท ภูมิภาค โลก ระหว่างประเทศ จีน ไทย เวียดนาม ลาว กัมพูชา พม่า กวางโจว ' +
  'กรุงเทพ ปักกิ่ง นักเรียน ครู หมอ ชาวนา คนงาน นักท่องเที่ยว พ่อค้า ผู้เชี่ยวชาญ เพื่อน ครอบครัว เด็ก ข้าว ชา ' +
  'กล้วย ยางพารา กาแฟ ผลไม้ โรงพยาบาล โรงเรียน โรงงาน ท่าเรือ สนามบิน สถานีรถไฟ โรงแรม ร้านอาหาร ธนาคาร ร้านค้า ' +
  'โครงการ แผน การประชุม รายงาน ข้อมูล เทคโนโลยี เครือข่าย ระบบ แพลตฟอร์ม เพิ่ม ลด ปรับปรุง ส่งเสริม สนับสนุน ' +
  'ให้บริการ เข้าร่วม จัดการ คุณภาพ ความปลอดภัย สิ่งแวดล้อม ทรัพยากร พลังงาน การขนส่ง สำคัญ หลัก ใหม่ ใหญ่ เล็ก ดี ' +
  'มาก บาง ทั้งหมด ทุก อย่างยิ่ง ร่วมกัน ของ และ ใน ที่ เป็น มี ก็ จะ ได้ ให้ กับ จาก ไป มา'
).split(' ');

export const VI_WORDS = (
  'chúng tôi họ hôm nay ngày mai hôm qua bây giờ đã đang có thể cần hy vọng nghĩ biết cảm thấy bắt đầu tiếp tục ' +
  'hoàn thành phát triển hợp tác kinh tế xã hội văn hóa giáo dục nông nghiệp công nghiệp y tế du lịch thương mại ' +
  'đầu tư thị trường doanh nghiệp công ty chính phủ quốc gia thành phố nông thôn khu vực thế giới quốc tế Trung Quốc ' +
  'Thái Lan Việt Nam Lào Campuchia Quảng Châu Hà Nội học sinh giáo viên bác sĩ nông dân công nhân du khách ' +
  'chuyên gia bạn bè gia đình trẻ em lúa gạo chè chuối cà phê trái cây bệnh viện trường học nhà máy cảng sân bay ' +
  'ga tàu khách sạn nhà hàng ngân hàng cửa hàng dự án kế hoạch hội nghị báo cáo dữ liệu công nghệ mạng hệ thống ' +
  'nâng cao tăng giảm cải thiện tăng cường thúc đẩy hỗ trợ cung cấp tham gia tổ chức xây dựng quản lý dịch vụ ' +
  'chất lượng an toàn môi trường tài nguyên năng lượng giao thông quan trọng chính mới lớn nhỏ tốt nhiều một số ' +
  'tất cả mỗi rất hơn đặc biệt cùng nhau của và trong là với cho từ về để những các'
).split(' ');

export const EN_WORDS = (
  'we they today tomorrow yesterday now already can need hope think know feel start continue complete develop ' +
  'cooperation economy society culture education agriculture industry healthcare tourism trade investment market ' +
  'company government country city village region world international China Thailand Vietnam Laos Cambodia ' +
  'Guangzhou Bangkok Hanoi students teachers doctors farmers workers tourists traders experts friends families ' +
  'children rice tea bananas rubber coffee fruit hospital school factory port airport station hotel restaurant bank ' +
  'shop project plan meeting report data technology network system platform improve increase reduce strengthen ' +
  'promote support provide join organise build manage service quality safety environment resources energy transport ' +
  'important main new large small good many some all every very more especially together the of and in to for with ' +
  'from by on at is are was were will has have'
).split(' ');

/** Phrases that recur (each in a few per cent of units): common concordance queries. */
export const ZH_PHRASES = ['人工智能', '一带一路', '数字经济', '跨境电商', '乡村振兴', '绿色发展', '职业教育', '公共卫生', '文化交流', '互联互通'];
export const TH_PHRASES = ['ปัญญาประดิษฐ์', 'หนึ่งแถบหนึ่งเส้นทาง', 'เศรษฐกิจดิจิทัล', 'อีคอมเมิร์ซข้ามพรมแดน', 'การพัฒนาสีเขียว'];

/** Rare words (about one unit in a thousand each): rare concordance queries. */
export const ZH_RARE = [
  '鸿蒙系统', '量子通信', '稀土永磁', '杂交水稻', '榴莲出口', '热带雨林', '高铁站台', '海上丝路', '碳中和目标', '生物多样性',
  '冷链物流', '中医药膳', '非遗传承', '澜湄合作', '陆海新通道', '智慧港口', '新能源车', '光伏电站', '跨境支付', '数字人民币',
];
export const TH_RARE = ['ทุเรียนหมอนทอง', 'รถไฟความเร็วสูง', 'พลังงานแสงอาทิตย์', 'ป่าฝนเขตร้อน', 'ระบบชำระเงิน', 'ท่าเรืออัจฉริยะ', 'ยานยนต์ไฟฟ้า', 'การแพทย์แผนจีน'];
