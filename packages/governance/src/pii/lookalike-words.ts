/**
 * Words that announce a number which only looks like an identifier: order and
 * tracking numbers, invoices, ISBNs, prices, versions, timestamps. When the
 * nearest cue before a numeric match is one of these (and not a context word
 * of the recogniser), the match is dropped. Per language, as the context words.
 */
import type { WordsByLang } from './types.ts';

export const LOOKALIKE_WORDS: WordsByLang = {
  'zh-Hans': ['订单', '订单号', '单号', '运单', '快递', '发票', '流水号', '批号', '序列号', '型号', '条码', '书号', 'isbn', '价格', '售价', '金额', '总价', '版本', '时间戳', '编号为', '合同号', '工单', '产品编号', '商品编码', '货号'],
  'zh-Hant': ['訂單', '訂單號', '單號', '發票', '序號', '價格', '金額', '版本', '時間戳', '書號', '合約號'],
  'yue-Hant': ['單號', '訂單', '價錢', '版本'],
  en: ['order', 'invoice', 'tracking', 'isbn', 'price', 'amount', 'total', 'version', 'timestamp', 'serial', 'sku', 'ref.', 'reference', 'batch', 'lot', 'model', 'ticket', 'booking', 'transaction', 'receipt', 'build', 'release', 'epoch', 'doi'],
  id: ['kode produk', 'pesanan', 'nomor pesanan', 'faktur', 'harga', 'versi', 'resi', 'nomor resi', 'transaksi'],
  ms: ['pesanan', 'invois', 'harga', 'versi', 'resit', 'transaksi'],
  vi: ['mã hàng', 'mã sản phẩm', 'đơn hàng', 'mã đơn', 'hóa đơn', 'giá', 'phiên bản', 'mã vận đơn', 'giao dịch'],
  th: ['รหัสสินค้า', 'รหัสไปรษณีย์', 'คำสั่งซื้อ', 'เลขที่คำสั่งซื้อ', 'ใบแจ้งหนี้', 'ราคา', 'เวอร์ชัน', 'พัสดุ', 'เลขพัสดุ', 'ใบเสร็จ'],
  km: ['ការបញ្ជាទិញ', 'វិក្កយបត្រ', 'តម្លៃ', 'កំណែ'],
  lo: ['ຄໍາສັ່ງຊື້', 'ໃບແຈ້ງໜີ້', 'ລາຄາ', 'ເວີຊັນ'],
  my: ['အော်ဒါ', 'ငွေတောင်းခံလွှာ', 'စျေးနှုန်း', 'ဗားရှင်း'],
  fil: ['order', 'resibo', 'presyo', 'bersyon'],
  ar: ['رقم الطلب', 'الطلب', 'فاتورة', 'الفاتورة', 'سعر', 'السعر', 'الإصدار', 'إصدار', 'شحنة', 'رقم التتبع', 'المبلغ'],
  fa: ['سفارش', 'فاکتور', 'قیمت', 'نسخه', 'کد رهگیری', 'مبلغ'],
  'fa-AF': ['سفارش', 'قیمت', 'نسخه'],
  ur: ['آرڈر', 'انوائس', 'قیمت', 'ورژن', 'رسید'],
  ps: ['فرمایش', 'بیه', 'نسخه'],
  ru: ['заказ', 'накладная', 'цена', 'стоимость', 'версия', 'трек', 'артикул', 'квитанция', 'сумма', 'чек'],
  kk: ['тапсырыс', 'баға', 'нұсқа', 'түбіртек'],
  uz: ['buyurtma', 'narx', 'versiya', 'chek'],
  tr: ['sipariş', 'fatura', 'fiyat', 'sürüm', 'kargo', 'takip no', 'tutar', 'fiş'],
  sw: ['oda', 'ankara', 'bei', 'toleo', 'risiti'],
  ha: ['oda', 'farashi', 'rasit'],
  am: ['ትዕዛዝ', 'ዋጋ', 'ስሪት', 'ደረሰኝ'],
  hi: ['ऑर्डर', 'चालान', 'कीमत', 'मूल्य', 'संस्करण', 'रसीद'],
  bn: ['অর্ডার', 'চালান', 'দাম', 'সংস্করণ', 'রসিদ'],
  ne: ['अर्डर', 'बिल', 'मूल्य', 'संस्करण', 'रसिद'],
  si: ['ඇණවුම', 'ඉන්වොයිසිය', 'මිල', 'අනුවාදය'],
  mn: ['захиалга', 'нэхэмжлэх', 'үнэ', 'хувилбар', 'баримт'],
};

/** Currency signs and codes that make an adjacent number a price. */
export const CURRENCY_BEFORE = /(?:[$¥€£₹₺₸₽฿₫₱₦৳₨﷼]|\b(?:rmb|cny|usd|eur|hkd|sgd|myr|rm|rp|idr|vnd|thb|sar|aed|egp|try|tl|kzt|rub|pkr|inr|uzs|ngn|kes)|руб\.?|ريال|درهم|جنيه)\s?$/i;
export const CURRENCY_AFTER = /^\s?(?:元|块|圓|円|萬|万元|บาท|đồng|đ|₫|руб|₽|тенге|₸|сум|lira|tl|₺|ريال|درهم|جنيه|ringgit|rupiah|baht|dollars?|usd|eur|rmb|yuan|som|so'm|naira|shilingi|taka|টাকা|रुपये|rupees?)/i;
