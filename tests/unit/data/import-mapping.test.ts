import { describe, expect, test } from 'vitest';
import {
  findHeaderRow,
  guessMapping,
  recordFromRow,
  type ImportField,
} from '../../../lib/model/csv-mapping';

/** The guessed field of each named column, leaving out the ignored ones. */
function guessed(header: string[]): Record<string, ImportField> {
  const mapping = guessMapping(header);
  return Object.fromEntries(
    header.flatMap((name, i) => (mapping[i] === 'ignore' ? [] : [[name, mapping[i]!]])),
  );
}

describe('guessing the column mapping from common exports', () => {
  test('Google Contacts (the older export)', () => {
    expect(
      guessed([
        'Name',
        'Given Name',
        'Family Name',
        'Nickname',
        'Organization 1 - Name',
        'Organization 1 - Title',
        'E-mail 1 - Type',
        'E-mail 1 - Value',
        'E-mail 2 - Value',
        'Phone 1 - Type',
        'Phone 1 - Value',
        'Website 1 - Value',
        'Notes',
      ]),
    ).toEqual({
      Name: 'person',
      'Given Name': 'givenName',
      'Family Name': 'familyName',
      'Organization 1 - Name': 'organisation',
      'Organization 1 - Title': 'role',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Website 1 - Value': 'website',
      Notes: 'notes',
    });
  });

  test('Google Contacts (the newer export)', () => {
    expect(
      guessed([
        'First Name',
        'Last Name',
        'Organization Name',
        'Organization Title',
        'E-mail 1 - Value',
      ]),
    ).toEqual({
      'First Name': 'givenName',
      'Last Name': 'familyName',
      'Organization Name': 'organisation',
      'Organization Title': 'role',
      'E-mail 1 - Value': 'email',
    });
  });

  test('Outlook', () => {
    expect(
      guessed([
        'First Name',
        'Middle Name',
        'Last Name',
        'Company',
        'Job Title',
        'Business Street',
        'Business Phone',
        'Mobile Phone',
        'E-mail Address',
        'E-mail 2 Address',
        'Web Page',
        'Categories',
      ]),
    ).toEqual({
      'First Name': 'givenName',
      'Last Name': 'familyName',
      Company: 'organisation',
      'Job Title': 'role',
      'Business Phone': 'phone',
      'Mobile Phone': 'phone',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'Web Page': 'website',
      Categories: 'tags',
    });
  });

  test('HubSpot companies and contacts', () => {
    expect(
      guessed(['Record ID', 'Company name', 'Company Domain Name', 'Phone Number', 'Website URL']),
    ).toEqual({
      'Company name': 'organisation',
      'Company Domain Name': 'website',
      'Phone Number': 'phone',
      'Website URL': 'website',
    });
    expect(guessed(['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name'])).toEqual({
      'First Name': 'givenName',
      'Last Name': 'familyName',
      Email: 'email',
      'Phone Number': 'phone',
      'Company Name': 'organisation',
    });
  });

  test('Twenty companies and people', () => {
    expect(guessed(['Id', 'Name', 'Domain Name / Primary Link Url', 'Employees'])).toEqual({
      Name: 'organisation',
      'Domain Name / Primary Link Url': 'website',
    });
    expect(
      guessed([
        'Name / First Name',
        'Name / Last Name',
        'Emails / Primary Email',
        'Phones / Primary Phone Number',
        'Job Title',
        'Company',
      ]),
    ).toEqual({
      'Name / First Name': 'givenName',
      'Name / Last Name': 'familyName',
      'Emails / Primary Email': 'email',
      'Phones / Primary Phone Number': 'phone',
      'Job Title': 'role',
      Company: 'organisation',
    });
  });

  test('a plain sheet, in English or Spanish', () => {
    expect(guessed(['Organisation', 'Contact', 'Email', 'Phone'])).toEqual({
      Organisation: 'organisation',
      Contact: 'person',
      Email: 'email',
      Phone: 'phone',
    });
    expect(guessed(['Organización', 'Contacto', 'Correo electrónico', 'Teléfono'])).toEqual({
      Organización: 'organisation',
      Contacto: 'person',
      'Correo electrónico': 'email',
      Teléfono: 'phone',
    });
  });

  test("Bridgework's own partner export reads back as partners", () => {
    expect(guessed(['Name', 'Kind', 'Website', 'Emails', 'Phones', 'Description', 'Tags'])).toEqual(
      {
        Name: 'organisation',
        Kind: 'kind',
        Website: 'website',
        Emails: 'email',
        Phones: 'phone',
        Description: 'description',
        Tags: 'tags',
      },
    );
  });
});

describe('the header row and what a row says', () => {
  test('a title line above the header is passed over', () => {
    const records = [
      ['Partner list 2025', '', ''],
      ['', '', ''],
      ['Organisation', 'Email', 'Phone'],
      ['Acme', 'a@acme.org', '555'],
    ];
    expect(findHeaderRow(records, 0)).toBe(2);
  });

  test('a sheet with no known column keeps its first filled row as the header', () => {
    expect(
      findHeaderRow(
        [
          ['', ''],
          ['Foo', 'Bar'],
          ['1', '2'],
        ],
        1,
      ),
    ).toBe(1);
  });

  test('several values in a cell, several columns of one field, and given + family names', () => {
    const record = recordFromRow(
      {
        rowNumber: 7,
        cells: [
          'Acme',
          'Ana',
          'Ruiz',
          'ana@acme.org ::: ana@home.example',
          'b@acme.org',
          "'+1 555 0100; 555 0101",
        ],
      },
      ['organisation', 'givenName', 'familyName', 'email', 'email', 'phone'],
    );
    expect(record).toMatchObject({
      rowNumber: 7,
      organisation: 'Acme',
      person: 'Ana Ruiz',
      emails: ['ana@acme.org', 'ana@home.example', 'b@acme.org'],
      phones: ['+1 555 0100', '555 0101'],
    });
  });
});
