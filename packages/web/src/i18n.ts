/**
 * UI strings in Simplified Chinese and English (i18next). Every string lives in
 * locales/{zh-Hans,en}.json; a test checks both files have the same keys. The
 * choice is remembered in localStorage; the first visit follows the browser
 * (Chinese for zh-*, English otherwise). `<html lang>` follows the choice.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';

export const UI_LANGUAGES = [
  { tag: 'zh-Hans', label: '简体中文' },
  { tag: 'en', label: 'English' },
] as const;

const STORAGE_KEY = 'silkloom.uiLang';

function initialLanguage(): string {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && UI_LANGUAGES.some((l) => l.tag === saved)) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

export function setUiLanguage(tag: string): void {
  localStorage.setItem(STORAGE_KEY, tag);
  void i18n.changeLanguage(tag);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

await i18n.use(initReactI18next).init({
  resources: { 'zh-Hans': { translation: zhHans }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
