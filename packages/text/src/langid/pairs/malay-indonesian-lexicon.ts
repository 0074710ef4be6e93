/**
 * More Malay (Dewan Bahasa dan Pustaka) vs Indonesian (Badan Bahasa) word
 * pairs, written by the Silkloom authors from the standard vocabulary of
 * each country: administration, commerce, transport, health, technology,
 * sport, religion and country names, the -i/-kan verb forms and the
 * connectives each standard prefers. Never extracted from evaluation data.
 * Format: see lexicon.ts (`word:weight`, `_` for a space).
 */

export const MORE_MALAY = `
juruterbang:3 jururawat:3 jurutera:3 jurugambar:3 juruteknik:3 jurucakap:3 jurujual:3 jurubahasa:3 juruaudit:3 jurulatih:3
dikenali:2.5 dikenal_pasti:3 mengenal_pasti:3 ditemui:1 menemui:2 dijumpai:2 menjumpai:2 berjaya:3 kejayaan:3 bermula:2.5 permulaan:2 tamat:1.5 menganjurkan:2.5 penganjur:3 anjuran:2.5 menjemput:2 jemputan:2
menyertai:2.5 mengetuai:3 memenangi:3 menewaskan:0.3 tewas:0 johan:3 naib_johan:3 pingat:3 gangsa:3 bola_sepak:3 kelab:3 sukan:3 olimpik:3 pelumba:3 perlumbaan:3 pusingan:3 separuh_akhir:3 suku_akhir:3 menjaringkan:3 jaringan_gol:2 markah:3 seri:0.3 gelanggang:2
dibina:3 membina:2.5 pembinaan:2.5 membangunkan:1.5 menggalakkan:3 galakan:3 membenarkan:2 dibenarkan:2.5 kebenaran:1.5 mengharamkan:2 memerlukan:0.5 keperluan:3 dijangka:3 menjangka:3 menjangkakan:3 dijadualkan:3 jadual:3 memaklumkan:3 dimaklumkan:3 menganggarkan:3 dianggarkan:3
mendedahkan:3 didedahkan:3 menyiasat:3 siasatan:3 penyiasat:3 mencadangkan:3 cadangan:1.5 dicadangkan:3 menyokong:3 sokongan:3 penyokong:3 menafikan:3 dinafikan:3 mengesahkan:0.7 disahkan:2 pengesahan:0.5 dipanggil:1.5 mendakwa:2.5 dakwaan:2 menghantar:3 dihantar:3 penghantaran:3
mengurangkan:3 membaiki:3 dibaiki:3 pembaikan:3 memperbaharui:2 menggantikan:0.5 menempah:3 tempahan:3 bertolak:2 berlepas:3 membolehkan:1.5 bersetuju:3 persetujuan:0.5 perbincangan:3 berbincang:2 mesyuarat:3 persidangan:1 bercakap:3 cakap:2 mencipta:2 ciptaan:2
berlaku:0.5 berlakunya:3 letupan:3 meletup:3 nahas:2.5 maut:1.5 tercedera:3 kecederaan:3 jangkitan:3 dijangkiti:3 wabak:3 rawatan:2.5 pembedahan:2 pakar_bedah:3 perubatan:3 ubat-ubatan:3 banduan:3 perlembagaan:3 jenayah:3
pertubuhan:3 persatuan:0.7 kesatuan:2 suruhanjaya:3 jawatankuasa:3 jawatan:2 pengerusi:3 naib:2 setiausaha:3 pengarah:3 pengurus:1.5 pengurusan:3 agensi:1.5 kakitangan:3 penjawat_awam:3 pihak_berkuasa:3 rasmi:3 secara_rasmi:3 parti:3 kempen:3 pilihan_raya:3 mengundi:3 pengundi:3
bantahan:2.5 perarakan:3 rusuhan:3 tunjuk_perasaan:3 keselamatan:1 leftenan:3 sarjan:3 mejar:3 komander:3 askar:2
cukai:3 belanjawan:3 pelaburan:3 pelabur:3 melabur:3 hutang:2 pasaran:1 perkhidmatan:3 khidmat:2 kemudahan:2 rangkaian:1.5 talian:3 dalam_talian:3 laman_web:3 perisian:3 emel:3 telefon_bimbit:3 skrin:3 butang:3 memuat_turun:3 memuat_naik:3 kata_laluan:3 akaun:3 peranti:3 isyarat:2.5
kilang:3 pengeluaran:1.5 mengeluarkan:0.5 lori:3 terowong:3 jambatan:3 bangunan:0.3 pangsapuri:3 lif:2 bilik:3 tandas:3 tingkap:3 beg:3 kasut:3 seluar:3 cermin_mata:3 lembu:3 tasik:3 lautan:0.7 angkasa_lepas:3 angkasawan:3 kos:2.5 percuma:3 diskaun:3 kad:3 kastam:3 farmasi:2 pasar_raya:3 membeli-belah:3 trafik:3 kesesakan:3 sesak:1 basikal:3 motosikal:3 petrol:3 stesen:3 keretapi:2 pengangkutan:3 kenderaan:3
kristian:3 krismas:3 istiadat:2 ibadat:2 perkahwinan:3 hari_jadi:3 pengebumian:3 warga_emas:3 ibu_bapa:3 adik-beradik:3 rakan:3 rakan-rakan:3 jiran:3 budak:2 warganegara:2
sentiasa:3 kerap:0.5 sukar:2.5 kesukaran:2.5 teruk:2.5 pantas:1 sesetengah:3 segelintir:2 sebilangan:2.5 bilangan:1.5 purata:3 kadar:2 tahap:1 peringkat:1 saiz:3 kaedah:3 perkara:2 senarai:3 disenaraikan:3 rekod:3 direkodkan:3 merekodkan:3 mencatatkan:2.5 matlamat:3 objektif:1.5 dasar:0.5 serantau:3 tempatan:2 datuk_bandar:3 gabenor:3
semalam:1.5 kelmarin:3 ahad:2 minit:3 separuh:1 bahagian:3 sebahagian:3 sebahagian_besar:3 mahupun:3 nampak:2 nampaknya:3 kelihatan:1.5 kenapa:1 bilakah:2 terutamanya:2 justeru:2 tambahan_pula:3 dalam_pada_itu:3 oleh_yang_demikian:3 namun_begitu:2.5 walau_bagaimanapun:3 sekiranya:2.5 berhubung:2 berkaitan:1 berkenaan:2 semula:2 sekali_gus:2
amerika_syarikat:3 syarikat:3 perancis:3 inggeris:3 jepun:3 sepanyol:3 itali:3 eropah:3 kemboja:3 maghribi:3 palestin:3 sweden:2 norway:2 poland:2 finland:2 ireland:2 scotland:2 switzerland:2 belgium:2 hungary:2 ukraine:2 croatia:2 brazil:2 mexico:2 colombia:2 syria:2 jordan:1 iraq:1.5 new_zealand:2 caribbean:2 mediterranean:2
ais:2 fizikal:3 praktikal:3 teknikal:3 kritikal:3 popular:2.5 sekular:2 dokumentari:3 kalendar:3 konsert:3 pasport:3 watak:2 mentol:3 episod:2 herbivor:2 karnivor:2
dahulu:0.3 betul:2 selalunya:2.5 kebanyakannya:2 mengandungi:3 bergantung:1 kumpulan:2 organisma:3 mekanisma:3 sebarang:2.5 cuma:1 awak:1 kod:2.5 gambar_rajah:3 rajah:2 kadangkala:2 sepertimana:2.5
seperti_mana:2.5 mula:1.5 memulakan:3 dimulakan:3 bertanggungjawab:2.5 tanggungjawab:2.5 imigresen:3 sempadan:2.5 lebuh_raya:3 rumah_tumpangan:2 gerai:1.5 faedah:2 lampu_isyarat:3 kad_kredit:3 bila:1
adakah:2 dekad:3 persekitaran:3 alam_sekitar:3 kitar_semula:3 bekalan:3 kewangan:3 jenama:3 selesema:3 kanser:3 senaman:3 bersenam:3 penjaga_gol:3 bola_keranjang:3 dewan_rakyat:3 ahli_parlimen:3
pembangkang:3 pentadbiran:3 kesatuan_sekerja:3 penunjuk_perasaan:3 keganasan:3 pengganas:3 terkorban:3 bomba:3 salji:3 samudera:1 padang_pasir:2 khinzir:3 kek:3 biskut:3 aiskrim:3 makan_tengah_hari:3
katil:3 tilam:3 almari:3 peti_sejuk:3 bilik_air:3 bumbung:3 had_laju:3 kelajuan:3 perlahan:2 cetek:3 hodoh:3 seronok:3 risau:2.5 bimbang:2 penat:3 letih:1.5 dahaga:3 balik:1 jumpa:1.5 berjumpa:2.5
berbual:3 menyanyi:1 tengok:2.5 merasai:3 patut:2 mesti:1.5 kepunyaan:2 kedua-dua:3 ketiga-tiga:3 kedua-duanya:3 betul-betul:2 lagipun:3 oleh_sebab_itu:2 sebab:1 kesan:2.5 kesannya:2.5 berkesan:3
keberkesanan:3 cekap:2.5 kecekapan:3 asas:2.5 berasaskan:3 tempoh:3 jangka_masa:2.5 terkini:2.5 terbaharu:3 tokong:3 solat:2.5 syurga:3 syaitan:3 lubnan:3 kaherah:3 baitulmaqdis:3 iceland:2 morocco:2
ethiopia:1.5 moscow:2
turut:0.5 berikutan:2.5 susulan:2.5 ekoran:3 seterusnya:1.5 hadapan:2 hendaklah:2 berpatutan:2.5 sekurang-kurangnya:2.5 menghidap:3 loya:3 jerebu:3 naik_taraf:3 kedutaan:0.5 dinasihatkan:2.5 menasihatkan:2 digalakkan:2.5 tumpuan:1.5 pelajar:0.5 murid:0.5 mengambil_kira:3 bekas:0.5 pautan:3 pelayar:1 muat_naik:3 muat_turun:3 warga_maya:3 netizen:1.5 badminton:2 peninju:2
`;

