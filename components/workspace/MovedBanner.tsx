/** Shown to anyone still in a room a member moved away from with `Rotate invite`. */
export function MovedBanner(props: { by: string | null; at: number }) {
  const who = props.by ?? 'the member who moved it';
  const when = new Date(props.at).toLocaleString();
  return (
    <div class="notice moved-notice" role="status">
      <p>
        <strong>This workspace has moved. Ask {who} for a new invite.</strong>
      </p>
      <p class="small">
        It was moved to a new invite on {when}. You can keep working here, but your changes no
        longer reach the members who moved. Once you have the new invite, use Join workspace in
        Settings.
      </p>
    </div>
  );
}
