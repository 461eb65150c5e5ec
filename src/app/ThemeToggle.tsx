import { t } from '../i18n';
import { useSettings } from '../store/settings';
import { useEffectiveTheme } from './theme';

/** Flips between light and dark; the choice is remembered (until then the system decides). */
export function ThemeToggle() {
  const theme = useEffectiveTheme();
  const setTheme = useSettings((s) => s.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => setTheme(next)}
      aria-label={t(next === 'dark' ? 'app.theme.toDark' : 'app.theme.toLight')}
      title={t(next === 'dark' ? 'app.theme.toDark' : 'app.theme.toLight')}
      data-theme-current={theme}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
