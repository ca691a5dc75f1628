/** Saves text as a file through the browser's download (a Blob link clicked once). */
export function downloadTextFile(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; keep the URL a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
