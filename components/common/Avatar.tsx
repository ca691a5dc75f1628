import { useState } from 'preact/hooks';

interface Props {
  name: string;
  logo?: string | undefined;
  large?: boolean;
}

export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word[0] ?? ''));
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

/** A partner's logo, or its initials when there is none or it fails to load. */
export function Avatar({ name, logo, large }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  const showLogo = logo && failed !== logo;
  return (
    <span class={`avatar${large ? ' large' : ''}`} aria-hidden="true">
      {showLogo ? (
        <img
          src={logo}
          alt=""
          loading="lazy"
          referrerpolicy="no-referrer"
          onError={() => setFailed(logo)}
        />
      ) : (
        initials(name)
      )}
    </span>
  );
}