/**
 * Malay words and spellings that our own Malaysian text (own-text/ms.txt)
 * uses where our Indonesian text (own-text/id.txt) does not, kept only when
 * they are a known difference of the two standards (not a topic or a place
 * name), and everyday pairs the older lists lacked (rosak/rusak,
 * lapan/delapan, tarikh/tanggal, bernafas/bernapas). Each was checked
 * against the other variety's own text: a word that variety also writes in
 * ordinary prose got a small weight or none. Entries already in MORE_MALAY
 * keep that list's weight (this list comes first).
 */
export const MALAY_CHECKED_ON_OWN_TEXT = `
dewan_undangan:3
khabar:3 tahniah:3 sila:2.5 takziah:3 nafas:3 bernafas:3 pernafasan:3 beratur:3 merentasi:3 padang_pasir:2 ketibaan:3 melancong:3 haba:3 kemasukan:2 caj:3 tindak_balas:3 berlainan:2 zarah:3 kedengaran:1.5 membiak:3 pembiakan:2 bukannya:1.5 saintifik:3 perkataan:2.5 empayar:3 tuaian:2.5 menuai:1.5 pemansuhan:3 memansuhkan:3 perhambaan:3 hamba_abdi:3 greek:3 bermaksud:2.5 perhimpunan:2 cili:3 pasu:3 komputer_riba:3 padamkan:1.5 memadam:2 fail:2.5 kemas_kini:3 dikemas_kini:3 pengecas:3 mengecas:3 dicas:3 soket:3 pembaziran:3 membazir:3 gegaran:3 dihempap:3 beransur:3 berperingkat:3 temasya:3 parsi:3 ofsaid:3 garisan:3 jemaah_menteri:3
contohnya:1 antaranya:1 sememangnya:3 malahan:2 seketika:1.5 serta_merta:2 amnya:3 lazimnya:2.5 kebiasaannya:3 sudah_tentu:2 lebih_lebih:2 apatah_lagi:3 sehubungan_itu:2 selain_daripada:2 sebelum_ini:2 ketika_ini:2 buat_masa:2.5 tempoh_masa:3 tidak_lama_lagi:1
kerusi:3 pensel:3 pinggan:3 sudu:2 cawan:1 serbuk:2.5 kawan:1 bising:3 hantar:2.5 basuh:3 membasuh:3 tetamu:3 pentas:2 panggung_wayang:3 cikgu:3 arnab:3 katak:1 silap:2.5 kesilapan:2.5 laju:1.5 kabus:3 kelmarin:3 sesiapa:3 mana_mana:2.5 agaknya:1.5 mahukan:3 cubaan:3 percubaan:3 persediaan:0.5 kebolehan:2.5 keupayaan:3 berupaya:0 tanggungjawab:3 bertanggungjawab:3 kerjaya:3 kerani:3 penyelia:3 majikan:2.5 elaun:3 pencen:3 pesara:3 persaraan:2.5 ansuran:3 insurans:3 pampasan:3 saman:2 menyaman:3 pendakwa_raya:3 majistret:3 dipenjarakan:1.5 ikat_jamin:3 reman:3 direman:3
komen:3 membidas:3 bidasan:3 menyelar:3 kritikan:2 makluman:3 surat_khabar:3 rakaman:3 merakam:2.5 dirakam:2.5 merakamkan:3 jurukamera:3 juruvideo:3 pengarah_filem:3 sastera:3 sasterawan:3 kesusasteraan:3 kraf:3 kraftangan:3 keramaian:1.5 majlis_perkahwinan:3 resipi:3 perisa:3 masin:3
dalam_masa:2.5 mengambil_masa:3 buah_negara:2.5 sama_ada:3 ibu_negara:2.5 dalam_kalangan:3 bank_pusat:3 buat_kali:2 sekolah_rendah:3 kerja_kerja:2 pada_suku:1.5 lebih_daripada:0.7 kurang_daripada:0.7 terdiri_daripada:3 kerjasama:2 rm:3
rosak:3 merosakkan:3 kerosakan:3 sihat:3 lapan:3 kelapan:3 tarikh:3 bateri:3 biasiswa:3 peribadi:3 berbanding:3 mengelakkan:3 dielakkan:3 kebanyakan:0.7 paras:2 amaran:3 sekurang_kurangnya:1 kekal:2 mengekalkan:3 dikekalkan:3 dipercayai:2 menaiki:1.5 hujung:3 laluan:3 majlis:3 pergunungan:3 melepasi:2.5 berjuta:1.5 mencecah:3
menjejaskan:3 terjejas:3 tapak:2 menasihatkan:2 dinasihatkan:2.5 menggesa:3 digesa:3 fasa:3 peruntukan:2.5 diiktiraf:3 mengiktiraf:3 pengiktirafan:3 pelawat:2.5 serantau:3 rantau:2 kemudiannya:3 penganalisis:3 tropika:3 pandemik:3 strok:3 empangan:3 suspek:3 punca:2.5 berpunca:3 hidupan_liar:3 kemuncak:3 ketara:2.5
had:2 had_laju:3 lesen:3 pengeluar:2 gergasi:3 menyasarkan:3 sasaran:0.3 saiz:3 bersaiz:3 berkongsi:3 perkongsian:3 baja:1.5 berkurangan:3 rayuan:2 jangkaan:3 dijangkakan:3 mendapati:1.5 menjimatkan:3 penjimatan:3 ringgit:3 peniaga:2.5 bernilai:1 persekutuan:2 arkib:3 terhad:3 mengehadkan:3 dihadkan:3 pemuliharaan:3 penempatan:2 tertuduh:3 kakitangan_awam:1
sukarelawan:2.5 tinjauan:1.5 kaji_selidik:3 hektar:2 litar:3 kejohanan:3 layak:1.5 kelayakan:1 janakuasa:3 suria:3 arang_batu:3 selesema:3 pemberita:2 sidang_media:3 kenyataan_media:3 timbalan:3 naib_canselor:3 canselor:2 ketua_pengarah:3 ketua_pegawai_eksekutif:3 pengurus_besar:1
menambah_baik:3 penambahbaikan:3 memperkukuh:3 memperkukuhkan:3 mengukuhkan:2 kukuh:1.5 melaksanakan:1 pelaksanaan:0.5 susulan:2.5 berikutan:2.5 berhubung:2 mengenai:0.3 terkini:1.5 terbaharu:3 bahagian:2 sebahagian_besar:1 keseluruhan:1 ganda:1.5 dua_kali_ganda:3 jentera:3 balak:2.5 kenderaan_elektrik:1 pusat_pemindahan:3 pemindahan:1.5 warga_asing:1.5
`;

