import { createContext, createSignal, useContext, type Accessor } from 'solid-js';
import type { ThemeSetting } from '../storage';
import type { Services } from './services';

export interface ThemeControl {
  value: Accessor<ThemeSetting>;
  set(value: ThemeSetting): Promise<void>;
}

/** Reads the stored theme, applies it to <html data-theme>, and writes changes back. */
export function createTheme(services: Services): ThemeControl {
  const [value, setValue] = createSignal<ThemeSetting>('system');
  const apply = (t: ThemeSetting) => {
    setValue(t);
    document.documentElement.dataset.theme = t;
  };
  void services.settings.get<ThemeSetting>('theme', 'system').then(apply);
  return {
    value,
    async set(t) {
      apply(t);
      await services.settings.set('theme', t);
    },
  };
}

export const ThemeContext = createContext<ThemeControl>();

export function useTheme(): ThemeControl {
  const t = useContext(ThemeContext);
  if (!t) throw new Error('useTheme() outside <ThemeContext.Provider>');
  return t;
}
