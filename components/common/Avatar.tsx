import { useState } from 'preact/hooks';
import { organisationInitials } from './initials';

interface Props {
  name: string;
  logo?: string | undefined;
  large?: boolean;
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
        organisationInitials(name)
      )}
    </span>
  );
}