/** The same for Indonesian (own-text/id.txt against own-text/ms.txt). */
export const INDONESIAN_CHECKED_ON_OWN_TEXT = `
kabar:3 silakan:2.5 belasungkawa:3 napas:3 bernapas:3 pernapasan:3 kokoh:3 antre:3 antrean:3 mengantre:3 bepergian:3 memotret:2.5 pedesaan:2.5 dikenai:1.5 zat:1.5 ruang_hampa:3 partikel:2 berkembang_biak:2.5 bermigrasi:2.5 ilmiah:2 perbudakan:3 athena:3 cabai:3 laptop:2.5 cobalah:3 menghapus:1.5 dihapus:1.5 berkas:2.5 sistem_operasi:3 pengisi_daya:3 stopkontak:3 pemborosan:3 boros:2 guncangan:3 mengguncang:2.5 tertimpa:2 bertahap:2.5 diobati:3 mengobati:3 seluncur:3 ajang:3 persia:3 offside:2 gawang:2.5 dioperkan:3 mengoper:3 presidensial:3 diperbarui:2.5 memperbarui:2
sejenak:1.5 tentu_saja:1.5 terlebih_lagi:2 apalagi:2 meskipun_demikian:1.5 dewasa_ini:1.5 di_antaranya:1 memang:0.5 hendaknya:2 berwajib:3 selanjutnya:1 sebelumnya:0.5 adalah:0.5
kursi:3 pensil:3 piring:3 sendok:2 cangkir:2 bubuk:2.5 nasehat:1.5 teman:1 berisik:3 mengantar:1.5 diantar:1.5 tamu:3 kelinci:3 kodok:2 keliru:1.5 kekeliruan:2 siapa_pun:1.5 percobaan:3 persiapan:1 tanggung_jawab:2.5 bertanggung_jawab:2.5 karier:2 tunjangan:2.5 pensiun:3 pensiunan:3 tabungan:2 menabung:2 rekening:3 cicilan:3 angsuran:2 asuransi:3 kompensasi:2 gugatan:3 menggugat:2.5 digugat:2.5 jaksa:3 kejaksaan:3 dipenjara:1.5 vonis:3 divonis:3
mengomentari:3 komentar:2 rekaman:2.5 merekam:2.5 direkam:2.5 kamerawan:3 juru_kamera:2 sastra:3 sastrawan:3 kesusastraan:3 kerajinan:1.5 kerajinan_tangan:3 pergelaran:3 pagelaran:3 resepsi:2 hajatan:3 resep:2.5 bumbu:2 asin:3
lebih_dari:1.5 kurang_dari:1.5 dolar_as:3 terdiri_atas:3 terbentuk_dari:1.5 dalam_waktu:1.5 kerja_sama:2 suku_bunga:3 perguruan_tinggi:3 per_hari:1.5 keluar_sebagai:3 hujan_deras:2 dipakai:1 rp:3
rusak:3 merusak:3 kerusakan:3 sehat:3 delapan:3 kedelapan:3 tanggal:3 baterai:3 beasiswa:3 pribadi:3 dibandingkan:2 dibanding:2.5 menghindari:2 dihindari:2 sebagian_besar:1.5 setidaknya:1 sedikitnya:2 peringatan_dini:3 tetap:0.3 mempertahankan:1 ujung:3 jalur:2 rute:2.5 majelis:3 pegunungan:3 melampaui:2 jutaan:1 mencapai:0.3
terdampak:3 berdampak:2.5 dampak:1 menyarankan:1 mendesak:1 didesak:2 fase:3 alokasi:2.5 diakui:1 pengunjung:0.3 regional:2 analis:3 tropis:3 pandemi:3 bendungan:3 waduk:2.5 tersangka:2 penyebab:1.5 satwa:3 satwa_liar:3 ktt:3 signifikan:2
batas:2 batas_kecepatan:3 lisensi:2 produsen:3 raksasa:1 menargetkan:3 target:1 ukuran:1 berukuran:0.5 berbagi:3 pupuk:3 berkurang:1 banding:1.5 ekspektasi:3 diperkirakan:1.5 menemukan:0.5 menghemat:3 hemat:2.5 rupiah:3 pedagang:1 senilai:2 federal:1.5 arsip:3 terbatas:1.5 membatasi:2.5 dibatasi:2.5 konservasi:2 permukiman:3 terdakwa:3
relawan:3 survei:3 nasabah:3 hektare:3 sirkuit:3 turnamen:3 lolos:3 pembangkit:3 pembangkit_listrik:3 surya:2.5 batu_bara:3 flu:2.5 konferensi_pers:3 jumpa_pers:3 siaran_pers:3 wakil:1.5 rektor:3 direktur_jenderal:3 dirjen:3 direktur_utama:3 dirut:3
membenahi:3 pembenahan:3 memperkuat:2 menguat:2 menerapkan:2.5 penerapan:2.5 menyusul:2 terkait:2 terbaru:2.5 sebagian:3 kali_lipat:3 dua_kali_lipat:3 alat_berat:3 kayu_gelondongan:3 pengungsian:2.5 posko:3 mengungsi:2 warga_negara_asing:2 wna:3 wni:3
meraih:1.5 menggelar:3 digelar:1 dinilai:2 menilai:1 konsumsi:2.5 mengonsumsi:3 dini:1.5 bakteri:3 kondisi:2 timnas:3 triliun:3 mancanegara:3 kuartal:3 stadion:3 final:1.5 spesialis:3 meluncurkan:2 diluncurkan:2 ojek:3 banjir_bandang:3 mudik:3 lebaran:3 mengeluhkan:3 pelatihan:3 menyebutkan:2 curah_hujan:3 vulkanik:3 emisi:3 artifisial:3 ternyata:1.5 berkapasitas:3 pengendara:3 atmosfer:3 wib:3 puskesmas:3 tari:1.5 panen:2.5 lainnya:1.5 asal:0.5 pekan:2 sepekan:3 pekan_lalu:3 akhir_pekan:3
`;

