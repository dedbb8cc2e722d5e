import { FONTS } from './gbt9704';

/**
 * A fontconfig file for the PDF renderer (LibreOffice reads fonts through fontconfig): the system's configuration,
 * plus each font the standard names mapped onto the first of its substitutes the machine has. Without it a missing
 * 方正小标宋简体 falls back to a sans face and 黑体 headings look like the body.
 */
export function fontconfigXml(): string {
  const aliases = Object.values(FONTS)
    .map(
      (f) =>
        `  <alias binding="same"><family>${f.name}</family><prefer>${f.substitutes
          .map((s) => `<family>${s}</family>`)
          .join('')}</prefer></alias>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${aliases}
</fontconfig>
`;
}
