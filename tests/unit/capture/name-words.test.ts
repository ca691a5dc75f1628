/** One reading of a name's words, initials, key and bare form for every rule that compares names. */
import { describe, expect, it } from 'vitest';
import {
  bareName,
  brandWord,
  nameInitials,
  nameKey,
  nameWords,
} from '../../../lib/capture/name-words';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { relatedNames } from '../../../lib/capture/related-names';
import { handleNamesSubject } from '../../../lib/capture/subject-accounts';

describe('nameWords', () => {
  it('folds case and accents and splits at anything not a letter or digit', () => {
    expect(nameWords('École Sainte-Thérèse')).toEqual(['ecole', 'sainte', 'therese']);
    expect(nameWords('Kulturverein Zürich 1898')).toEqual(['kulturverein', 'zurich', '1898']);
  });

  it('keeps only distinctive words: four letters or more, no stop words', () => {
    expect(nameWords('The Oak and Ivy Club')).toEqual([]);
    expect(nameWords('Harbour Books Shop with Friends')).toEqual(['harbour', 'books', 'friends']);
    expect(nameWords('Lantern Theatre Company Limited')).toEqual(['lantern', 'theatre']);
    expect(nameWords('Night Ticket presents Moonfall')).toEqual(['night', 'ticket', 'moonfall']);
  });

  it('drops the words a title or handle wraps a name in', () => {
    expect(nameWords('Welcome to Harbour Books')).toEqual(['harbour', 'books']);
    expect(nameWords('Meadow Home Official')).toEqual(['meadow']);
  });

  it('keeps letters of other scripts', () => {
    expect(nameWords('Библиотека Пушкина')).toEqual(['библиотека', 'пушкина']);
  });
});

describe('brandWord', () => {
  it('is the first distinctive word of five letters or more', () => {
    expect(brandWord('The Anchor Hotel')).toBe('anchor');
    expect(brandWord('Oak Literacy Trust')).toBe('literacy');
    expect(brandWord('Welcome to Ørsted Park')).toBe('ørsted');
    expect(brandWord('Official Group Store')).toBeUndefined();
  });

  it('folds accents', () => {
    expect(brandWord('Théâtre du Soleil')).toBe('theatre');
  });
});

describe('nameKey', () => {
  it('is every folded word, one space apart', () => {
    expect(nameKey('Café & Co.')).toBe('cafe co');
    expect(nameKey('  The Oak—and Ivy  ')).toBe('the oak and ivy');
  });
});

describe('nameInitials', () => {
  it('takes every word, folded', () => {
    expect(nameInitials('Valley United Soccer Club')).toBe('vusc');
    expect(nameInitials('École Normale de Musique')).toBe('endm');
  });
});

describe('bareName', () => {
  it('drops a leading article and a trailing legal form', () => {
    expect(bareName('The Night Ticket Ltd')).toBe('Night Ticket');
    expect(bareName('Kleinkunst GmbH')).toBe('Kleinkunst');
    expect(bareName('Theatre of the Hills')).toBe('Theatre of the Hills');
  });
});

describe('the three readers agree', () => {
  it('relates names across accents, as handles are written', () => {
    expect(relatedNames('Bibliothèque Lénine', 'Lenine Library')).toBe(true);
    expect(relatedNames('ÉMA', 'École Musicale Annecy')).toBe(true);
  });

  it('a shared stop word relates no one, in names and in handles', () => {
    expect(relatedNames('Harbour Shop', 'Meadow Shop')).toBe(false);
    expect(relatedNames('Lantern Company', 'Orchard Company')).toBe(false);
    expect(
      handleNamesSubject(
        'https://www.instagram.com/theshopcompany',
        'Meadow Shop Company',
        undefined,
        'www.marketplace.example',
      ),
    ).toBe(false);
  });

  it("a story's share image whose alt shares only a stop word with the site is not the site's logo", () => {
    const story = (alt: string): string =>
      `<!doctype html><html lang="en"><head><title>Regatta day – Harbour Rowing Club</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Rowing Club">
      <meta property="og:image" content="https://www.hrc-rowing.example/media/share-logo.png">
      <meta property="og:image:alt" content="${alt}"></head><body>
      <header><a href="/" class="brand">Harbour Rowing Club</a></header>
      <main><article><h1>Regatta day</h1><p>Crews from along the coast.</p></article></main></body></html>`;
    const url = 'https://www.hrc-rowing.example/news/regatta/';
    expect(extractFromHtml(story('Riverside Club logo'), url).logo).toBeUndefined();
    expect(extractFromHtml(story('Harbour Rowing logo'), url).logo).toBe(
      'https://www.hrc-rowing.example/media/share-logo.png',
    );
  });

  it("a header image whose alt is the site's name with its accents is its logo", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Programme – Theatre Ecarlate</title>
      <meta property="og:site_name" content="Theatre Ecarlate"></head><body>
      <header><img src="/img/bandeau.png" alt="Théâtre Écarlate"></header>
      <main><h1>Programme</h1><p>La saison.</p></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.scene-rouge.example/programme/').logo).toBe(
      'https://www.scene-rouge.example/img/bandeau.png',
    );
  });

  it("a logo's alt spelling the domain with German transliteration is not someone else's", () => {
    // the domain is compared with the alt as written (ä → ae), not with its folded key
    const html = `<!doctype html><html lang="de"><head><title>Kontakt – Backstube am Markt</title>
      <meta property="og:site_name" content="Backstube am Markt"></head><body>
      <header><a href="/">Backstube am Markt</a></header>
      <main><h1>Kontakt</h1><p>Markt 3</p></main>
      <footer><img src="/img/mb.png" alt="Müller Bäckerei Logo"></footer></body></html>`;
    expect(extractFromHtml(html, 'https://www.muellerbaeckerei.example/kontakt/').logo).toBe(
      'https://www.muellerbaeckerei.example/img/mb.png',
    );
  });

  it('a handle with a folded word of the subject names it', () => {
    expect(
      handleNamesSubject(
        'https://www.instagram.com/zurichkulturverein',
        'Kulturverein Zürich',
        undefined,
        'www.tickets.example',
      ),
    ).toBe(true);
  });
});