export const MORE_INDONESIAN = `
dikenal:2 diidentifikasi:3 mengidentifikasi:3 ditemukan:2 menemukan:2 berhasil:3 keberhasilan:3 kesuksesan:2 dimulai:2 menyelenggarakan:3 penyelenggara:3 diselenggarakan:3 mengundang:2 undangan:2
bergabung:1.5 memimpin:1 memenangkan:3 mengalahkan:3 juara:0.3 medali:3 perunggu:3 sepak_bola:3 klub:3 olahraga:3 olahragawan:3 olimpiade:3 pembalap:3 balapan:3 babak:1.5 semifinal:2 perempat_final:3 mencetak:1 poin:2 imbang:2
dibangun:2.5 membangun:1 pembangunan:1 mengembangkan:1 pengembangan:1 mendorong:1 mengizinkan:3 diizinkan:3 izin:0.7 membutuhkan:3 kebutuhan:3 dibutuhkan:3 diperkirakan:3 memperkirakan:3 dijadwalkan:3 jadwal:3 diharapkan:0.5
mengungkapkan:3 diungkapkan:3 mengungkap:3 menyelidiki:3 penyelidikan:2 investigasi:3 mengusulkan:3 usulan:3 diusulkan:3 menyarankan:2.5 saran:2 mendukung:3 dukungan:3 pendukung:3 membantah:0.3 menyangkal:2.5 mengonfirmasi:3 dikonfirmasi:3 disebut:1 mengklaim:3 diklaim:3 klaim:2.5 mengirim:2.5 mengirimkan:3 dikirim:3 pengiriman:3
mengurangi:3 memperbaiki:3 diperbaiki:3 perbaikan:3 memperbarui:3 diperbarui:3 mengganti:2 memesan:3 pemesanan:3 reservasi:3 berangkat:2.5 keberangkatan:3 memungkinkan:3 menyetujui:3 disetujui:3 kesepakatan:3 pembicaraan:3 berbicara:2.5 bicara:2 rapat:1.5 konferensi:3 menciptakan:2 diciptakan:2
terjadi:1 terjadinya:1 ledakan:3 meledak:3 terluka:3 luka-luka:2 infeksi:2.5 terinfeksi:3 wabah:3 pengobatan:2.5 perawatan:1.5 kedokteran:3 narapidana:3 konstitusi:3 undang_dasar:3 kriminal:2 kejahatan:3
organisasi:0.5 asosiasi:2.5 perkumpulan:2.5 serikat:3 komisi:3 komite:3 panitia:3 jabatan:1 ketua_umum:3 wakil_presiden:2 sekretaris:3 direktur:3 manajer:3 manajemen:3 lembaga:0.3 karyawan:3 pegawai_negeri:3 pihak_berwenang:3 berwenang:3 resmi:3 secara_resmi:3 partai:3 kampanye:3 pemilu:3 pemilihan_umum:3 pemilih:2
protes:2 pawai:3 kerusuhan:3 unjuk_rasa:3 keamanan:1 letnan:3 sersan:3 mayor:2 komandan:3 prajurit:2.5 milisi:3
pajak:3 anggaran:1.5 investasi:3 investor:3 berinvestasi:3 utang:3 pasar:0.5 layanan:3 jasa:1.5 fasilitas:3 jaringan:1 daring:3 situs:3 situs_web:3 perangkat_lunak:3 surel:3 ponsel:3 telepon_genggam:3 layar:3 tombol:3 mengunduh:3 diunduh:3 mengunggah:3 kata_sandi:3 akun:3 perangkat:3 sinyal:3
pabrik:3 produksi:2.5 memproduksi:3 diproduksi:3 truk:3 terowongan:3 jembatan:3 gedung:2.5 apartemen:3 lantai:1.5 kamar:2.5 toilet:2 jendela:2.5 tas:2 sepatu:3 celana:3 kacamata:3 sapi:3 danau:3 samudra:3 antariksa:3 antariksawan:3 astronaut:1.5 biaya:3 ongkos:3 gratis:3 diskon:3 kartu:3 bea_cukai:3 apotek:3 belanja:1 berbelanja:3  kemacetan:3 macet:3 sepeda:3 sepeda_motor:3 bensin:3 stasiun:3 transportasi:3 angkutan:3 kendaraan:3
kristen:3 natal:3 paskah:3 ibadah:2 pernikahan:3 menikah:3 ulang_tahun:3 pemakaman:3 lansia:3 orang_tua:1 saudara_kandung:3 rekan:3 rekan-rekan:3 tetangga:3 warga_negara:2
senantiasa:2 sulit:2.5 kesulitan:2.5 buruk:1 sebagian:3 sebagian_besar:3 rata-rata:3 tingkat:2 ukuran:1 metode:2.5 hal:0.5 daftar:3 didaftarkan:2 rekor:3 dicatat:2.5 mencatat:1.5 tujuan:1 kebijakan:3 regional:2 lokal:1.5 setempat:0.5 wali_kota:3 walikota:3 gubernur:3 bupati:3 kabupaten:3 kecamatan:3 kelurahan:3 provinsi:3
kemarin:3 minggu_lalu:2 menit:3 detik:2.5 setengah:1.5 bagian:3 maupun:3 tampak:2 tampaknya:3 terlihat:2 kapan:3 terutama:0.5 yakni:2 misalnya:1 tentunya:2 selain_itu:0.5 dengan_demikian:2 oleh_karena_itu:3 namun_demikian:2 meskipun:2 meski:2 padahal:2 jika:0.5 seandainya:2 terkait:2.5 kembali:0.5 sekaligus:2 saat:1.5 saat_ini:2 pada_saat:2
amerika_serikat:3 serikat:1 prancis:3 inggris:3 jepang:3 spanyol:3 italia:3 eropa:3 kamboja:3 maroko:3 palestina:3 tiongkok:3 swedia:3 norwegia:3 polandia:3 finlandia:3 irlandia:3 skotlandia:3 swiss:2 belgia:3 hungaria:3 ukraina:3 kroasia:3 brasil:2 meksiko:3 kolombia:3 suriah:3 yordania:3 irak:2 selandia_baru:3 karibia:3 mediterania:3 britania_raya:3
es:1.5 fisik:2.5 praktis:2 teknis:3 kritis:2 otomatis:3 populer:3 sekuler:3 dokumenter:3 kalender:3 konser:3 paspor:3 karakter:1 bola_lampu:3 episode:2 persegi:2 pilot:1.5 lewat:1 melewati:2
tergantung:1 mengandung:1.5 kelompok:2 organisme:3 mekanisme:3 apa_pun:1.5 kode:3 pusat_perbelanjaan:3 mulai:0.5 memulai:3 ikut_serta:2 berpartisipasi:2.5 bertanggung_jawab:3 tanggung_jawab:3
imigrasi:2.5 perbatasan:3 jalan_tol:3 lalu_lintas:3 maskapai:3 losmen:3 warung:2 pasar_swalayan:3 swalayan:3 kartu_kredit:3 perkebunan:1.5 apakah:1 dekade:3 lingkungan:2 polusi:2 daur_ulang:3
pasokan:3 keuangan:3 merek:3 kakek:3 pilek:3 kanker:3 berolahraga:3 penjaga_gawang:3 kiper:3 bola_basket:3 sidang:0.3 dpr:2 oposisi:3 kandidat:1.5 administrasi:2 departemen:3 dinas:2 serikat_pekerja:3
demonstrasi:1.5 pengunjuk_rasa:3 demonstran:3 kekerasan:3 teroris:2.5 serdadu:3 angkatan_bersenjata:2 pemadam_kebakaran:3 salju:3 luar_angkasa:3 kue:3 biskuit:3 es_krim:3 cokelat:2 makan_siang:3
tempat_tidur:3 ranjang:2 kasur:3 lemari:3 kulkas:3 kamar_kecil:2 kamar_mandi:3 atap:2.5 lift:2 gang:1.5 batas_kecepatan:3 kecepatan:2 pelan:0 dangkal:3 jelek:3 khawatir:2.5 lelah:2 capek:3 haus:3
ketemu:2.5 mengobrol:3 ngobrol:3 bernyanyi:2.5 harus:1 enggak:3 nggak:3 keduanya:1 sejumlah:2 lagipula:2 efektif:2 efektivitas:3 efisien:2 efisiensi:3 mendasar:2 berbasis:3 periode:2.5 jangka_waktu:2
salat:3 shalat:3 ramadhan:2 surga:3 setan:3 alkitab:2 kairo:3 yerusalem:3 islandia:3 vatikan:3 ceko:3 cile:3 kuba:2 jamaika:3 etiopia:3 maladewa:3 moskwa:3 arktik:2
menyusul:2 bulan_depan:2 tahun_depan:2 minggu_depan:2 setidaknya:2 menderita:0.5 mual:2.5 kabut_asap:3 renovasi:2.5 kedutaan_besar:1 disarankan:1 diimbau:3 mengimbau:3 imbauan:3 terjangkau:2 mahasiswa:1.5 siswa:2 bangsal:1 sutradara:3 mantan:3 memperhitungkan:2 ketimbang:3 lantaran:1 berkat:1.5 merilis:3 rilis:3 diunggah:3 unggah:3 unduh:3 tautan:3 peramban:3 gawai:2 luring:3 warganet:3 pebulu_tangkis:3 bulu_tangkis:3 pesepak_bola:3 pebalap:3 petinju:2 petenis:3 pegolf:3
`;
