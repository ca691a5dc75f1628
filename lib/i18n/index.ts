export { t, loadLanguage, registerCatalogue, type MessageKey, type MessageValues } from './t';
export {
  locale,
  setLocale,
  resolveLanguage,
  intlLocale,
  LANGUAGES,
  LANGUAGE_NAMES,
  type Language,
  type LanguageSetting,
  type Locale,
} from './locale';
export {
  formatDay,
  formatMonth,
  formatDateTime,
  formatTime,
  formatNumber,
  formatCurrency,
  formatBytes,
  formatList,
  formatRelativeDay,
} from './format';
