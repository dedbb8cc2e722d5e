/**
 * The file's type as its bytes show it (file-type reads the magic numbers), never its name or the browser's claim.
 * file-type ships as an ES module only; loaded on first use.
 */
export async function detectMediaType(path: string): Promise<string | null> {
  const { fileTypeFromFile } = await import('file-type');
  return (await fileTypeFromFile(path))?.mime ?? null;
}
