import { createContext, useContext, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES modules: the CommonJS `antd/locale/*` default-imports as `{ default: … }` in this ESM package,
// which left antd's own strings (date picker placeholders, empty tables, pagination) in English.
import antZhCN from 'antd/es/locale/zh_CN';
import antEnUS from 'antd/es/locale/en_US';
import { savedLanguage, setLanguage, type Language } from './index';

const LanguageContext = createContext<{ language: Language; change(l: Language): void }>({ language: 'zh-CN', change: () => undefined });

export const useLanguage = () => useContext(LanguageContext);

/** Ant Design's locale and ours switch together, and the choice is remembered in this browser. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(savedLanguage());
  const change = (next: Language) => {
    void setLanguage(next);
    setState(next);
  };
  return (
    <LanguageContext.Provider value={{ language, change }}>
      <ConfigProvider locale={language === 'zh-CN' ? antZhCN : antEnUS} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}
