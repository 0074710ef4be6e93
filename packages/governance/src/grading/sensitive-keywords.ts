/**
 * Keyword cues for PIPL Art 28 sensitive categories, per language. A cue alone
 * does not make text sensitive personal information (a news story about a
 * hospital is not); it counts only in a unit that also holds personal
 * information (a detected identifier or a curator's declaration). Matching is
 * by lower-cased substring, with word starts for Latin and Cyrillic (as the
 * PII context words).
 */
import type { WordsByLang } from '../pii/types.ts';

export type SensitiveCategory = 'biometric' | 'religion' | 'specific_identity' | 'health' | 'financial_account' | 'location_track' | 'minor_under_14';

export const SENSITIVE_KEYWORDS: Readonly<Partial<Record<SensitiveCategory, WordsByLang>>> = {
  health: {
    'zh-Hans': ['病历', '诊断', '患者', '病人', '住院', '确诊', '病史', '处方', '艾滋病', '抑郁症', '癌症', '体检报告'],
    'zh-Hant': ['病歷', '診斷', '患者', '病人', '住院', '確診', '病史', '處方'],
    en: ['diagnosis', 'diagnosed', 'patient', 'medical record', 'hospitalised', 'hospitalized', 'prescription', 'hiv', 'cancer', 'depression'],
    th: ['ผู้ป่วย', 'วินิจฉัย', 'เวชระเบียน', 'โรงพยาบาล', 'ใบสั่งยา'],
    vi: ['bệnh nhân', 'chẩn đoán', 'bệnh án', 'nhập viện', 'đơn thuốc'],
    id: ['pasien', 'diagnosis', 'rekam medis', 'rawat inap', 'resep'],
    ms: ['pesakit', 'diagnosis', 'rekod perubatan', 'dimasukkan ke hospital'],
    ar: ['مريض', 'المريض', 'تشخيص', 'السجل الطبي', 'وصفة طبية', 'المستشفى'],
    fa: ['بیمار', 'تشخیص', 'پرونده پزشکی', 'نسخه'],
    ur: ['مریض', 'تشخیص', 'طبی ریکارڈ'],
    ru: ['пациент', 'диагноз', 'медицинская карта', 'госпитализирован', 'рецепт'],
    kk: ['науқас', 'диагноз', 'медициналық карта'],
    tr: ['hasta', 'teşhis', 'tanı', 'tıbbi kayıt', 'reçete'],
    uz: ['bemor', 'tashxis', 'tibbiy karta'],
    hi: ['मरीज', 'रोगी', 'निदान', 'चिकित्सा रिकॉर्ड'],
    km: ['អ្នកជំងឺ', 'រោគវិនិច្ឆ័យ'],
    sw: ['mgonjwa', 'utambuzi'],
  },
  religion: {
    'zh-Hans': ['宗教信仰', '信仰伊斯兰教', '信仰佛教', '基督徒', '穆斯林', '佛教徒'],
    'zh-Hant': ['宗教信仰', '基督徒', '穆斯林', '佛教徒'],
    en: ['religious belief', 'religion:', 'is a muslim', 'is a christian', 'is a buddhist'],
    th: ['ศาสนา', 'นับถือศาสนา'],
    vi: ['tôn giáo', 'theo đạo'],
    id: ['agama', 'beragama'],
    ms: ['agama', 'beragama'],
    ar: ['الديانة', 'ديانته', 'مذهب'],
    fa: ['دین', 'مذهب'],
    ur: ['مذہب'],
    ru: ['вероисповедание', 'религия'],
    kk: ['діні', 'дін'],
    tr: ['dini', 'din:'],
  },
  biometric: {
    'zh-Hans': ['指纹', '人脸', '面部识别', '声纹', '虹膜', '录音', '语音样本', '基因'],
    'zh-Hant': ['指紋', '人臉', '聲紋', '虹膜', '錄音', '基因'],
    en: ['fingerprint', 'face scan', 'facial recognition', 'voiceprint', 'iris scan', 'voice recording', 'dna'],
    th: ['ลายนิ้วมือ', 'ใบหน้า', 'เสียงบันทึก'],
    vi: ['vân tay', 'khuôn mặt', 'giọng nói', 'mống mắt'],
    id: ['sidik jari', 'pengenalan wajah', 'rekaman suara'],
    ms: ['cap jari', 'pengecaman wajah', 'rakaman suara'],
    ar: ['بصمة', 'بصمة الصوت', 'التعرف على الوجه'],
    fa: ['اثر انگشت', 'تشخیص چهره'],
    ru: ['отпечаток пальца', 'биометри', 'распознавание лиц', 'запись голоса'],
    kk: ['саусақ ізі', 'биометри'],
    tr: ['parmak izi', 'yüz tanıma', 'ses kaydı', 'biyometrik'],
  },
  location_track: {
    'zh-Hans': ['行踪', '行动轨迹', '定位记录', '轨迹'],
    'zh-Hant': ['行蹤', '行動軌跡', '定位記錄'],
    en: ['whereabouts', 'location history', 'gps track', 'movements of'],
    th: ['ตำแหน่งที่อยู่', 'ประวัติการเดินทาง'],
    vi: ['lịch sử di chuyển', 'vị trí'],
    id: ['riwayat lokasi', 'jejak lokasi'],
    ar: ['سجل المواقع', 'تحركات'],
    ru: ['местонахождение', 'история перемещений'],
    tr: ['konum geçmişi'],
  },
  minor_under_14: {
    'zh-Hans': ['未满十四周岁', '不满14周岁', '儿童', '小学生', '幼儿'],
    'zh-Hant': ['兒童', '小學生', '未滿十四歲'],
    en: ['child aged', 'years old child', 'minor under 14', 'pupil'],
    th: ['เด็กอายุ', 'นักเรียนประถม'],
    vi: ['trẻ em', 'học sinh tiểu học'],
    id: ['anak berusia', 'siswa sd'],
    ar: ['طفل عمره', 'قاصر'],
    ru: ['ребёнок', 'ребенок', 'несовершеннолетн'],
    tr: ['çocuk', 'yaşındaki çocuk'],
  },
};
