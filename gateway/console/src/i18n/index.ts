import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { enUS, zhCN } from './resources';

export type Language = 'zh-CN' | 'en-US';
const STORAGE_KEY = 'shouhou.language';

export function savedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
}

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
dayjs.locale(savedLanguage() === 'zh-CN' ? 'zh-cn' : 'en');
document.documentElement.lang = savedLanguage();

export default i18n;
