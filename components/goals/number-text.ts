import { formatNumber, intlLocale, t } from '../../lib/i18n';

/**
 * Numbers typed into and shown by the goal forms, in the interface language. Parsing accepts
 * both decimal marks, since bilingual staff type either: a mark that appears once is a decimal
 * mark unless it is not the language's own and is followed by exactly three digits (then it
 * groups thousands, "1.200" in Spanish, "1,200" in English); when both appear, the last one is
 * the decimal mark.
 */

function decimalMark(): string {
  const part = new Intl.NumberFormat(intlLocale())
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/** A number as typed ("1,200", "12,5", "12.5"); blank is undefined, anything else NaN. */
export function parseNumber(text: string): number | undefined {
  const clean = text.replace(/[\s_\u00a0\u202f']/g, '');
  if (!clean) return undefined;
  const lastDot = clean.lastIndexOf('.');
  const lastComma = clean.lastIndexOf(',');
  let decimal: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const count = clean.split(mark).length - 1;
    const groupsOfThree = /^\d{3}$/.test(clean.slice(clean.lastIndexOf(mark) + 1));
    decimal = count === 1 && (mark === decimalMark() || !groupsOfThree) ? mark : null;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : /[.,]/g;
  const normal = clean.replaceAll(group, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return NaN;
  const value = Number(normal);
  return Number.isFinite(value) ? value : NaN;
}

/** A number for an input's initial text: the language's decimal mark, no grouping. */
export function numberInputText(value: number | undefined): string {
  if (value === undefined) return '';
  return new Intl.NumberFormat(intlLocale(), {
    useGrouping: false,
    maximumFractionDigits: 10,
  }).format(value);
}

/** A value with the goal's unit: "42%", "120 families"; the unit is shown as people typed it. */
export function withUnit(value: number, unit: string | undefined): string {
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === '%'
    ? t('goals.metric.percentValue', { value: number })
    : t('goals.metric.valueWithUnit', { value: number, unit });
}
