/** Digits and a leading + only: what a tel: link needs. */
export function telHref(phone: string): string {
  const extension = /(?:x|ext\.?)\s*(\d+)\s*$/i.exec(phone);
  const main = extension ? phone.slice(0, extension.index) : phone;
  const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return `tel:${digits}${extension ? `;ext=${extension[1]}` : ''}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}

/** "https://www.example.org/about" → "example.org/about", for display. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}
