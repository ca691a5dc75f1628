/** Splits "a@x.org, b@y.org" (commas, semicolons or new lines) into clean items. */
export function parseListInput(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

export function formatListInput(items: readonly string[]): string {
  return items.join(', ');
}
