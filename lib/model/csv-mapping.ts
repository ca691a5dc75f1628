import { restoreCell } from './csv-cells';
import type { CsvTable } from './csv-table';
import { emptyRecord, type ImportRecord } from './import-record';

/**
 * Which column of a CSV file holds what: guessed from the column names that common exports use
 * (Google Contacts, Outlook, HubSpot, Twenty, Bridgework's own exports, a plain "Organisation,
 * Contact, Email, Phone" sheet), then shown to the person importing, who may change any of it.
 */

export const IMPORT_FIELDS = [
  'ignore',
  'organisation',
  'website',
  'kind',
  'description',
  'tags',
  'person',
  'givenName',
  'familyName',
  'role',
  'email',
  'phone',
  'notes',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One field per column, in column order. */
export type ColumnMapping = ImportField[];

/** A column name without case, accents, spaces or punctuation: "E-mail 1 - Value" → "email1value". */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const ALIASES: [ImportField, RegExp][] = [
  [
    'organisation',
    /^(organi[sz]ation|org|company|companyname|organi[sz]ation\d*name|organi[sz]ationname|employer|account|accountname|partner|partnername|socio|organizacion|empresa|institution)$/,
  ],
  [
    'website',
    /^(website|websites?\d*value|web|webpage|businesswebpage|url|websiteurl|site|homepage|domain|domainname|companydomainname|domainnameprimarylinkurl|sitioweb)$/,
  ],
  ['kind', /^(kind|type|partnerkind|partnertype|tipo)$/],
  ['description', /^(description|about|companydescription|descripcion)$/],
  ['tags', /^(tags?|keywords|categories|etiquetas)$/],
  ['person', /^(contact|contactname|contactperson|person|fullname|displayname|contacto)$/],
  ['givenName', /^(givenname|firstname|namefirstname|nombre)$/],
  ['familyName', /^(familyname|lastname|surname|namelastname|apellidos?)$/],
  ['role', /^(jobtitle|title|role|position|organi[sz]ation\d*title|organi[sz]ationtitle|cargo)$/],
  [
    'email',
    /^(e?mails?|emailaddress|emails?\d*(value|address)|emailsprimaryemail|(work|business|home|other)email|correo|correoelectronico)$/,
  ],
  [
    'phone',
    /^(phones?|phonenumber|telephone|tel|mobile|mobilephone|(business|home|work|other|company)phone\d*|phones?\d*value|phonesprimaryphonenumber|telefono)$/,
  ],
  ['notes', /^(notes?|comments?|notas)$/],
];

function aliasOf(name: string): ImportField {
  const key = headerKey(name);
  if (!key) return 'ignore';
  for (const [field, pattern] of ALIASES) if (pattern.test(key)) return field;
  return 'ignore';
}

/**
 * The guessed field of each column. A bare "Name" is the person's when another column names the
 * organisation (Google Contacts, Outlook; a full name wins over given and family names), and the
 * organisation's otherwise (Twenty's and our own partner exports).
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const fields = header.map(aliasOf);
  const hasOrganisation = fields.includes('organisation');
  return header.map((name, i) => {
    if (fields[i] !== 'ignore') return fields[i]!;
    if (headerKey(name) !== 'name') return 'ignore';
    return hasOrganisation ? 'person' : 'organisation';
  });
}

/**
 * The header record among the first ten: the one whose cells name the most known fields (a
 * title line or two above the header is common in hand-made sheets), or the first filled one.
 */
export function findHeaderRow(records: readonly string[][], firstFilled: number): number {
  let best = firstFilled;
  let bestScore = 0;
  for (let i = firstFilled; i < Math.min(records.length, firstFilled + 10); i++) {
    const score = guessMapping(records[i]!).filter((field) => field !== 'ignore').length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Values of one cell: Google joins several with " ::: ", others with ";" or line breaks. */
function splitValues(cell: string, alsoComma: boolean): string[] {
  const separator = alsoComma ? /\s*(?::::|;|,|\r?\n)\s*/ : /\s*(?::::|;|\r?\n)\s*/;
  return cell
    .split(separator)
    .map((value) => value.trim())
    .filter(Boolean);
}

function joined(first: string, second: string, separator = ' '): string {
  return first && second ? `${first}${separator}${second}` : first || second;
}

/** What one row says under `mapping`. */
export function recordFromRow(
  row: { rowNumber: number; cells: readonly string[] },
  mapping: ColumnMapping,
): ImportRecord {
  const record = emptyRecord(row.rowNumber);
  let given = '';
  let family = '';
  mapping.forEach((field, column) => {
    const cell = restoreCell(row.cells[column] ?? '').trim();
    if (!cell || field === 'ignore') return;
    switch (field) {
      case 'email':
        record.emails.push(...splitValues(cell, true));
        break;
      case 'phone':
        record.phones.push(...splitValues(cell, false));
        break;
      case 'tags':
        record.tags.push(...splitValues(cell, true));
        break;
      case 'givenName':
        given = joined(given, cell);
        break;
      case 'familyName':
        family = joined(family, cell);
        break;
      case 'notes':
      case 'description':
        record[field] = joined(record[field], cell, '\n');
        break;
      default:
        if (!record[field]) record[field] = cell;
    }
  });
  if (!record.person) record.person = joined(given, family);
  return record;
}

export function recordsFromTable(table: CsvTable, mapping: ColumnMapping): ImportRecord[] {
  return table.rows.map((row) => recordFromRow(row, mapping));
}
