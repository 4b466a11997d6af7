/**
 * Hands a file built in the page to the browser's (or Electron's) download: a Blob behind a temporary
 * `<a download>`, so nothing leaves the till but the file the cashier asked for.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  // The byte order mark tells spreadsheet programs the file is UTF-8 ("Situação", not "SituaÃ§Ã£o").
  const blob = new Blob(['\uFEFF', text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Late enough for the download to have started reading the Blob.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
